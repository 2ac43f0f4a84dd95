import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadManifest, type Entry } from '../fixtures/manifest';
import { providerForHost } from '../../lib/data/providers';
import { badgeFrame, fixtureHtml, launch, openBadge, pillOf, type Harness } from './harness';

const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
const onShop = (e: Entry) => providerForHost(new URL(e.url).hostname) !== null;
const products = manifest.filter((e) => e.expect.isEsimProduct && onShop(e));
const negatives = manifest.filter((e) => !e.expect.isEsimProduct && onShop(e));
const offShop = manifest.filter((e) => !onShop(e)).slice(0, 3);

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  for (const e of manifest) h.serve(e.url, fixtureHtml(FIXTURES, e.file));
});
afterAll(async () => h?.close());

describe('badge on product pages', () => {
  it('covers at least 20 product fixtures in all four languages', () => {
    expect(products.length).toBeGreaterThanOrEqual(20);
    expect(new Set(products.map((e) => e.lang))).toEqual(new Set(['en', 'ja', 'zh-Hans', 'zh-Hant']));
  });

  for (const e of products) {
    it(`${e.file}: data-top-up="${e.expect.topUp}" data-term="${e.expect.term}"`, async () => {
      const page = await h.open(e.url);
      const host = page.locator('esim-lens-badge');
      await host.waitFor({ state: 'attached', timeout: 10_000 });
      await expect.poll(() => host.getAttribute('data-top-up')).toBe(e.expect.topUp);
      expect(await host.getAttribute('data-term')).toBe(e.expect.term);
      // The collapsed pill is drawn in the page's shadow root, in words; no frame is built until it is opened.
      await expect.poll(async () => (await pillOf(page))?.text ?? '').toMatch(/eSIM/);
      expect((await pillOf(page))!.label).toMatch(/eSIM Lens/);
      expect(page.frames().some((f) => /badge-frame/.test(f.url()))).toBe(false);
      await page.close();
    });
  }
});

describe('no badge where there is no eSIM plan', () => {
  for (const e of negatives) {
    it(`${e.file}: classified, no badge`, async () => {
      const page = await h.open(e.url);
      const v = await h.verdictFor(e.url);
      expect(v?.isEsimProduct).toBe(false);
      expect(await page.locator('esim-lens-badge').count()).toBe(0);
      await page.close();
    });
  }

  for (const e of offShop) {
    it(`${e.file}: not a known shop, so nothing runs`, async () => {
      const page = await h.open(e.url);
      await page.waitForTimeout(800);
      expect(await h.verdictFor(e.url, 300)).toBeNull();
      expect(await page.locator('esim-lens-badge').count()).toBe(0);
      await page.close();
    });
  }
});

describe('the expanded panel', () => {
  const e = products.find((x) => x.file.includes('airalo-japan-unlimited-7d')) ?? products[0];

  it('opens with Enter, shows evidence and the fee structure, closes with Escape', async () => {
    const page = await h.open(e.url);
    // Closed whatever happens, so a failure here cannot leave a second tab of this URL for the next test.
    try {
      await page.locator('esim-lens-badge[data-placed]').waitFor({ timeout: 10_000 });
      // The pill is the page's last control: Shift+Tab from the top of the page reaches it.
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('esim-lens-badge');
      expect((await pillOf(page))!.expanded).toBe('false');
      await page.keyboard.press('Enter');
      // Enter opened it: wait for the frame (a click now would race the pill turning into the frame).
      const frame = await badgeFrame(page);
      const pill = frame.locator('.pill');
      const panel = frame.locator('.panel');
      // Every wait on the frame is bounded, so a frame that went away fails here with a reason, not at the test's timeout.
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await pill.getAttribute('aria-expanded', { timeout: 5_000 })).toBe('true');
      expect(await panel.textContent({ timeout: 5_000 })).toMatch(/What the page says/);
      expect(await frame.locator('.quote').count()).toBeGreaterThan(0);
      // The frame grew to hold the panel, and the panel fits the page's viewport.
      const box = await page.locator('esim-lens-badge').boundingBox();
      expect(box!.height).toBeGreaterThan(200);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      // Focus went into the frame with the opening, so Escape reaches the panel.
      await expect.poll(() => pill.evaluate((el) => document.activeElement === el && document.hasFocus(), undefined, { timeout: 5_000 }), { timeout: 5_000 }).toBe(true);
      // Escape goes down while the frame has the focus and comes up once the frame is gone: a whole press would send its
      // key-up to a frame the badge has just removed, and the DevTools protocol waits on that frame's answer forever.
      await page.keyboard.down('Escape');
      // Closed: the frame is dropped and the focus is back on the page's pill.
      await expect.poll(() => page.frames().some((f) => /badge-frame/.test(f.url())), { timeout: 5_000 }).toBe(false);
      await page.keyboard.up('Escape');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('esim-lens-badge');
      expect((await pillOf(page))!.expanded).toBe('false');
      await expect.poll(async () => (await page.locator('esim-lens-badge').boundingBox())!.height).toBeLessThan(100);
    } finally {
      await page.close();
    }
  });

  it('selects the quoted phrase on the page when a quote is activated', async () => {
    const page = await h.open(e.url);
    const frame = await openBadge(page);
    const quote = frame.locator('.quotes .quote').first();
    const text = ((await quote.textContent()) ?? '').replace(/[“”…]/g, '').slice(0, 12);
    await quote.click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain(text.slice(0, 6));
    await page.close();
  });

  it('opens the buying checklist for this tab', async () => {
    const page = await h.open(e.url);
    const frame = await openBadge(page);
    const opened = h.context.waitForEvent('page');
    await frame.locator('.link', { hasText: /checklist/i }).click();
    const popup = await opened;
    await popup.waitForLoadState();
    // The tab the popup names is this page's (asked by id: another tab of the same URL would not do).
    expect(popup.url()).toMatch(/\/popup\.html\?tab=\d+#checklist$/);
    const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
    expect(await h.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId)).toBe(e.url);
    expect(await page.evaluate(() => location.href)).toBe(e.url);
    // The popup shows that tab's verdict, not "this page can't be read".
    await expect.poll(() => popup.locator('body').textContent()).toMatch(/Cannot be topped up|No top-up/);
    await popup.close();
    await page.close();
  });

  it('can be hidden for this site, and stays hidden on the next page of that site', async () => {
    const other = products.find((x) => new URL(x.url).hostname === new URL(e.url).hostname && x.url !== e.url);
    const page = await h.open(e.url);
    const frame = await openBadge(page);
    await frame.locator('.link', { hasText: 'Hide on this site' }).click();
    await expect.poll(() => page.locator('esim-lens-badge').count()).toBe(0);
    if (other) {
      const next = await h.open(other.url);
      await h.verdictFor(other.url);
      await next.waitForTimeout(500);
      expect(await next.locator('esim-lens-badge').count()).toBe(0);
      await next.close();
    }
    await h.worker.evaluate(() => chrome.storage.local.remove('dismissed'));
    await page.close();
  });
});

describe('toolbar icon', () => {
  it('shows each tab\'s verdict as badge text and title', async () => {
    const yes = products.find((x) => x.expect.topUp === 'yes')!;
    const page = await h.open(yes.url);
    await h.verdictFor(yes.url);
    const state = await h.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
    }, yes.url);
    expect(state.text).toBe('✓');
    expect(state.title).toMatch(/eSIM Lens: eSIM · Top-up ✓/);
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension made no request, and pages only asked their own hosts', () => {
    const fromExtension = h.requests.filter((r) => r.from.startsWith('chrome-extension://') && !r.url.startsWith('chrome-extension://'));
    expect(fromExtension).toEqual([]);
    // A shop's own subdomains (cdn.keepgo.com for www.keepgo.com) count as the page's own.
    const site = (u: string) => providerForHost(new URL(u).hostname)?.id ?? new URL(u).hostname;
    const thirdParty = h.requests.filter((r) => !r.url.startsWith('chrome-extension://') && /^https?:/.test(r.from) && site(r.url) !== site(r.from));
    expect(thirdParty).toEqual([]);
    expect(h.requests.length).toBeGreaterThan(products.length);
  });
});
