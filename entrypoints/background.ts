import { browser, type Browser } from 'wxt/browser';
import { classify } from '@/lib/classify';
import { notProductVerdict } from '@/lib/classify/classify';
import { certainlyNotProduct } from '@/lib/classify/glance';
import { providerForHost } from '@/lib/data/providers';
import type { Verdict } from '@/lib/classify/verdict';
import { MessageSchema } from '@/lib/messaging/messages';
import type { PageSnapshot } from '@/lib/page/snapshot';
import { loadSettings } from '@/lib/settings/store';
import { showOnAction } from '@/lib/tabs/action';
import { getTabVerdict, setTabVerdict } from '@/lib/tabs/tab-verdicts';
import { syncUserSites } from '@/lib/tabs/user-sites';

/**
 * The background classifies what content scripts read (so the script that
 * runs on every matched page stays tiny), keeps each tab's verdict, shows it
 * on the toolbar icon, and injects the badge UI only into product pages.
 */

const BADGE_SCRIPT = '/content-scripts/badge.js';

async function tellBadge(tabId: number, verdict: Verdict | null): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'verdict-updated', verdict }, { frameId: 0 });
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

async function onPageRead(tabId: number, snapshot: PageSnapshot): Promise<Verdict> {
  const verdict = classify(snapshot);
  const { settings } = await loadSettings();
  // The badge is off, or off for this shop: keep the verdict for the popup and the icon, show no badge.
  const badgeWanted = settings.display.badge && !(verdict.provider && settings.sites.disabledShops.includes(verdict.provider));
  const shown = verdict.isEsimProduct && badgeWanted ? verdict : null;
  await setTabVerdict(tabId, verdict);
  await showOnAction(tabId, verdict);
  const delivered = await tellBadge(tabId, shown);
  if (shown && !delivered) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [BADGE_SCRIPT] });
  }
  return verdict;
}

async function handle(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { error: `eSIM Lens: unexpected message (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const msg = parsed.data;
  const tabId = sender.tab?.id;
  switch (msg.type) {
    case 'page-glance': {
      if (tabId === undefined || sender.frameId !== 0) return { error: 'page-glance is for top frames of tabs' };
      if (!certainlyNotProduct(msg.glance)) return { read: true };
      await setTabVerdict(tabId, notProduct(msg.glance.url));
      await showOnAction(tabId, null);
      await tellBadge(tabId, null);
      return { read: false };
    }
    case 'page-read':
      if (tabId === undefined || sender.frameId !== 0) return { error: 'page-read is for top frames of tabs' };
      return { verdict: await onPageRead(tabId, msg.snapshot) };
    case 'page-gone':
      if (tabId === undefined) return { error: 'page-gone is for tabs' };
      await setTabVerdict(tabId, null);
      await showOnAction(tabId, null);
      await tellBadge(tabId, null);
      return { ok: true };
    case 'get-verdict':
      if (tabId === undefined) return { error: 'get-verdict is for tabs' };
      return { verdict: await getTabVerdict(tabId) };
    case 'open-checklist':
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}#checklist` });
      return { ok: true };
    case 'get-tab-verdict':
      return { verdict: await getTabVerdict(msg.tabId) };
    default:
      return { error: `eSIM Lens: ${msg.type} is not for the background` };
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => handle(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void setTabVerdict(tabId, null));
  browser.runtime.onInstalled.addListener(() => void syncUserSites());
  browser.permissions.onAdded.addListener(() => void syncUserSites());
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
});
