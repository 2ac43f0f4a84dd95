import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismiss, isDismissed, pageKey, undismissSite } from '../../lib/dismissed';
import { MessageSchema } from '../../lib/messaging/messages';
import { getTabVerdict, setTabVerdict } from '../../lib/tabs/tab-verdicts';
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
    await fakeBrowser.storage.session.set({ 'tab-verdicts': { 7: { isEsimProduct: 'yes' } } });
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
