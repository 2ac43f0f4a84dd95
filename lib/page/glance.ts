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

export function glance(doc: Document, url: string): Glance {
  const meta = (sel: string) => doc.head?.querySelector(sel)?.getAttribute('content');
  return {
    url: url.slice(0, 4000),
    title: text(doc.title, 500),
    h1: text(doc.querySelector('h1')?.textContent, 500),
    description: text(meta('meta[name="description"]'), 1000),
    ogTitle: text(meta('meta[property="og:title"]'), 500),
    ogType: text(meta('meta[property="og:type"]'), 40),
  };
}
