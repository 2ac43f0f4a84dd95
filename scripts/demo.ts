/**
 * npm run demo [-- --screenshots DIR]
 * Builds the extension, then opens Chromium with it on bundled sample shop
 * pages (served at their real shop URLs, nothing goes to the network). With
 * --screenshots, or when there is no display, it runs headless and saves a
 * screenshot of each sample page (badge open) instead.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES, loadManifest } from '../tests/fixtures/manifest';
import { fixtureHtml, launch } from '../tests/e2e/harness';

declare const chrome: any;

const SAMPLES = [
  'pages/en/airalo-japan-unlimited-7d.html',
  'pages/en/nomad-japan-3gb-15d.html',
  'pages/ja/ahamo-plan.html',
  'pages/ja/sakura-mobile-travel-esim-7days.html',
  'pages/zh/zh-hans-trip-japan-esim-oneoff.html',
  'pages/zh/zh-hant-klook-japan-esim-listing.html',
];
const LANG: Record<string, string> = { en: 'en', ja: 'ja', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--screenshots');
  const headless = i >= 0 || !process.env.DISPLAY;
  const dir = resolve(i >= 0 && args[i + 1] ? args[i + 1] : 'screenshots');
  execSync('npx wxt build', { stdio: 'inherit' });

  const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
  const samples = SAMPLES.map((f) => manifest.find((e) => e.file === f)!).filter(Boolean);
  if (!headless) {
    const h = await launch({ headed: true });
    for (const e of manifest) h.serve(e.url, fixtureHtml(FIXTURES, e.file));
    for (const e of samples) await h.open(e.url);
    console.log('Chromium is open with eSIM Lens on the sample pages. Close the window to finish.');
    await new Promise((r) => h.context.on('close', r));
    return;
  }

  mkdirSync(dir, { recursive: true });
  for (const e of samples) {
    // Each sample in the browser language of its page, so the badge speaks it too.
    const h = await launch({ lang: LANG[e.lang] });
    h.serve(e.url, fixtureHtml(FIXTURES, e.file));
    const page = await h.open(e.url);
    await page.locator('esim-lens-badge .pill').waitFor({ timeout: 10_000 });
    await page.locator('esim-lens-badge .pill').click();
    await page.waitForTimeout(300);
    const file = join(dir, `badge-${e.file.split('/').pop()!.replace('.html', '.png')}`);
    await page.screenshot({ path: file });
    console.log(`saved ${file}`);
    await h.close();
  }

  // The popup in each language, showing a product page's verdict, and the options page.
  const shown = samples[1];
  for (const lang of ['en', 'ja', 'zh-CN', 'zh-TW']) {
    const h = await launch({ lang });
    h.serve(shown.url, fixtureHtml(FIXTURES, shown.file));
    await h.open(shown.url);
    await h.verdictFor(shown.url);
    const tabId = await h.worker.evaluate(async (url: string) => (await chrome.tabs.query({ url }))[0].id, shown.url);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.verdict').waitFor();
    const file = join(dir, `popup-${lang}.png`);
    await popup.screenshot({ path: file, fullPage: true });
    console.log(`saved ${file}`);
    if (lang === 'en') {
      const options = await h.context.newPage();
      await options.setViewportSize({ width: 820, height: 900 });
      await options.goto(`chrome-extension://${h.extensionId}/options.html`);
      await options.locator('h1').waitFor();
      await options.screenshot({ path: join(dir, 'options-en.png'), fullPage: true });
      console.log(`saved ${join(dir, 'options-en.png')}`);
    }
    await h.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
