import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeShown, launch, openBadge, pillOf, type Harness } from './harness';

const page = (name: string) => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');
const SPA = 'https://www.airalo.com/spa/japan';
const HOSTILE = 'https://www.airalo.com/japan-esim/hostile';
const STICKY = 'https://www.airalo.com/japan-esim/sticky-buy';
const LATE = 'https://www.airalo.com/japan-esim/late';

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  h.serve(SPA, page('spa-shop.html'));
  h.serve(HOSTILE, page('hostile.html'));
  h.serve(STICKY, page('sticky-buy.html'));
  h.serve(LATE, page('late-render.html'));
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

    // Back to the first plan: the same words as the first read, read and shown again.
    await p.click('#to-japan');
    await expect.poll(() => p.locator('esim-lens-badge').getAttribute('data-top-up'), { timeout: 10_000 }).toBe('yes');
    await p.close();
  });

  it('a plan rendered long after load, with no change of URL or title, gets its badge', async () => {
    const p = await h.open(LATE);
    const host = p.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('no');
    expect(await host.getAttribute('data-term')).toBe('short-term');
    await p.close();
  });
});

describe('a hostile page', () => {
  it('cannot hide, restyle or script the badge', async () => {
    const p = await h.open(HOSTILE);
    const host = p.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('no');
    await badgeShown(p);
    const seen = (await pillOf(p))!;
    expect(seen.text).toMatch(/eSIM/);
    const frame = await openBadge(p);
    const pill = frame.locator('.pill');
    const look = await pill.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return { w: r.width, h: r.height, font: parseFloat(cs.fontSize), color: cs.color };
    });
    expect(look.w).toBeGreaterThan(80);
    expect(look.font).toBeGreaterThanOrEqual(12);
    expect(look.color).not.toBe('rgba(0, 0, 0, 0)');
    // The page's `* { all: unset !important }` and `display: none !important` do not reach the host's own rules.
    const box = (await host.boundingBox())!;
    expect(box.width).toBeGreaterThan(80);
    const topmost = await p.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName, [box.x + box.width / 2, box.y + box.height - 20]);
    expect(topmost).toBe('esim-lens-badge');

    // Page text reaches the badge as text only.
    const quotes = await frame.locator('.quote').allTextContents();
    expect(quotes.join(' ')).toContain('<img src=x onerror=alert(1)>');
    expect(await frame.locator('.lens img, .lens script').count()).toBe(0);
    await p.close();
  });

  it('cannot reach into the badge: closed shadow root, cross-origin frame', async () => {
    const p = await h.open(HOSTILE);
    const host = p.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('no');
    await openBadge(p);
    // What the page's own script can do, run in the page's world.
    const reach = await p.evaluate(() => {
      const el = document.querySelector('esim-lens-badge')!;
      const out: Record<string, unknown> = { shadowRoot: el.shadowRoot, text: el.textContent, frames: window.frames.length };
      for (let i = 0; i < window.frames.length; i++) {
        try {
          out[`frame${i}`] = window.frames[i].document.body?.innerText ?? 'readable';
        } catch {
          out[`frame${i}`] = 'blocked';
        }
      }
      out.iframes = document.querySelectorAll('iframe').length;
      out.buttons = Array.from(document.querySelectorAll('button')).map((b) => b.textContent);
      return out;
    });
    expect(reach.shadowRoot).toBeNull();
    expect(reach.text).toBe('');
    expect(reach.iframes).toBe(0);
    expect(reach.buttons).toEqual(['Buy now']);
    for (let i = 0; i < (reach.frames as number); i++) expect(reach[`frame${i}`]).toBe('blocked');
    // Messages the page posts as if from the frame (resize to nothing, remove) are not the frame's: ignored.
    const before = (await host.boundingBox())!;
    await p.evaluate(() => {
      window.postMessage({ type: 'esim-lens:size', width: 1, height: 1, corner: 'top-left' }, '*');
      window.postMessage({ type: 'esim-lens:remove' }, '*');
    });
    await p.waitForTimeout(300);
    expect(await host.count()).toBe(1);
    expect((await host.boundingBox())!.width).toBe(before.width);
    await p.close();
  });
});

describe('what the page can learn', () => {
  it('no message to the page names the extension', async () => {
    const p = await h.context.newPage();
    // The page's own listener, installed before any script of ours runs.
    await p.addInitScript(() => {
      (window as any).__seen = [];
      window.addEventListener('message', (e) => (window as any).__seen.push(JSON.stringify(e.data)));
    });
    await p.goto(HOSTILE);
    const host = p.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-top-up'), { timeout: 10_000 }).toBe('no');
    await openBadge(p);
    const seen = (await p.evaluate(() => (window as any).__seen)) as string[];
    expect(seen.length).toBeGreaterThan(0); // the listener works: the badge frame's own size messages reach it
    expect(seen.filter((m) => m.includes(h.extensionId) || m.includes('content-script-started'))).toEqual([]);
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
    await badgeShown(p);
    expect(await host.getAttribute('data-corner')).not.toBe('bottom-right');
    const overlap = await p.evaluate(() => {
      const pill = document.querySelector('esim-lens-badge')!.getBoundingClientRect();
      const buy = document.getElementById('buy')!.getBoundingClientRect();
      return pill.left < buy.right && pill.right > buy.left && pill.top < buy.bottom && pill.bottom > buy.top;
    });
    expect(overlap).toBe(false);
    const after = await p.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, y: document.querySelector('h1')!.getBoundingClientRect().y }));
    expect(after).toEqual(before);
    await p.close();
  });
});
