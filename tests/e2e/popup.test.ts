import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadManifest } from '../fixtures/manifest';
import { fixtureHtml, launch, type Harness } from './harness';

const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
const product = manifest.find((e) => e.file === 'pages/en/airalo-japan-5gb-7d.html')!;

const LANGS = [
  { lang: 'en', checklist: 'Buying checklist', items: ['Know your use', 'Understand the fee structure', 'Check your phone takes an eSIM', "Read other users' reviews"], topUp: 'Can be topped up online' },
  { lang: 'ja', checklist: '購入前チェックリスト', items: ['使い方を決める', '料金体系を理解する', '端末がeSIMに対応しているか確認する', 'ほかの利用者のレビューを読む'], topUp: 'オンラインでチャージできます' },
  { lang: 'zh-CN', checklist: '购买清单', items: ['明确用途', '了解费用结构', '确认手机支持eSIM', '查看其他用户的评价'], topUp: '可以在线充值' },
  { lang: 'zh-TW', checklist: '購買清單', items: ['確認用途', '了解費用結構', '確認手機支援eSIM', '查看其他用戶的評價'], topUp: '可以線上加值' },
];

for (const L of LANGS) {
  describe(`popup in ${L.lang}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch({ lang: L.lang });
      h.serve(product.url, fixtureHtml(FIXTURES, product.file));
    });
    afterAll(async () => h?.close());

    it('shows the tab\'s verdict and the checklist in this language, with no missing message', async () => {
      const page = await h.open(product.url);
      await h.verdictFor(product.url);
      const tabId = await h.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, product.url);
      const popup = await h.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.verdict__topup', { hasText: L.topUp }).waitFor();
      expect(await popup.getByRole('heading', { name: L.checklist }).count()).toBe(1);
      const labels = await popup.locator('.checklist label').allTextContents();
      expect(labels.map((s) => s.trim())).toEqual(L.items);
      const text = await popup.locator('body').innerText();
      expect(text).not.toMatch(/__MSG_|\$[A-Z]+\$/);
      // Fits the popup's width: no horizontal scroll.
      expect(await popup.evaluate(() => document.body.scrollWidth <= document.body.clientWidth)).toBe(true);
      await popup.close();
      await page.close();
    });

    it('keeps a ticked item ticked after reopening, and resets', async () => {
      const url = `chrome-extension://${h.extensionId}/popup.html`;
      const popup = await h.context.newPage();
      await popup.goto(url);
      const box = popup.locator('.checklist input[type=checkbox]').nth(2);
      await box.check();
      await popup.close();
      const again = await h.context.newPage();
      await again.goto(url);
      await expect.poll(() => again.locator('.checklist input[type=checkbox]').nth(2).isChecked()).toBe(true);
      expect(await again.locator('.checklist input[type=checkbox]').nth(0).isChecked()).toBe(false);
      await again.locator('.checklist + button, #checklist button.link').last().click();
      await expect.poll(() => again.locator('.checklist input[type=checkbox]').nth(2).isChecked()).toBe(false);
      await again.close();
    });
  });
}

describe('reading the tab on demand (the activeTab path)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ lang: 'en' });
    h.serve(product.url, fixtureHtml(FIXTURES, product.file));
  });
  afterAll(async () => h?.close());

  const tabOf = (url: string) => h.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id!, url);

  it('a tab with no verdict yet is read when the popup opens, and gets its badge', async () => {
    // The same code path as opening the popup on any site: the popup injects the detector and waits for the
    // verdict. Here the host permission of a known shop stands in for the activeTab grant, which only a real
    // click on the toolbar button gives (see README, "Reading any page").
    const page = await h.open(product.url);
    await h.verdictFor(product.url);
    const tabId = await tabOf(product.url);
    await h.worker.evaluate(async (id) => {
      await chrome.storage.session.remove(`tab-verdict:${id}`);
    }, tabId);
    await page.evaluate(() => document.querySelector('esim-lens-badge')?.remove());
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.verdict__topup', { hasText: 'Can be topped up online' }).waitFor({ timeout: 8000 });
    await expect.poll(() => page.evaluate(() => document.querySelector('esim-lens-badge')?.getAttribute('data-top-up') ?? null), { timeout: 8000 }).toBe('yes');
    await popup.close();
    await page.close();
  });

  it('on a browser page, a clear "can\'t be read", never a spinner', async () => {
    const page = await h.context.newPage();
    await page.goto('chrome://version');
    const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({ url: 'chrome://version/' }))[0]?.id);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText(/This page can't be read/).waitFor({ timeout: 5000 });
    expect(await popup.locator('[aria-busy="true"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
