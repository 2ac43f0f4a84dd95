import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openBadge, type Harness } from './harness';

/** The fine print in the badge of a real shop URL: the lines the page states, and each one finds its sentence. */

const URL_ = 'https://www.airalo.com/japan-esim/kaeru-mobile-7days-2gb-day';
const PAGE = `<!doctype html><html lang="en"><head><title>Japan eSIM · 2GB a day · 7 days</title></head><body>
<header><nav><a href="/blog/hotspot">How to use a hotspot abroad</a></nav></header>
<main><h1>Japan eSIM · 2GB a day · 7 days</h1><p class="price">US$13.50</p><button>Buy now</button>
<p>2 GB of high-speed data per day, then 128kbps until the daily reset.</p>
<p>The 7 days start when your eSIM first connects to a network in Japan.</p>
<p>Data only: no phone number, calls or SMS.</p>
<p>Network: SoftBank 5G / 4G</p>
<div class="rating">4.6 ★ (2,310 reviews)</div>
</main><footer><div>Trustpilot 4.5 ★ based on 40,000 reviews</div></footer></body></html>`;

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  h.serve(URL_, PAGE);
});
afterAll(async () => h?.close());

describe('the fine print in the badge', () => {
  it('lists what the page states, not its menu or footer, and a line finds its quote on the page', async () => {
    const page = await h.open(URL_);
    const frame = await openBadge(page);
    const lines = frame.locator('.fineprint li');
    await expect.poll(() => lines.allTextContents(), { timeout: 10_000 }).toEqual([
      'Full speed for 2 GB a day, then 128 kbps',
      'The days start when it first connects',
      'Data only: no phone number',
      'Network: SoftBank',
      'This page: 4.6★ from 2,310 reviews',
    ]);
    expect((await h.verdictFor(URL_))?.facts?.hotspot).toBeUndefined(); // "hotspot" only in the menu
    await frame.locator('.fineprint [data-fact="fairUse"] button').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('128kbps');
    await page.close();
  });
});
