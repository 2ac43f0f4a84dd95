import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyHtml } from '../../lib/cli/classify-file';
import { factLines } from '../../lib/verdict-text';
import { providerForHost } from '../../lib/data/providers';
import { FIXTURES, loadManifest, type Entry } from '../fixtures/manifest';
import { fixtureHtml } from '../e2e/harness';
import { badgeOn, launchFirefox, waitFor, type FirefoxHarness } from './harness';

/**
 * The Firefox build in a real Firefox (firefox-esr), installed the way
 * README says (a temporary add-on). WebDriver BiDi does not reach into
 * extension frames or moz-extension:// pages, so these tests read the
 * badge's public attributes and drive it with the mouse and keyboard, as a
 * user would; the popup and options pages are covered in Chromium.
 */

const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
const onShop = (e: Entry) => providerForHost(new URL(e.url).hostname) !== null;
const byLang = (lang: string, n: number) => manifest.filter((e) => e.lang === lang && e.expect.isEsimProduct && onShop(e)).slice(0, n);
const products = [...byLang('en', 2), ...byLang('ja', 2), ...byLang('zh-Hans', 1), ...byLang('zh-Hant', 1)];
const negatives = manifest.filter((e) => !e.expect.isEsimProduct && onShop(e)).slice(0, 2);
const served = new Map<string, string>();

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
  for (const e of [...products, ...negatives]) served.set(e.file, h.serve(e.url, fixtureHtml(FIXTURES, e.file)));
});
afterAll(async () => h?.close());

describe('Firefox: the badge on product pages', () => {
  it('the add-on installs with its own id (the storage API needs one)', () => {
    expect(h.addonId).toBe('esim-lens@esim-lens.app');
  });

  for (const e of products) {
    it(`${e.file}: data-top-up="${e.expect.topUp}" data-term="${e.expect.term}", its pill shown`, async () => {
      const page = await h.open(served.get(e.file)!);
      // data-placed: the host drew the collapsed pill (the frame is built when it is opened).
      const b = await waitFor(() => badgeOn(page), (v) => !!v?.placed);
      expect(b).toMatchObject({ topUp: e.expect.topUp, term: e.expect.term });
      expect(b!.width).toBeGreaterThan(80);
      expect(await page.evaluate(() => document.querySelector('esim-lens-badge')!.shadowRoot)).toBeNull();
      await page.close();
    });
  }
});

describe('Firefox: no badge where there is no plan', () => {
  for (const e of negatives) {
    it(`${e.file}: no badge`, async () => {
      const page = await h.open(served.get(e.file)!);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await badgeOn(page)).toBeNull();
      await page.close();
    });
  }
});

describe('Firefox: what the user sets survives a reload', () => {
  it('"Hide on this site", pressed from the keyboard, holds after a reload; another shop still has its badge', async () => {
    const e = products[0];
    const page = await h.open(served.get(e.file)!);
    const box = await waitFor(() => badgeOn(page), (v) => !!v?.placed);
    const rect = await page.evaluate(() => document.querySelector('esim-lens-badge')!.getBoundingClientRect().toJSON() as DOMRect);
    // The collapsed host is the pill: a click opens the badge's frame, which takes the focus.
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await waitFor(() => badgeOn(page), (v) => (v?.height ?? 0) > box!.height + 100);
    // From the pill: close, each fine-print line and quote (the engine's own count for this page), the checklist, hide page, hide site.
    const v = classifyHtml(e.file, fixtureHtml(FIXTURES, e.file), e.url);
    if ('error' in v) throw new Error(v.error);
    // The fine print's lines come first, each a button when it has a quote.
    const quotes = factLines(v.facts).filter((l) => l.quote).length + Math.min(5, v.topUp.evidence.length + v.term.evidence.length);
    for (let i = 0; i < 1 + quotes + 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(() => badgeOn(page), (b) => b === null);
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await badgeOn(page)).toBeNull();
    const other = products.find((x) => new URL(x.url).hostname !== new URL(e.url).hostname)!;
    const next = await h.open(served.get(other.file)!);
    expect(await waitFor(() => badgeOn(next), (b) => !!b?.placed)).toMatchObject({ topUp: other.expect.topUp });
    await next.close();
    await page.close();
  });
});

describe('Firefox: privacy', () => {
  it('asked for nothing but the pages and their own hosts\' files', () => {
    const hosts = new Set([...served.values()].map((u) => new URL(u).hostname));
    expect(h.requests.length).toBeGreaterThan(products.length);
    expect(h.requests.filter((u) => !URL.canParse(u) || !hosts.has(new URL(u).hostname))).toEqual([]);
  });
});
