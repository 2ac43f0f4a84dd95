/**
 * Defers work a page can show later (the plans viewed, in the compare page,
 * the popup and the badge) until the page has painted: reading 300 stored
 * rows before the first frame held it back by about 40 ms (npm run
 * bench:compare). Returns a function that cancels it.
 */
export function afterFirstPaint(then: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    then();
  };
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  let observer: PerformanceObserver | undefined;
  if (!painted() && typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver(() => painted() && run());
    observer.observe({ type: 'paint' });
  }
  const timer = setTimeout(run, painted() || !observer ? 0 : 250);
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}
