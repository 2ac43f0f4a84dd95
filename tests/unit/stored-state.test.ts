import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Verdict } from '../../lib/classify/verdict';
import { MAX_DISMISSED, dismiss, isDismissed, pageKey, repairDismissed, undismissSite } from '../../lib/dismissed';
import { MessageSchema } from '../../lib/messaging/messages';
import { ATTEMPT_TIMEOUT_MS, RETRY_MS, withRetry } from '../../lib/messaging/retry';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { badgeFor } from '../../lib/tabs/badge-wanted';
import { isBadgeFrame, isBadgeOfTab, isExtensionPage, isTopFrameScript } from '../../lib/tabs/senders';
import { getTabVerdict, setTabVerdict, tabsWithVerdicts } from '../../lib/tabs/tab-verdicts';
import { originPattern } from '../../lib/tabs/user-sites';

beforeEach(() => fakeBrowser.reset());

describe('hidden pages and sites', () => {
  it('hides a page (fragment ignored) or a whole site, and shows it again', async () => {
    await dismiss('https://www.airalo.com/japan#reviews', 'page');
    expect(await isDismissed('https://www.airalo.com/japan')).toBe(true);
    expect(await isDismissed('https://www.airalo.com/korea')).toBe(false);
    await dismiss('https://www.holafly.com/a', 'site');
    expect(await isDismissed('https://www.holafly.com/b')).toBe(true);
    await undismissSite('www.holafly.com');
    expect(await isDismissed('https://www.holafly.com/b')).toBe(false);
    expect(pageKey('https://x/a#b')).toBe('https://x/a');
  });

  it('treats a corrupt stored value as "nothing hidden" and recovers on the next write', async () => {
    await fakeBrowser.storage.local.set({ dismissed: 'garbage' });
    expect(await isDismissed('https://www.airalo.com/japan')).toBe(false);
    await dismiss('https://www.airalo.com/japan', 'page');
    expect(await isDismissed('https://www.airalo.com/japan')).toBe(true);
  });
});

describe('tab verdicts', () => {
  it('drop an entry that does not parse instead of trusting it', async () => {
    await fakeBrowser.storage.session.set({ 'tab-verdict:7': { isEsimProduct: 'yes' } });
    expect(await getTabVerdict(7)).toBeNull();
    const v = { url: 'https://x', isEsimProduct: false, topUp: { value: 'unknown', source: 'none', evidence: [] }, term: { value: 'unknown', source: 'none', evidence: [] }, plan: {}, requirements: [], provider: null } as const;
    await setTabVerdict(7, { ...v, topUp: { ...v.topUp, evidence: [] }, term: { ...v.term, evidence: [] }, plan: {}, requirements: [] });
    expect((await getTabVerdict(7))?.url).toBe('https://x');
    await setTabVerdict(7, null);
    expect(await getTabVerdict(7)).toBeNull();
  });
});

describe('messages', () => {
  it('reject unknown or malformed messages', () => {
    expect(MessageSchema.safeParse({ type: 'nope' }).success).toBe(false);
    expect(MessageSchema.safeParse({ type: 'get-tab-verdict', tabId: 'one' }).success).toBe(false);
    expect(MessageSchema.safeParse({ type: 'page-read', snapshot: { url: 1 } }).success).toBe(false);
    expect(MessageSchema.safeParse(null).success).toBe(false);
    expect(MessageSchema.safeParse({ type: 'get-verdict' }).success).toBe(true);
  });
});

describe('"detect on this site"', () => {
  it('asks for the page\'s host on any scheme, and only for web pages', () => {
    expect(originPattern('https://shop.example.com/x?y')).toBe('*://shop.example.com/*');
    expect(originPattern('chrome://extensions')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('hidden pages: limits and privacy', () => {
  it('keeps every entry of a list that grew past its cap, newest first kept, instead of losing them all', async () => {
    // 5001 entries: one more than the first schema's hard maximum, which made the whole list fail to parse.
    const pages = Array.from({ length: 5001 }, (_, i) => `https://www.airalo.com/p${i}`);
    await fakeBrowser.storage.local.set({ dismissed: { sites: ['www.holafly.com'], pages } });
    expect(await isDismissed('https://www.holafly.com/x')).toBe(true);
    expect(await isDismissed('https://www.airalo.com/p5000')).toBe(true);
    await dismiss('https://www.airalo.com/new', 'page');
    const stored = (await fakeBrowser.storage.local.get('dismissed')).dismissed as { pages: string[] };
    expect(stored.pages.length).toBe(MAX_DISMISSED);
    expect(stored.pages.at(-1)).toBe('https://www.airalo.com/new');
    expect(await isDismissed('https://www.airalo.com/p5000')).toBe(true);
  });

  it('drops bad entries one by one', async () => {
    await fakeBrowser.storage.local.set({ dismissed: { sites: [42, 'www.holafly.com', ''], pages: 'nope' } });
    expect(repairDismissed((await fakeBrowser.storage.local.get('dismissed')).dismissed)).toEqual({ sites: ['www.holafly.com'], pages: [] });
  });

  it('stores a page without its query string (tracking tags, tokens), and hides it whatever the query', async () => {
    await dismiss('https://www.airalo.com/japan?utm_source=mail&token=secret#faq', 'page');
    const stored = (await fakeBrowser.storage.local.get('dismissed')).dismissed as { pages: string[] };
    expect(stored.pages).toEqual(['https://www.airalo.com/japan']);
    expect(await isDismissed('https://www.airalo.com/japan?ref=other')).toBe(true);
  });
});

describe('tab verdicts under load', () => {
  it('16 tabs writing at once all keep their verdict', async () => {
    const v = (id: number) => ({ url: `https://www.airalo.com/p${id}`, isEsimProduct: true, topUp: { value: 'yes', source: 'page', evidence: [] }, term: { value: 'short-term', source: 'page', evidence: [] }, plan: {}, requirements: [], provider: 'airalo' }) as const;
    const ids = Array.from({ length: 16 }, (_, i) => 100 + i);
    await Promise.all(ids.map((id) => setTabVerdict(id, { ...v(id), topUp: { ...v(id).topUp, evidence: [] }, term: { ...v(id).term, evidence: [] }, plan: {}, requirements: [] })));
    for (const id of ids) expect((await getTabVerdict(id))?.url).toBe(`https://www.airalo.com/p${id}`);
    expect((await tabsWithVerdicts()).sort()).toEqual(ids);
  });
});

describe('who may ask what', () => {
  const shopTab = { id: 7 } as never;
  const contentScript = { tab: shopTab, frameId: 0, url: 'https://www.airalo.com/japan' };
  const badgeFrame = { tab: shopTab, frameId: 3, url: 'chrome-extension://abc/badge-frame.html' };
  const popup = { url: 'chrome-extension://abc/popup.html' };
  const popupInTab = { tab: { id: 9 } as never, frameId: 0, url: 'chrome-extension://abc/popup.html?tab=7' };
  const pageIframeScript = { tab: shopTab, frameId: 5, url: 'https://ads.example/frame' };

  it('a content script speaks only for its own tab', () => {
    expect(isTopFrameScript(contentScript)).toBe(true);
    expect(isTopFrameScript(pageIframeScript)).toBe(false);
    expect(isTopFrameScript(badgeFrame)).toBe(false);
    expect(isExtensionPage(contentScript)).toBe(false); // get-tab-verdict: any tab's verdict, so never from a shop's renderer
    expect(isBadgeFrame(contentScript)).toBe(false); // open-checklist
  });

  it('the badge frame asks for its tab; the popup for any tab', () => {
    expect(isBadgeOfTab(badgeFrame)).toBe(true);
    expect(isBadgeOfTab(contentScript)).toBe(true);
    expect(isBadgeOfTab(pageIframeScript)).toBe(false);
    expect(isBadgeFrame(badgeFrame)).toBe(true);
    expect(isExtensionPage(badgeFrame)).toBe(false);
    expect(isExtensionPage(popup)).toBe(true);
    expect(isExtensionPage(popupInTab)).toBe(true);
  });
});

describe('where a badge belongs', () => {
  const verdict = { url: 'https://www.airalo.com/japan', isEsimProduct: true, topUp: { value: 'yes', source: 'page', evidence: [] }, term: { value: 'short-term', source: 'page', evidence: [] }, plan: {}, requirements: [], provider: 'airalo' } as unknown as Verdict;
  it('on a product page, unless the badge is off, off for the shop, or the page or site is hidden', () => {
    const none = { sites: [], pages: [] };
    expect(badgeFor(verdict, DEFAULT_SETTINGS, none)).toBe(verdict);
    expect(badgeFor({ ...verdict, isEsimProduct: false }, DEFAULT_SETTINGS, none)).toBeNull();
    expect(badgeFor(verdict, { ...DEFAULT_SETTINGS, display: { ...DEFAULT_SETTINGS.display, badge: false } }, none)).toBeNull();
    expect(badgeFor(verdict, { ...DEFAULT_SETTINGS, sites: { disabledShops: ['airalo'] } }, none)).toBeNull();
    expect(badgeFor(verdict, DEFAULT_SETTINGS, { sites: ['www.airalo.com'], pages: [] })).toBeNull();
    expect(badgeFor(verdict, DEFAULT_SETTINGS, { sites: [], pages: ['https://www.airalo.com/japan'] })).toBeNull();
  });
});

describe('asking a worker that may be stopped', () => {
  const noWait = () => Promise.resolve();
  it('asks again when the answer is lost, and gives up after the retries', async () => {
    const send = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('port closed')).mockResolvedValueOnce({ read: true });
    expect(await withRetry(send, () => false, noWait)).toEqual({ read: true });
    expect(send).toHaveBeenCalledTimes(3);
    const never = vi.fn().mockRejectedValue(new Error('gone'));
    await expect(withRetry(never, () => false, noWait)).rejects.toThrow('gone');
    expect(never).toHaveBeenCalledTimes(RETRY_MS.length + 1);
  });

  it('stops at once when the sender itself is finished', async () => {
    const send = vi.fn().mockRejectedValue(new Error('invalidated'));
    await expect(withRetry(send, () => true, noWait)).rejects.toThrow('invalidated');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives an attempt that never settles a deadline', async () => {
    vi.useFakeTimers();
    const send = vi.fn().mockReturnValueOnce(new Promise(() => {})).mockResolvedValueOnce({ ok: true });
    const answer = withRetry(send);
    await vi.advanceTimersByTimeAsync(ATTEMPT_TIMEOUT_MS + RETRY_MS[0] + 10);
    expect(await answer).toEqual({ ok: true });
    vi.useRealTimers();
  });
});
