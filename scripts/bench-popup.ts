/**
 * npm run bench:popup: how fast the popup paints. Opens the built popup page
 * repeatedly in headless Chromium (with a product page's verdict waiting for
 * it) and prints the median time from navigation start to the first
 * contentful paint and to the verdict being on screen, then a JSON line.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES, loadManifest } from '../tests/fixtures/manifest';
import { fixtureHtml, launch } from '../tests/e2e/harness';

declare const chrome: any;
const RUNS = 15;

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  const product = loadManifest(join(FIXTURES, 'manifest.json')).find((e) => e.file === 'pages/en/airalo-japan-5gb-7d.html')!;
  const h = await launch({ lang: 'en' });
  h.serve(product.url, fixtureHtml(FIXTURES, product.file));
  await h.open(product.url);
  await h.verdictFor(product.url);
  const tabId = await h.worker.evaluate(async (url: string) => (await chrome.tabs.query({ url }))[0].id, product.url);
  const fcp: number[] = [];
  const verdict: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await page.locator('.verdict').waitFor();
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      now: performance.now(),
    }));
    // Time at which the verdict was in the DOM: the paint that follows shows it.
    const shown = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
    if (i >= 2) {
      if (Number.isFinite(t.fcp)) fcp.push(t.fcp);
      verdict.push(Math.min(shown, t.now));
    }
    await page.close();
  }
  await h.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  console.log(`popup first contentful paint: median ${r1(median(fcp))} ms, max ${r1(Math.max(...fcp))} ms over ${fcp.length} of ${RUNS} openings that reported it`);
  console.log(`popup verdict on screen by:   median ${r1(median(verdict))} ms`);
  console.log(JSON.stringify({ popup_first_paint_ms: r1(median(fcp)), popup_verdict_ms: r1(median(verdict)) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
