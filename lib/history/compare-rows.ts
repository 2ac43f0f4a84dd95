import { convert } from '../data/rates';
import type { Settings } from '../settings/schema';
import { TERM_ORDER, TOP_UP_ORDER, compareValues, type SortValue } from '../sort';
import type { Verdict } from '../classify/verdict';
import { viewedFromVerdict, viewedKey, type Viewed } from './viewed';

/**
 * The compare page's rows, worked out from the remembered plans: prices per
 * day and per GB in the plan's own currency and in the home currency, the
 * filters and the orderings. Pure, so the page, the badge's standing and the
 * tests share it.
 */

export interface CompareRow {
  key: string;
  viewed: Viewed;
  /** Per day / per GB in the plan's own currency. */
  perDay?: number;
  perGb?: number;
  /** The same in the home currency (undefined when the rate table cannot convert). */
  priceHome?: number;
  perDayHome?: number;
  perGbHome?: number;
}

/** Total data for ordering: unlimited above everything, a daily allowance over the plan's days. */
export function totalData(v: Viewed): number | undefined {
  if (v.unlimited) return Infinity;
  if (v.dailyGb !== undefined) return v.dailyGb * (v.validityDays ?? 1);
  return v.dataGb;
}

export function toCompareRow(v: Viewed, home: string): CompareRow {
  const row: CompareRow = { key: viewedKey(v), viewed: v };
  if (v.price === undefined || v.billing === 'monthly') {
    if (v.price !== undefined) row.priceHome = convert(v.price, v.currency, home);
    return row;
  }
  // A plan billed by the day states its price per day; a one-time plan spreads its price over its days.
  row.perDay = v.billing === 'daily' ? v.price : v.validityDays ? v.price / v.validityDays : undefined;
  const gb = v.unlimited ? undefined : v.dailyGb !== undefined && v.validityDays ? v.dailyGb * v.validityDays : v.dataGb;
  if (gb && v.billing !== 'daily') row.perGb = v.price / gb;
  row.priceHome = convert(v.price, v.currency, home);
  if (row.perDay !== undefined) row.perDayHome = convert(row.perDay, v.currency, home);
  if (row.perGb !== undefined) row.perGbHome = convert(row.perGb, v.currency, home);
  return row;
}

export const SORT_KEYS = ['provider', 'plan', 'days', 'price', 'pricePerDay', 'pricePerGb', 'topUp', 'term', 'seen'] as const;
export type SortKey = (typeof SORT_KEYS)[number];


function sortValue(r: CompareRow, key: SortKey): SortValue {
  const v = r.viewed;
  switch (key) {
    case 'provider':
      return v.provider ?? v.title;
    case 'plan':
      return totalData(v);
    case 'days':
      return v.validityDays;
    case 'price':
      return r.priceHome;
    case 'pricePerDay':
      return r.perDayHome;
    case 'pricePerGb':
      return r.perGbHome;
    case 'topUp':
      return TOP_UP_ORDER[v.topUp];
    case 'term':
      return TERM_ORDER[v.term];
    case 'seen':
      return -v.seenAt; // newest first when ascending
  }
}

export function sortRows(rows: CompareRow[], key: SortKey, dir: 1 | -1): CompareRow[] {
  return [...rows].sort((a, b) => compareValues(sortValue(a, key), sortValue(b, key), dir));
}

export interface Filters {
  topUp: boolean;
  shortTerm: boolean;
  fitsTrip: boolean;
  /** A currency code, or '' for all. */
  currency: string;
}
export const NO_FILTERS: Filters = { topUp: false, shortTerm: false, fitsTrip: false, currency: '' };

/** "Fits my trip": long enough for the trip, or it can be topped up when it runs out. */
export function fitsTrip(v: Viewed, trip: Settings['trip']): boolean {
  return v.topUp === 'yes' || (v.validityDays !== undefined && v.term !== 'contract' && v.validityDays >= trip.days);
}

export function filterRows(rows: CompareRow[], f: Filters, trip: Settings['trip']): CompareRow[] {
  return rows.filter(({ viewed: v }) => {
    if (f.topUp && v.topUp !== 'yes') return false;
    if (f.shortTerm && v.term !== 'short-term') return false;
    if (f.fitsTrip && !fitsTrip(v, trip)) return false;
    if (f.currency && v.currency !== f.currency) return false;
    return true;
  });
}

/** Where one plan stands by price per day among the plans viewed: "cheapest of 5". */
export function standing(rows: CompareRow[], key: string): { rank: number; of: number } | null {
  const priced = rows.filter((r) => r.perDayHome !== undefined);
  const self = priced.find((r) => r.key === key);
  if (!self || priced.length < 2) return null;
  return { rank: 1 + priced.filter((r) => r.perDayHome! < self.perDayHome!).length, of: priced.length };
}

/** Where a product page's own plan stands among the plans viewed (null for listings and unpriced plans). */
export function standingOfVerdict(verdict: Verdict, viewed: Viewed[], home: string): { rank: number; of: number } | null {
  if (verdict.listing?.cards?.length) return null;
  const [self] = viewedFromVerdict(verdict, '', Date.now());
  if (!self) return null;
  const key = viewedKey(self);
  const rows = viewed.map((v) => toCompareRow(v, home));
  // The badge may be read before the background has remembered this visit: count the plan in either way.
  if (!rows.some((r) => r.key === key)) rows.push(toCompareRow(self, home));
  return standing(rows, key);
}
