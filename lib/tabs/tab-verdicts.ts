import { storage } from 'wxt/utils/storage';
import { VerdictSchema, type Verdict } from '../classify/verdict';

/**
 * Each tab's latest verdict, for the popup, the toolbar icon and the badge.
 * Kept in session storage so that it survives the MV3 service worker being
 * stopped, one key per tab: tabs that load at once write their own keys and
 * never read-modify-write a shared one (a shared key lost all but the last
 * writer's verdict with 16 tabs opening together). Parsed on the way out: a
 * bad entry is dropped, not trusted.
 */

const PREFIX = 'tab-verdict:';
const keyOf = (tabId: number) => `session:${PREFIX}${tabId}` as const;

export async function getTabVerdict(tabId: number): Promise<Verdict | null> {
  const parsed = VerdictSchema.safeParse(await storage.getItem(keyOf(tabId)));
  return parsed.success ? parsed.data : null;
}

export async function setTabVerdict(tabId: number, verdict: Verdict | null): Promise<void> {
  if (verdict) await storage.setItem(keyOf(tabId), verdict);
  else await storage.removeItem(keyOf(tabId));
}

/** The tabs that have a verdict, for re-deciding every badge when settings change. */
export async function tabsWithVerdicts(): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => Number(k.slice(PREFIX.length)))
    .filter((id) => Number.isInteger(id));
}
