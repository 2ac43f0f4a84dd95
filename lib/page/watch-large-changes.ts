/**
 * When a single-page shop changes its content without a reload: counts
 * nodes added or removed and reports a "large change" after the page has
 * been quiet for a moment. Nothing heavy runs inside the observer callback.
 */
export function watchLargeChanges(
  target: Node,
  onChange: () => void,
  schedule: (fn: () => void, ms: number) => number,
  cancel: (id: number) => void,
  opts = { minNodes: 12, quietMs: 600 },
): () => void {
  let changed = 0;
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records) changed += r.addedNodes.length + r.removedNodes.length;
    if (changed < opts.minNodes) return;
    if (timer !== undefined) cancel(timer);
    timer = schedule(() => {
      changed = 0;
      timer = undefined;
      onChange();
    }, opts.quietMs);
  });
  observer.observe(target, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) cancel(timer);
  };
}
