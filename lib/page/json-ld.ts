import type { StructuredProduct } from './snapshot';

/**
 * Pulls schema.org Product/Offer facts out of JSON-LD scripts. Shops often
 * ship broken JSON-LD; a script that does not parse is skipped, never fatal.
 */

const MAX_SCRIPT_CHARS = 200_000;
const MAX_PRODUCTS = 20;

type Json = unknown;

function isType(node: Record<string, Json>, type: string): boolean {
  const t = node['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

function str(v: Json): string {
  return typeof v === 'string' ? v : '';
}

function num(v: Json): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(/,/g, ''));
    return Number.isFinite(n) && v.trim() !== '' ? n : undefined;
  }
  return undefined;
}

/**
 * The offers of a product: one price when every offer has the same price;
 * a range when they differ (a picker's options, an AggregateOffer), because
 * the cheapest offer is rarely the plan the page shows.
 */
function readOffers(offers: Json, depth = 0): { price?: number; lowPrice?: number; highPrice?: number; currency?: string; count: number } {
  const list = Array.isArray(offers) ? offers : offers && typeof offers === 'object' ? [offers] : [];
  const prices: number[] = [];
  let currency: string | undefined;
  let count = 0;
  for (const o of list) {
    if (!o || typeof o !== 'object') continue;
    const offer = o as Record<string, Json>;
    const aggregate = isType(offer, 'AggregateOffer');
    count += aggregate ? (num(offer.offerCount) ?? 2) : 1;
    for (const v of [offer.price, offer.lowPrice, offer.highPrice]) {
      const n = num(v);
      if (n !== undefined) prices.push(n);
    }
    if (aggregate && offer.offers && depth < 3) {
      const inner = readOffers(offer.offers, depth + 1);
      if (inner.price !== undefined) prices.push(inner.price);
      if (inner.lowPrice !== undefined) prices.push(inner.lowPrice, inner.highPrice!);
    }
    currency ??= str(offer.priceCurrency) || undefined;
  }
  const low = prices.length ? Math.min(...prices) : undefined;
  const high = prices.length ? Math.max(...prices) : undefined;
  const single = low !== undefined && low === high;
  return {
    price: single ? low : undefined,
    lowPrice: single ? undefined : low,
    highPrice: single ? undefined : high,
    currency: currency?.toUpperCase(),
    count,
  };
}

/** A product's aggregateRating: stars of 5 (scaled when bestRating says otherwise) and the number of reviews or ratings. */
function readRating(r: Json): { stars: number; count: number } | undefined {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return undefined;
  const o = r as Record<string, Json>;
  const value = num(o.ratingValue);
  const count = num(o.reviewCount) ?? num(o.ratingCount);
  if (value === undefined || count === undefined || count < 0) return undefined;
  const best = num(o.bestRating) ?? 5;
  const stars = best > 0 && best !== 5 ? (value / best) * 5 : value;
  return stars >= 0 && stars <= 5 ? { stars: Math.round(stars * 100) / 100, count: Math.floor(count) } : undefined;
}

/** Visits every object in a JSON-LD value (arrays, @graph, nested), bounded. */
function collect(value: Json, out: StructuredProduct[], depth = 0): void {
  if (depth > 6 || out.length >= MAX_PRODUCTS || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, Json>;
  if (isType(node, 'Product') || isType(node, 'Offer') && node.itemOffered) {
    const offers = readOffers(node.offers ?? (isType(node, 'Offer') ? node : undefined));
    out.push({
      name: str(node.name).slice(0, 500),
      description: str(node.description).slice(0, 2000),
      price: offers.price,
      ...(offers.lowPrice !== undefined ? { lowPrice: offers.lowPrice, highPrice: offers.highPrice } : {}),
      currency: offers.currency,
      offerCount: offers.count,
      ...(readRating(node.aggregateRating) ? { rating: readRating(node.aggregateRating) } : {}),
    });
  }
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
  if (node.itemListElement) collect(node.itemListElement, out, depth + 1);
  if (node.item) collect(node.item, out, depth + 1);
}

export function parseJsonLd(sources: string[]): StructuredProduct[] {
  const out: StructuredProduct[] = [];
  for (const src of sources) {
    if (src.length > MAX_SCRIPT_CHARS) continue;
    try {
      collect(JSON.parse(src), out);
    } catch {
      // Malformed JSON-LD is common; the rest of the page still counts.
    }
  }
  return out;
}
