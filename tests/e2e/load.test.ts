import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadManifest } from '../fixtures/manifest';
import { badgeShown, fixtureHtml, launch, pillOf, type Harness } from './harness';

/**
 * Many tabs at once (a traveller middle-clicking plans to compare, a browser
 * restoring its session) and a service worker the browser stops midway: every
 * tab still gets its verdict and its badge.
 */

const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
const yes = manifest.find((e) => e.file === 'pages/en/airalo-japan-5gb-7d.html')!;
const no = manifest.find((e) => e.file === 'pages/en/airalo-japan-unlimited-7d.html')!;
const SPA = 'https://www.airalo.com/spa/japan';
/** 16 plan pages of one shop, alternating a plan that can be topped up and one that cannot. */
const plans = Array.from({ length: 16 }, (_, i) => ({ url: `https://www.airalo.com/japan-esim/plan-${i}`, entry: i % 2 ? no : yes }));

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  for (const p of plans) h.serve(p.url, fixtureHtml(FIXTURES, p.entry.file));
  h.serve(SPA, fixtureHtml(join(import.meta.dirname, 'pages'), 'spa-shop.html'));
});
afterAll(async () => h?.close());

/** The badge's public answer on `page`, or null while there is no badge (read without waiting for one). */
const topUpOn = (page: import('playwright-core').Page) => page.evaluate(() => document.querySelector('esim-lens-badge')?.getAttribute('data-top-up') ?? null);

async function openAll(urls: string[]) {
  return Promise.all(
    urls.map(async (url) => {
      const page = await h.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }),
  );
}

describe('many tabs at once', () => {
  it('16 product pages of one shop opened together: every tab gets its verdict and its badge', async () => {
    const pages = await openAll(plans.map((p) => p.url));
    for (const [i, page] of pages.entries()) {
      await expect.poll(() => topUpOn(page), { timeout: 15_000 }).toBe(plans[i].entry.expect.topUp);
      await badgeShown(page);
      await expect.poll(async () => (await pillOf(page))?.text ?? '').toMatch(/eSIM/);
      expect((await h.verdictFor(plans[i].url))?.topUp.value).toBe(plans[i].entry.expect.topUp);
    }
    await Promise.all(pages.map((p) => p.close()));
  });
});

describe('a settings change while the tab moves on', () => {
  it('does not hold the tab: the next page gets its badge at once, not after a stalled read', { timeout: 60_000 }, async () => {
    // Changing a setting tells every tab's badge; a tab that has just navigated has no listener yet, and the host is
    // injected again. That injection once waited on the tab's own read while holding the tab's turn: the new page's
    // badge came after the read's 5 s deadline, or not at all.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const setChips = (on: boolean) =>
      options.evaluate(async (v) => {
        const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: { display?: Record<string, unknown> } };
        const next = settings ?? {};
        await chrome.storage.sync.set({ settings: { ...next, display: { ...(next.display ?? {}), cardChips: v } } });
      }, on);
    const page = await h.context.newPage();
    for (let round = 0; round < 4; round++) {
      const [from, to] = [plans[2 * round], plans[2 * round + 1]];
      await page.goto(from.url);
      await badgeShown(page);
      await setChips(round % 2 === 0);
      await page.goto(to.url);
      await expect.poll(() => topUpOn(page), { timeout: 4000 }).toBe(to.entry.expect.topUp);
    }
    await setChips(true);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('a service worker stopped midway', () => {
  it('keeps every verdict when it is stopped again and again while 8 tabs load', { timeout: 120_000 }, async () => {
    let stopping = true;
    const storm = (async () => {
      while (stopping) {
        await h.stopWorker().catch(() => undefined);
        await new Promise((r) => setTimeout(r, 120));
      }
    })();
    const urls = plans.slice(0, 8).map((p) => `${p.url}?storm`);
    for (const [i, url] of urls.entries()) h.serve(url, fixtureHtml(FIXTURES, plans[i].entry.file));
    const pages = await openAll(urls);
    await new Promise((r) => setTimeout(r, 1500));
    stopping = false;
    await storm;
    // The storm really stopped the worker, more than once.
    expect(h.workerStops).toBeGreaterThan(2);
    for (const [i, page] of pages.entries()) {
      // A message lost with a stopped worker is asked again (lib/messaging/retry.ts): allow for the retries.
      await expect.poll(() => topUpOn(page), { timeout: 45_000 }).toBe(plans[i].entry.expect.topUp);
      expect((await h.verdictFor(urls[i]))?.topUp.value).toBe(plans[i].entry.expect.topUp);
    }
    await Promise.all(pages.map((p) => p.close()));
  });

  it('a worker stopped between two reads of a single-page shop still answers the second', { timeout: 120_000 }, async () => {
    const page = await h.context.newPage();
    await page.goto(SPA);
    await expect.poll(() => topUpOn(page), { timeout: 15_000 }).toBe('yes');
    await h.stopWorker();
    await page.click('#to-unlimited');
    await expect.poll(() => topUpOn(page), { timeout: 30_000 }).toBe('no');
    // The popup, opened after the restart, has the tab's verdict.
    const inspector = await h.context.newPage();
    await inspector.goto(`chrome-extension://${h.extensionId}/options.html`);
    const tabId = await inspector.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.airalo.com/spa/*' }))[0]?.id);
    await inspector.close();
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 5000 }).toMatch(/Cannot be topped up/);
    await popup.close();
    await page.close();
  });
});
