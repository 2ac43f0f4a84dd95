/**
 * Where a saved page came from: its canonical link, og:url, or the
 * "saved from url=(0042)https://…" comment browsers write into saved pages.
 */
export function pageUrl(doc: Document, html: string): string {
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (og && /^https?:\/\//i.test(og)) return og;
  const saved = /saved from url=\(\d+\)(https?:\/\/[^\s>]+)/i.exec(html.slice(0, 4096));
  return saved ? saved[1] : '';
}
