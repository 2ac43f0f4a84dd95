import { browser, type Browser } from 'wxt/browser';
import { classify } from '@/lib/classify';
import { notProductVerdict } from '@/lib/classify/classify';
import { certainlyNotProduct } from '@/lib/classify/glance';
import { providerForHost } from '@/lib/data/providers';
import type { Verdict } from '@/lib/classify/verdict';
import { readDismissed, watchDismissed } from '@/lib/dismissed';
import { applyLanguage } from '@/lib/i18n-locales';
import { MessageSchema, type Chip, type Pill } from '@/lib/messaging/messages';
import type { Settings } from '@/lib/settings/schema';
import { cardChipText, pillWords } from '@/lib/verdict-text';
import type { PageSnapshot } from '@/lib/page/snapshot';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { rememberPage } from '@/lib/history/store';
import { inTurn } from '@/lib/in-turn';
import { showOnAction } from '@/lib/tabs/action';
import { badgeFor } from '@/lib/tabs/badge-wanted';
import { isBadgeFrame, isBadgeOfTab, isExtensionPage, isTopFrameScript } from '@/lib/tabs/senders';
import { getTabVerdict, setTabVerdict, tabsWithVerdicts } from '@/lib/tabs/tab-verdicts';
import { syncUserSites } from '@/lib/tabs/user-sites';

/**
 * The background classifies what content scripts read (so the script that
 * runs on every matched page stays tiny), keeps each tab's verdict, shows it
 * on the toolbar icon, and tells the badge's host (started by the reader) what to show. It keeps
 * nothing in memory that a stopped service worker would lose: each tab's
 * verdict is in session storage under its own key, and every message carries
 * what its handler needs.
 */

const READ_SCRIPT = '/content-scripts/read.js';

/** A chip for each plan card that has a title and a price (a card without them gets none rather than a wrong one). */
function chipsFor(verdict: Verdict | null, settings: Settings): Chip[] {
  if (!verdict?.listing?.cards || !settings.display.cardChips) return [];
  return verdict.listing.cards
    .filter((c) => c.at && c.heading.trim() && c.price !== undefined)
    .slice(0, 500)
    .map((c) => ({ at: c.at!, text: cardChipText(c), topUp: c.topUp.value, term: c.term.value }));
}

/** The collapsed badge's words (the language applied first), and whether it opens at once. */
function pillFor(verdict: Verdict | null, settings: Settings): Pill | undefined {
  return verdict ? { ...pillWords(verdict), open: settings.display.view === 'detailed' } : undefined;
}

async function tellBadge(tabId: number, verdict: Verdict | null, settings: Settings): Promise<boolean> {
  try {
    const update = { type: 'verdict-updated', verdict, corner: settings.display.corner, chips: chipsFor(verdict, settings), pill: pillFor(verdict, settings) };
    await browser.tabs.sendMessage(tabId, update, { frameId: 0 });
    return true;
  } catch {
    return false; // no badge in this document yet
  }
}

function notProduct(url: string): Verdict {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // no host
  }
  return notProductVerdict(url, providerForHost(host)?.id ?? null);
}

/** Shows a tab's verdict: toolbar icon, and the badge where one belongs. */
async function present(tabId: number, verdict: Verdict | null): Promise<Settings> {
  const [{ settings }, dismissed] = await Promise.all([loadSettings(), readDismissed()]);
  applyLanguage(settings.language); // the toolbar title speaks the forced language too
  const shown = badgeFor(verdict, settings, dismissed);
  await showOnAction(tabId, verdict).catch(() => undefined); // the tab may have closed meanwhile
  const delivered = await tellBadge(tabId, shown, settings);
  if (shown && !delivered) {
    // No host listens in the document (a page open from before an update of the extension, or one the tab has just
    // navigated to): the reader starts one (once per document) and reads the page again, and that read's verdict
    // reaches it. Not awaited: the injection settles when the reader's page-read is answered, and that answer waits
    // for this tab's turn, which this call holds (awaited, the tab stalled until the read's 5 s deadline).
    void browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [READ_SCRIPT] }).catch(() => undefined);
  }
  return settings;
}

async function onPageRead(tabId: number, snapshot: PageSnapshot, incognito: boolean | undefined): Promise<Verdict> {
  const verdict = classify(snapshot);
  await setTabVerdict(tabId, verdict);
  const settings = await present(tabId, verdict);
  // After the badge is told: the compare page can wait, the shopper cannot.
  await rememberPage({ verdict, title: snapshot.title, incognito, settings }).catch(() => undefined);
  return verdict;
}

/** Settings or hidden pages changed: every open badge follows at once. */
async function presentAll(): Promise<void> {
  for (const tabId of await tabsWithVerdicts()) void inTurn(tabId, async () => present(tabId, await getTabVerdict(tabId)));
}

async function openChecklist(tabId: number): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tab=${tabId}#checklist` });
}

async function handle(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { error: `eSIM Lens: unexpected message (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const msg = parsed.data;
  const tabId = sender.tab?.id;
  switch (msg.type) {
    case 'page-glance':
      if (!isTopFrameScript(sender) || tabId === undefined) return { error: 'page-glance is for top frames of tabs' };
      if (!certainlyNotProduct(msg.glance)) {
        // Not awaited, nor in the tab's turn: the reader's page-read comes back through this tab's turn.
        void browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [READ_SCRIPT] }).catch(() => undefined);
        return { read: true };
      }
      return inTurn(tabId, async () => {
        await setTabVerdict(tabId, notProduct(msg.glance.url));
        await present(tabId, null);
        return { read: false };
      });
    case 'page-read':
      if (!isTopFrameScript(sender) || tabId === undefined) return { error: 'page-read is for top frames of tabs' };
      return inTurn(tabId, async () => ({ verdict: await onPageRead(tabId, msg.snapshot, sender.tab?.incognito) }));
    case 'page-gone':
      if (!isTopFrameScript(sender) || tabId === undefined) return { error: 'page-gone is for top frames of tabs' };
      return inTurn(tabId, async () => {
        await setTabVerdict(tabId, null);
        await present(tabId, null);
        return { ok: true };
      });
    case 'get-verdict': {
      if (!isBadgeOfTab(sender) || tabId === undefined) return { error: 'get-verdict is for the badge of a tab' };
      const [{ settings }, dismissed] = await Promise.all([loadSettings(), readDismissed()]);
      applyLanguage(settings.language); // the pill's and the chips' words
      const shown = badgeFor(await getTabVerdict(tabId), settings, dismissed);
      return { verdict: shown, corner: settings.display.corner, chips: chipsFor(shown, settings), pill: pillFor(shown, settings) };
    }
    case 'open-checklist':
      if (!isBadgeFrame(sender) || tabId === undefined) return { error: 'open-checklist is for the badge' };
      await openChecklist(tabId);
      return { ok: true };
    case 'get-tab-verdict':
      if (!isExtensionPage(sender)) return { error: 'get-tab-verdict is for the extension\'s own pages' };
      return { verdict: await getTabVerdict(msg.tabId) };
    default:
      return { error: `eSIM Lens: ${msg.type} is not for the background` };
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => handle(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void inTurn(tabId, () => setTabVerdict(tabId, null)));
  browser.runtime.onInstalled.addListener(() => void syncUserSites());
  browser.permissions.onAdded.addListener(() => void syncUserSites());
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
  watchSettings(() => void presentAll());
  watchDismissed(() => void presentAll());
});
