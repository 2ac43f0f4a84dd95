/**
 * Ordering for sortable tables (the plans of a listing, the compare page):
 * numbers and text in either direction, unknown values last whichever way
 * the column sorts.
 */
export type SortValue = number | string | undefined;

export function compareValues(x: SortValue, y: SortValue, dir: 1 | -1): number {
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  return (typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number)) * dir;
}

/** Answers in the order a traveller wants them: can be topped up first, short-term before contracts, unknown between. */
export const TOP_UP_ORDER = { yes: 0, unknown: 1, no: 2 } as const;
export const TERM_ORDER = { 'short-term': 0, unknown: 1, contract: 2 } as const;
