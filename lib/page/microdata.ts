/**
 * What schema.org microdata says of the product: its rating and its offers' currency.
 *
 * The product's rating from schema.org microdata (`itemprop="aggregateRating"` with `ratingValue` and `reviewCount`
 * or `ratingCount`), which many Japanese and marketplace shops use instead of JSON-LD. The reader hands over the
 * elements it met while reading (no search of the page of its own); a review's own rating is not the product's, and
 * two different ratings (a grid of cards, each with its stars) say nothing about the page's one plan.
 */

export interface Rating {
  stars: number;
  count: number;
}

const MAX_ELEMENTS = 10;

function valueOf(el: Element | null): number | undefined {
  if (!el) return undefined;
  const raw = (el.getAttribute('content') ?? el.textContent ?? '').replace(/[,\s]/g, '');
  const n = Number(raw);
  return raw && Number.isFinite(n) ? n : undefined;
}

export function microdataRating(elements: Element[]): Rating | undefined {
  const found = new Map<string, Rating>();
  for (const el of elements.slice(0, MAX_ELEMENTS)) {
    if (el.closest('[itemprop="review"]')) continue;
    const stars = valueOf(el.querySelector('[itemprop="ratingValue"]'));
    const best = valueOf(el.querySelector('[itemprop="bestRating"]')) ?? 5;
    const count = valueOf(el.querySelector('[itemprop="reviewCount"]')) ?? valueOf(el.querySelector('[itemprop="ratingCount"]'));
    if (stars === undefined || count === undefined || best <= 0 || stars <= 0 || stars > best || count <= 0) continue;
    const rating = { stars: Math.round((stars * 5 * 100) / best) / 100, count: Math.round(count) };
    found.set(`${rating.stars}|${rating.count}`, rating);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The currency of the product's offers (`itemprop="offers"` holding `itemprop="priceCurrency"`, often a <meta>):
 * "$890" on a Taiwanese shop is NT$890. One currency or none: offers in two currencies decide nothing.
 */
export function microdataCurrency(offers: Element[]): string | undefined {
  const found = new Set<string>();
  for (const el of offers.slice(0, MAX_ELEMENTS)) {
    const c = el.querySelector('[itemprop="priceCurrency"]');
    const code = (c?.getAttribute('content') ?? c?.textContent ?? '').trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(code)) found.add(code);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
