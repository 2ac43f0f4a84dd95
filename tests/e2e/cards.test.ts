import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadManifest } from '../fixtures/manifest';
import { badgeShown, fixtureHtml, launch, openBadge, pillOf, type Harness } from './harness';

/** Chips on the plan cards of listing pages: in the right elements, with the right answers, moving nothing. */

const RERENDER = 'https://www.airalo.com/japan-esim/plans';
const listing = loadManifest(join(FIXTURES, 'manifest.json')).find((e) => e.file === 'pages/en/airalo-japan-listing.html')!;

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  h.serve(RERENDER, fixtureHtml(join(import.meta.dirname, 'pages'), 'listing-rerender.html'));
  h.serve(listing.url, fixtureHtml(FIXTURES, listing.file));
});
afterAll(async () => h?.close());

/** Each card's chip: [card title, data-top-up, data-term, the chip's inside is closed]. */
const chipsOn = (page: import('playwright-core').Page, card: string) =>
  page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((c) => {
    const chip = c.querySelector(':scope > esim-lens-card');
    return [c.querySelector('h3')?.textContent ?? c.textContent?.trim().slice(0, 20), chip?.getAttribute('data-top-up') ?? null, chip?.getAttribute('data-term') ?? null, chip ? chip.shadowRoot === null : null];
  }), card);

describe('plan cards of a listing page', () => {
  it('each card gets a chip inside its own element, with its own answer, and no card moves', async () => {
    const page = await h.open(RERENDER);
    await badgeShown(page);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('esim-lens-card').length), { timeout: 10_000 }).toBe(6);
    expect(await chipsOn(page, '.plan-tile')).toEqual([
      ['Japan 1 GB', 'yes', 'short-term', true],
      ['Japan 3 GB', 'yes', 'short-term', true],
      ['Japan 10 GB', 'yes', 'short-term', true],
      ['Japan 20 GB', 'yes', 'short-term', true],
      ['Japan Unlimited 3 days', 'no', 'short-term', true],
      ['Japan Unlimited 7 days', 'no', 'short-term', true],
    ]);
    // Each chip spans its card's content width, so its label sits at the card's top right, not squeezed to nothing
    // at its left edge (the shared sheet's `all: initial` once reset the width the chip's own style gave it).
    await expect
      .poll(() => page.evaluate(() => Array.from(document.querySelectorAll('.plan-tile')).map((c) => {
        const host = c.querySelector(':scope > esim-lens-card')!.getBoundingClientRect();
        const card = c.getBoundingClientRect();
        return host.width > card.width * 0.6 && host.left >= card.left - 1 && host.right <= card.right + 1;
      })), { timeout: 5_000 })
      .toEqual([true, true, true, true, true, true]);
    // Every card's box is where it was before the chips came.
    expect(await page.evaluate(() => (window as any).__rects())).toEqual(await page.evaluate(() => (window as any).__before));
    // The pill tells the truth about the mixed page.
    expect((await pillOf(page))!.text).toContain('6 plans · 4 can be topped up');
    await page.close();
  });

  it('re-rendered cards get chips, removed cards lose theirs', async () => {
    const page = await h.open(RERENDER);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('esim-lens-card').length), { timeout: 10_000 }).toBe(6);
    await page.click('#unl');
    await expect.poll(() => chipsOn(page, '.plan-tile'), { timeout: 10_000 }).toEqual([
      ['Japan Unlimited 3 days', 'no', 'short-term', true],
      ['Japan Unlimited 7 days', 'no', 'short-term', true],
    ]);
    expect(await page.evaluate(() => document.querySelectorAll('esim-lens-card').length)).toBe(2);
    await page.close();
  });

  it('the badge lists the plans in a table that sorts', async () => {
    const page = await h.open(listing.url);
    const frame = await openBadge(page);
    const table = frame.locator('table.cards');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(6);
    await frame.locator('[data-sort="price"]').click();
    const prices = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(prices[0]).toBe('$4.50');
    await page.close();
  });

  it('can be switched off in Options', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel(/Card labels on plan grids/).uncheck();
    const page = await h.open(RERENDER);
    await badgeShown(page);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.querySelectorAll('esim-lens-card').length)).toBe(0);
    await options.getByLabel(/Card labels on plan grids/).check();
    await options.close();
    await page.close();
  });
});
