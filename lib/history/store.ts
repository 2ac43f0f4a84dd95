import { storage } from 'wxt/utils/storage';
import type { Verdict } from '../classify/verdict';
import type { Settings } from '../settings/schema';
import { inTurn } from '../in-turn';
import { rowsOf, withVisit } from './known';
import { viewedFromVerdict, viewedKey, type Viewed } from './viewed';

/**
 * The plans the user viewed, in local storage (this device only, never
 * synced). The background is the only writer while browsing, and its
 * writes go one after another: two tabs finishing together would otherwise
 * read the same list and the later write would lose the other's rows.
 */

/**
 * Defined on first use: WXT reads an item's whole value as soon as it is defined, and 300 rows read while
 * the compare page (or the popup, or a product page's badge) was still loading held its first paint back
 * by about 40 ms (npm run bench:compare). No `version` yet: WXT counts an unversioned item as version 1,
 * so the first change of format adds `version: 2` with its migration.
 */
let item: ReturnType<typeof define> | undefined;
const define = () => storage.defineItem<unknown>('local:viewed', { fallback: [] });
export const historyItem = () => (item ??= define());

export async function readHistory(): Promise<Viewed[]> {
  return rowsOf(await historyItem().getValue());
}

const inOrder = <T>(job: () => Promise<T>) => inTurn('viewed', job);

/** Remembers a verdict's plans; returns how many rows it added or refreshed. */
export function rememberVerdict(verdict: Verdict, title: string, now = Date.now()): Promise<number> {
  const incoming = viewedFromVerdict(verdict, title, now);
  if (!incoming.length) return Promise.resolve(0);
  return inOrder(async () => {
    await historyItem().setValue(withVisit(await historyItem().getValue(), incoming));
    return incoming.length;
  });
}

/**
 * The background's call after each page read: nothing from a private window
 * (a tab that does not say it is not private counts as private), nothing when
 * the user turned remembering off, nothing from a page that is not an eSIM plan.
 */
export function rememberPage(page: { verdict: Verdict; title: string; incognito: boolean | undefined; settings: Settings }): Promise<number> {
  if (page.incognito !== false || !page.settings.history.remember) return Promise.resolve(0);
  return rememberVerdict(page.verdict, page.title);
}

export function removeViewed(keys: string[]): Promise<void> {
  const gone = new Set(keys);
  return inOrder(async () => historyItem().setValue((await readHistory()).filter((r) => !gone.has(viewedKey(r)))));
}

export function clearHistory(): Promise<void> {
  return inOrder(() => historyItem().setValue([]));
}

export function watchHistory(cb: (rows: Viewed[]) => void): () => void {
  return historyItem().watch((v) => cb(rowsOf(v)));
}
