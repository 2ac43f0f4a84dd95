import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadManifest } from '../fixtures/manifest';
import { badgeFrame, badgeShown, fixtureHtml, launch, pillOf, type Harness } from './harness';

/**
 * A phone: Chromium's device emulation at 390×844 with touch (Firefox for
 * Android and Edge for Android run extensions, and travellers shop on their
 * phones). The badge covers neither the buy bar nor the sticky header, every
 * control is a fingertip's size, and the popup and options fit 360 px.
 */

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const MOBILE_SHOP = 'https://www.airalo.com/japan-esim/mobile-10gb-15days';
const product = loadManifest(join(FIXTURES, 'manifest.json')).find((e) => e.file === 'pages/en/airalo-japan-unlimited-7d.html')!;

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en', device: PHONE });
  h.serve(MOBILE_SHOP, fixtureHtml(join(import.meta.dirname, 'pages'), 'mobile-shop.html'));
  h.serve(product.url, fixtureHtml(FIXTURES, product.file));
});
afterAll(async () => h?.close());

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

describe('on a phone', () => {
  it('the badge covers neither the sticky buy bar nor the header\'s menu and cart', async () => {
    const page = await h.open(MOBILE_SHOP);
    await badgeShown(page);
    const badge = (await page.locator('esim-lens-badge').boundingBox())!;
    for (const id of ['buy', 'menu', 'cart']) expect(overlaps(badge, (await page.locator(`#${id}`).boundingBox())!), id).toBe(false);
    // Inside the viewport, and not wider than the phone.
    expect(badge.x).toBeGreaterThanOrEqual(0);
    expect(badge.x + badge.width).toBeLessThanOrEqual(390);
    expect(badge.y + badge.height).toBeLessThanOrEqual(844);
    await page.close();
  });

  it('every control of the badge is at least 44 px tall, and the open panel fits the screen', async () => {
    const page = await h.open(product.url);
    await badgeShown(page);
    expect((await pillOf(page))!.height).toBeGreaterThanOrEqual(44);
    // The collapsed pill is in the page's own process: a tap opens it.
    await page.locator('esim-lens-badge').tap();
    const frame = await badgeFrame(page);
    // Emulated touch does not reach out-of-process frames (checked by hand): the frame's targets are measured
    // with the touch media query on.
    await frame.locator('.panel').waitFor({ timeout: 5000 });
    for (const b of await frame.locator('.panel button').all()) {
      const box = await b.boundingBox();
      expect(box!.height, await b.textContent() ?? '').toBeGreaterThanOrEqual(44);
    }
    const host = (await page.locator('esim-lens-badge').boundingBox())!;
    expect(host.x).toBeGreaterThanOrEqual(0);
    expect(host.x + host.width).toBeLessThanOrEqual(390);
    expect(host.y).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  for (const surface of ['popup', 'options'] as const) {
    it(`the ${surface} page is usable at 360 px: no horizontal scroll, controls a fingertip can hit`, async () => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`chrome-extension://${h.extensionId}/${surface}.html`);
      await page.locator('h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // A checkbox's target is its label, the whole row.
      const small = await page.evaluate(() =>
        Array.from(document.querySelectorAll('button, select, input:not([type=hidden]), a, summary'))
          .filter((el) => !el.matches('.sr-only'))
          .map((el) => (el.matches('input[type=checkbox], input[type=radio]') ? (el.closest("label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null) ?? el) : el))
          .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0 && r.height < 44)
          .map(({ el, r }) => `${el} ${Math.round(r.height)}px`),
      );
      expect(small).toEqual([]);
      await page.close();
    });
  }
});
