import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeShown, launch, openBadge, type Harness } from './harness';

/** Three product pages on three shops, then the compare page: three rows, sorted by price per day on request. */

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const SHOPS = [
  {
    url: 'https://www.airalo.com/japan-esim/moshi-moshi-7days-3gb',
    html: page('Japan eSIM 3 GB 7 days', '<p class="price">US$14.00</p><ul><li>Data: 3 GB</li><li>Validity: 7 days</li></ul><p>You can top up this eSIM any time in the app.</p><button>Buy now</button>'),
    perDay: 2,
  },
  {
    url: 'https://esim.holafly.com/esim-japan/',
    html: page('eSIM Japan unlimited data 15 days', '<p class="price">$15.00</p><ul><li>Unlimited data</li><li>15 days</li></ul><p>Instant delivery by email. This plan cannot be topped up: when it ends, buy a new eSIM.</p><button>Get unlimited data</button>'),
    perDay: 1,
  },
  {
    url: 'https://www.ubigi.com/en/japan-esim-10gb-30-days',
    html: page('Japan 10 GB 30 days eSIM', '<p class="price">US$45.00</p><ul><li>10 GB</li><li>Valid for 30 days</li></ul><p>Add more data to the same eSIM from your account whenever you like.</p><button>Add to cart</button>'),
    perDay: 1.5,
  },
];

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  for (const s of SHOPS) h.serve(s.url, s.html);
});
afterAll(async () => h?.close());

describe('plans you viewed, compared', () => {
  it('remembers three plans from three shops and lists them, sortable by price per day', async () => {
    for (const s of SHOPS) {
      const tab = await h.open(s.url);
      await badgeShown(tab);
      expect((await h.verdictFor(s.url))?.plan.price).toBeGreaterThan(0);
      await tab.close();
    }
    const compare = await h.context.newPage();
    await compare.goto(`chrome-extension://${h.extensionId}/compare.html`);
    const rows = compare.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    const urls = () => rows.evaluateAll((trs) => trs.map((tr) => new URL(tr.getAttribute('data-url')!).hostname));
    // Newest first before any sort.
    expect(await urls()).toEqual(['www.ubigi.com', 'esim.holafly.com', 'www.airalo.com']);
    await compare.click('[data-sort="pricePerDay"]');
    expect(await urls()).toEqual(['esim.holafly.com', 'www.ubigi.com', 'www.airalo.com']);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-price-per-day'))))).toEqual([1, 1.5, 2]);
    await compare.click('[data-sort="pricePerDay"]');
    expect(await urls()).toEqual(['www.airalo.com', 'www.ubigi.com', 'esim.holafly.com']);
    // The filter for plans that can be topped up leaves out the one whose page says it cannot be.
    await compare.getByRole('checkbox', { name: 'Can be topped up' }).check();
    expect((await urls()).sort()).toEqual(['www.airalo.com', 'www.ubigi.com']);
    await compare.close();
  });

  it('the badge says where a plan stands, and the popup links to the comparison', async () => {
    const tab = await h.open(SHOPS[1].url);
    const frame = await openBadge(tab);
    await expect.poll(() => frame.locator('.standing').textContent(), { timeout: 10_000 }).toContain('Cheapest per day of the 3 plans you viewed');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('button', { name: 'Compare the 3 plans you viewed' }).count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await tab.close();
  });

  it('a removed row stays removed; clear all empties the page; nothing was fetched', async () => {
    const compare = await h.context.newPage();
    await compare.goto(`chrome-extension://${h.extensionId}/compare.html`);
    const rows = compare.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    await rows.first().getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await compare.reload();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    compare.once('dialog', (d) => void d.accept());
    await compare.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => compare.locator('.empty').count()).toBe(1);
    const served = new Set(SHOPS.map((s) => s.url));
    expect(h.requests.filter((r) => /^https?:/.test(r.url) && !served.has(r.url))).toEqual([]);
    await compare.close();
  });

  it('with remembering switched off in Options, a visited plan is not remembered', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel(/Remember the eSIM plans I view/).uncheck();
    await expect.poll(() => options.locator('.status').textContent()).toContain('Saved');
    const tab = await h.open(SHOPS[0].url);
    await badgeShown(tab);
    await h.verdictFor(SHOPS[0].url);
    await tab.waitForTimeout(300); // the background remembers after telling the badge
    expect(await options.locator('.history-count').textContent()).toBe('0 plans remembered.');
    await options.getByLabel(/Remember the eSIM plans I view/).check();
    await options.close();
    await tab.close();
  });
});
