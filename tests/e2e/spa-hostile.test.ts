import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

const page = (name: string) => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');
const SPA = 'https://www.airalo.com/spa/japan';
const HOSTILE = 'https://www.airalo.com/japan-esim/hostile';
const STICKY = 'https://www.airalo.com/japan-esim/sticky-buy';

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  h.serve(SPA, page('spa-shop.html'));
  h.serve(HOSTILE, page('hostile.html'));
  h.serve(STICKY, page('sticky-buy.html'));
});
afterAll(async () => h?.close());

describe('single-page shops', () => {
  it('re-reads after in-page navigation: updates the badge, and removes it on a page without a plan', async () => {
    const p = await h.open(SPA);
    const host = p.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('yes');

    await p.click('#to-unlimited');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('no');
    expect(await host.getAttribute('data-term')).toBe('short-term');

    await p.click('#to-guide');
    await expect.poll(() => host.count(), { timeout: 10_000 }).toBe(0);
    await p.close();
  });
});

describe('a hostile page', () => {
  it('cannot hide, restyle or script the badge', async () => {
    const p = await h.open(HOSTILE);
    const host = p.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('no');
    const pill = p.locator('esim-lens-badge .pill');
    await expect.poll(() => pill.isVisible()).toBe(true);
    const look = await pill.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { w: r.width, h: r.height, font: parseFloat(cs.fontSize), color: cs.color, topmost: top?.localName };
    });
    expect(look.w).toBeGreaterThan(80);
    expect(look.font).toBeGreaterThanOrEqual(12);
    expect(look.color).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.topmost).toBe('esim-lens-badge');

    // Page text reaches the badge as text only.
    await pill.click();
    const quotes = await p.locator('esim-lens-badge .quote').allTextContents();
    expect(quotes.join(' ')).toContain('<img src=x onerror=alert(1)>');
    expect(await host.evaluate((el) => el.shadowRoot?.querySelectorAll('img, script').length)).toBe(0);
    await p.close();
  });
});

describe('the page\'s own controls', () => {
  it('are not covered by the badge, and the page layout does not move', async () => {
    const p = await h.context.newPage();
    await p.goto(STICKY);
    const before = await p.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, y: document.querySelector('h1')!.getBoundingClientRect().y }));
    const host = p.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('yes');
    expect(await host.getAttribute('data-corner')).not.toBe('bottom-right');
    const overlap = await p.evaluate(() => {
      const pill = document.querySelector('esim-lens-badge')!.shadowRoot!.querySelector('.pill')!.getBoundingClientRect();
      const buy = document.getElementById('buy')!.getBoundingClientRect();
      return pill.left < buy.right && pill.right > buy.left && pill.top < buy.bottom && pill.bottom > buy.top;
    });
    expect(overlap).toBe(false);
    const after = await p.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, y: document.querySelector('h1')!.getBoundingClientRect().y }));
    expect(after).toEqual(before);
    await p.close();
  });
});
