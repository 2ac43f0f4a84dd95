import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * Pages and sites where the user hid the badge. Repaired on read, entry by
 * entry: a bad entry is dropped and the rest kept, and a list that grew past
 * its cap keeps its newest entries (a list over a hard schema maximum used to
 * fail to parse and lose every entry).
 */

export const MAX_DISMISSED = 2000;
const Host = z.string().min(1).max(300);
const Page = z.string().min(1).max(2000);

export interface Dismissed {
  sites: string[];
  pages: string[];
}

export const dismissedItem = storage.defineItem<Dismissed>('local:dismissed', {
  fallback: { sites: [], pages: [] },
  version: 1,
});

/** The entries of `raw` that parse, the newest MAX_DISMISSED of them. */
function entries(raw: unknown, schema: z.ZodString): string[] {
  if (!Array.isArray(raw)) return [];
  const ok = raw.filter((x): x is string => schema.safeParse(x).success);
  return [...new Set(ok)].slice(-MAX_DISMISSED);
}

export function repairDismissed(raw: unknown): Dismissed {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return { sites: entries(o.sites, Host), pages: entries(o.pages, Page) };
}

export async function readDismissed(): Promise<Dismissed> {
  return repairDismissed(await dismissedItem.getValue());
}
const read = readDismissed;

/** Calls back with the repaired lists whenever they change. */
export function watchDismissed(cb: (d: Dismissed) => void): () => void {
  return dismissedItem.watch((v) => cb(repairDismissed(v)));
}

/**
 * A page as the user sees it: origin and path. The fragment ("#reviews") and
 * the query (tracking tags, session tokens that should not be stored) are not
 * part of it.
 */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split(/[?#]/)[0];
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function isDismissedIn(d: Dismissed, url: string): boolean {
  const host = hostOf(url);
  return (host !== '' && d.sites.includes(host)) || d.pages.includes(pageKey(url));
}

export async function isDismissed(url: string): Promise<boolean> {
  return isDismissedIn(await read(), url);
}

/** Newest last; the oldest entries go when the list is full. */
function add(list: string[], entry: string): string[] {
  return [...list.filter((x) => x !== entry), entry].slice(-MAX_DISMISSED);
}

export async function dismiss(url: string, scope: 'page' | 'site'): Promise<void> {
  const d = await read();
  if (scope === 'site') {
    const host = hostOf(url);
    if (host) d.sites = add(d.sites, host);
  } else {
    d.pages = add(d.pages, pageKey(url));
  }
  await dismissedItem.setValue(d);
}

export async function undismissSite(host: string): Promise<void> {
  const d = await read();
  await dismissedItem.setValue({ ...d, sites: d.sites.filter((s) => s !== host) });
}
