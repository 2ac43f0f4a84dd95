/**
 * Finds an evidence quote on the page, scrolls to it and selects it (the
 * browser's own selection is the highlight: nothing is written into the
 * page). Quotes were normalised when classified, so matching folds white
 * space and tries a shorter fragment when the text spans several nodes.
 */

function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ');
}

export function findQuote(quote: string, root: Node, skip: Node | null, reducedMotion: boolean): boolean {
  const clean = quote.replace(/^…|…$/g, '').trim();
  for (const len of [48, 24, 12]) {
    const fragment = fold(clean.slice(0, len)).trim();
    if (fragment.length < 6) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (skip && skip.contains(n)) continue;
      const parent = n.parentElement;
      if (!parent || /^(script|style|template|noscript)$/i.test(parent.localName)) continue;
      const data = (n as Text).data;
      const at = fold(data).indexOf(fragment);
      if (at < 0) continue;
      // Open a closed FAQ entry so the quote can be seen.
      const details = parent.closest('details');
      if (details && !details.open) details.open = true;
      const range = document.createRange();
      const start = Math.min(at, data.length);
      range.setStart(n, start);
      range.setEnd(n, Math.min(start + fragment.length, data.length));
      parent.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return true;
    }
  }
  return false;
}
