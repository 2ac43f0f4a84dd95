/**
 * npm run demo [-- --screenshots DIR | --store DIR]
 * Builds the extension, then opens Chromium with it on bundled sample shop
 * pages (served at their real shop URLs, nothing goes to the network). With
 * --screenshots, or when there is no display, it runs headless and saves a
 * screenshot of each sample page (badge open) instead. With --store it saves
 * the 1280×800 screenshots the stores ask for (docs/store/screenshots).
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES, loadManifest } from '../tests/fixtures/manifest';
import { openBadge, fixtureHtml, launch } from '../tests/e2e/harness';

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
  const s = args.indexOf('--store');
  if (s >= 0) {
    execSync('npx wxt build', { stdio: 'inherit' });
    return storeShots(resolve(args[s + 1] ?? 'docs/store/screenshots'));
  }
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
    // The pill is plain DOM in the page; the open badge is the frame its click builds.
    await openBadge(page);
    await page.waitForTimeout(400);
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
      // The compare page, after visiting every sample page.
      for (const e of samples) {
        h.serve(e.url, fixtureHtml(FIXTURES, e.file));
        const tab = await h.open(e.url);
        await h.verdictFor(e.url);
        await tab.waitForTimeout(300); // remembered just after the verdict
        await tab.close();
      }
      const compare = await h.context.newPage();
      await compare.setViewportSize({ width: 1100, height: 700 });
      await compare.goto(`chrome-extension://${h.extensionId}/compare.html`);
      await compare.locator('tbody tr').first().waitFor();
      await compare.click('[data-sort="pricePerDay"]');
      await compare.screenshot({ path: join(dir, 'compare-en.png'), fullPage: true });
      console.log(`saved ${join(dir, 'compare-en.png')}`);
    }
    await h.close();
  }
}

/**
 * The stores' screenshots, 1280×800 each: the badge open on shop pages in
 * three languages, and the popup and the options page shown at their size on
 * a plain backdrop with a one-line caption.
 */
async function storeShots(dir: string) {
  mkdirSync(dir, { recursive: true });
  const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
  const byFile = (f: string) => manifest.find((e) => e.file === f)!;
  const pages = [
    { file: 'pages/en/airalo-japan-unlimited-7d.html', lang: 'en', name: '1-badge-en' },
    { file: 'pages/ja/sakura-mobile-travel-esim-7days.html', lang: 'ja', name: '2-badge-ja' },
    { file: 'pages/zh/zh-hans-trip-japan-esim-oneoff.html', lang: 'zh-CN', name: '3-badge-zh-CN' },
  ];
  for (const p of pages) {
    const e = byFile(p.file);
    const h = await launch({ lang: p.lang });
    h.serve(e.url, fixtureHtml(FIXTURES, e.file));
    const page = await h.open(e.url);
    // The pill is plain DOM in the page; the open badge is the frame its click builds.
    await openBadge(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(dir, `${p.name}.png`) });
    console.log(`saved ${join(dir, `${p.name}.png`)}`);
    await h.close();
  }
  // Popup and options: their own size, framed on a 1280×800 canvas.
  const e = byFile('pages/en/nomad-japan-3gb-15d.html');
  const h = await launch({ lang: 'en' });
  h.serve(e.url, fixtureHtml(FIXTURES, e.file));
  await h.open(e.url);
  await h.verdictFor(e.url);
  const tabId = await h.worker.evaluate(async (url: string) => (await chrome.tabs.query({ url }))[0].id, e.url);
  const shots: Array<{ name: string; caption: string; png: Buffer; width: number }> = [];
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.verdict').waitFor();
  shots.push({ name: '4-popup-en', caption: 'The popup: this page\'s verdict, the buying checklist, top-up steps and phone tips', png: await popup.screenshot(), width: 380 });
  const options = await h.context.newPage();
  await options.setViewportSize({ width: 820, height: 720 });
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.locator('h1').waitFor();
  shots.push({ name: '5-options-en', caption: 'Options: where the badge sits, which shops, your trip and phone, the language', png: await options.screenshot(), width: 820 });
  const canvas = await h.context.newPage();
  await canvas.setViewportSize({ width: 1280, height: 800 });
  for (const shot of shots) {
    await canvas.setContent(
      `<body style="margin:0;height:800px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:16px;background:#eef2f6;font:600 20px system-ui,sans-serif;color:#1f2328">` +
        `<img src="data:image/png;base64,${shot.png.toString('base64')}" width="${shot.width}" style="box-shadow:0 8px 28px rgba(0,0,0,.25);border-radius:8px">` +
        `<div>${shot.caption}</div></body>`,
    );
    await canvas.screenshot({ path: join(dir, `${shot.name}.png`) });
    console.log(`saved ${join(dir, `${shot.name}.png`)}`);
  }
  await h.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
