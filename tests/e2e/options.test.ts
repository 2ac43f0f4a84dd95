import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadManifest } from '../fixtures/manifest';
import { fixtureHtml, launch, type Harness } from './harness';

const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
const product = manifest.find((e) => e.file === 'pages/en/airalo-japan-5gb-7d.html')!;

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'en' });
  h.serve(product.url, fixtureHtml(FIXTURES, product.file));
});
afterAll(async () => h?.close());

const optionsUrl = () => `chrome-extension://${h.extensionId}/options.html`;

describe('options page', () => {
  it('changes the badge on an open tab as soon as a setting changes', async () => {
    const shop = await h.open(product.url);
    const host = shop.locator('esim-lens-badge');
    await expect.poll(() => host.getAttribute('data-corner'), { timeout: 10_000 }).toBe('bottom-right');

    const options = await h.context.newPage();
    await options.goto(optionsUrl());
    await options.getByLabel('Corner').selectOption('top-left');
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');
    await expect.poll(() => host.getAttribute('data-corner')).toBe('top-left');

    await options.getByLabel('Show the badge on eSIM shop pages').uncheck();
    await expect.poll(() => host.count()).toBe(0);
    await options.getByLabel('Show the badge on eSIM shop pages').check();
    await options.close();
    await shop.close();
  });

  it('forces a language in the popup and adds trip notes', async () => {
    const shop = await h.open(product.url);
    await h.verdictFor(product.url);
    const tabId = await h.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, product.url);
    const options = await h.context.newPage();
    await options.goto(optionsUrl());
    await options.getByLabel('Trip length (days)').fill('10');
    await options.locator('#language').selectOption('ja');
    await expect.poll(() => options.locator('h1').textContent()).toBe('eSIM Lens の設定');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#checklist-h').textContent()).toBe('購入前チェックリスト');
    expect(await popup.locator('.trip').textContent()).toContain('7日間のプランは旅行（10日間）より短い');
    // The toolbar title speaks the forced language too.
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toMatch(/チャージ|eSIM Lens：/);
    await options.locator('#language').selectOption('browser');
    await popup.close();
    await options.close();
    await shop.close();
  });

  it('has no horizontal scroll anywhere, in Japanese too', async () => {
    const options = await h.context.newPage();
    await options.setViewportSize({ width: 820, height: 900 });
    await options.goto(optionsUrl());
    await options.locator('#language').selectOption('ja');
    await expect.poll(() => options.locator('h1').textContent()).toBe('eSIM Lens の設定');
    const overflowing = await options.evaluate(() =>
      [document.documentElement, ...Array.from(document.querySelectorAll('section, .shops, ul'))].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.className || el.localName),
    );
    expect(overflowing).toEqual([]);
    await options.locator('#language').selectOption('browser');
    await options.close();
  });

  it('recovers from garbage in storage, says what was reset, and keeps the valid fields', async () => {
    await h.worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { display: { badge: 'maybe', corner: 'top-right' }, trip: { days: 'x', stay: 'long' }, language: 42 } }),
    );
    const options = await h.context.newPage();
    await options.goto(optionsUrl());
    await expect.poll(() => options.locator('.notice').textContent()).toContain('display.badge');
    const notice = (await options.locator('.notice').textContent()) ?? '';
    expect(notice).toContain('trip.days');
    expect(notice).toContain('language');
    expect(await options.getByLabel('Corner').inputValue()).toBe('top-right');
    expect(await options.getByLabel('Long stay / living in Japan').isChecked()).toBe(true);
    // The repaired value is written back.
    await expect.poll(() => h.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.display.badge)).toBe(true);
    await options.close();
  });

  it('refuses a bad import file with a clear message', async () => {
    const options = await h.context.newPage();
    await options.goto(optionsUrl());
    await options.locator('#import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"esim-lens","version":1,"settings":{"language":"klingon"}}') });
    await expect.poll(() => options.locator('.error').textContent()).toContain('That file was not imported, nothing changed');
    await options.close();
  });

  it('picks a phone from the searchable list, and the popup shows its eSIM support', async () => {
    const options = await h.context.newPage();
    await options.goto(optionsUrl());
    await options.locator('#device-search').fill('pixel 8 pro');
    await options.getByRole('button', { name: /Google Pixel 8 Pro/ }).click();
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.device').textContent()).toContain('Pixel 8 Pro');
    expect(await popup.locator('.device').textContent()).toContain('Takes an eSIM');
    await popup.close();
    await options.close();
  });

  it('answers an unexpected message with a clear error instead of crashing', async () => {
    const page = await h.context.newPage();
    await page.goto(optionsUrl());
    const replies = await page.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'nope' }),
      await chrome.runtime.sendMessage({ type: 'get-tab-verdict', tabId: 'x' }),
      await chrome.runtime.sendMessage('just a string'),
    ]);
    for (const r of replies) expect(r.error).toMatch(/eSIM Lens: unexpected message/);
    // Still alive: a valid message still gets its answer.
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-tab-verdict', tabId: 999999 }))).toEqual({ verdict: null });
    await page.close();
  });
});
