/**
 * A first look at a page that costs almost nothing: title, first <h1>, a
 * few meta tags and the URL. The background decides from it whether the
 * page could be an eSIM plan at all; only then does the content script do
 * the full read. Most pages of a shop that are not plans (help articles,
 * blog posts, phone pages) never pay for the full read.
 */
export interface Glance {
  url: string;
  title: string;
  h1: string;
  description: string;
  ogTitle: string;
  ogType: string;
}

const text = (s: string | null | undefined, max: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/**
 * One query for the first h1 and the three meta tags: separate queries (and `document.head`) cost the first page of
 * a shop about 0.6 ms more in a fresh renderer (scripts/bench-page.ts, main_ms_nonproduct).
 */
const WANTED = 'h1, meta[name="description"], meta[property="og:title"], meta[property="og:type"]';

export function glance(doc: Document, url: string): Glance {
  let h1: string | null | undefined;
  const meta: Record<string, string | null> = {};
  for (const el of Array.from(doc.querySelectorAll(WANTED))) {
    if (el.localName === 'h1') h1 ??= el.textContent;
    else {
      const key = el.getAttribute('name') ?? el.getAttribute('property') ?? '';
      if (!(key in meta)) meta[key] = el.getAttribute('content');
    }
  }
  return {
    url: url.slice(0, 4000),
    title: text(doc.title, 500),
    h1: text(h1, 500),
    description: text(meta.description, 1000),
    ogTitle: text(meta['og:title'], 500),
    ogType: text(meta['og:type'], 40),
  };
}
