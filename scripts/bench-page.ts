/**
 * npm run bench:page: what the extension costs a page, from a Chromium trace.
 *
 * Opens a matched non-product page and a ~400 KB product page (the bench's
 * generated storefront) with the extension, and the same pages without it,
 * records a trace of each load and sums the thread time of the extension's
 * work on the main thread of the page's own renderer: what the shopper's page
 * pays. That is its script slices (compile, evaluation, callbacks) and its
 * share of microtask checkpoints, where the work after an `await` runs (see
 * extensionMs). Until 2026-12-02 only the slices were counted, which missed
 * the full read of a product page; that figure is still printed beside. The badge renders in an
 * extension frame, in another process; its time is printed beside, as is the
 * longest single piece of extension work on the page's main thread. Prints a
 * table, then as its last line one JSON object: {"script_kb_nonproduct",
 * "main_ms_nonproduct", "main_ms_product", "longest_ms_product", "frame_ms_product",
 * "badge_visible_ms", "main_ms_nonproduct_warm"} (main_ms_nonproduct is the first page
 * of a shop in a fresh renderer; _warm, a further page of the same shop).
 * ESIM_LENS_EXTENSION_DIR measures another build (an older one, to compare).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionMs, mainMs, pagePid, traceLoad, type TraceEvent } from './bench/page-trace';
import { FIXTURES, loadManifest } from '../tests/fixtures/manifest';
import { SHOP_PAGE_URL, shopPage } from '../tests/fixtures/shop-page';
import { EXTENSION_DIR, fixtureHtml, launch } from '../tests/e2e/harness';

/** BENCH_RUNS=1 for a quick look; the figures are medians of 5. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NON_PRODUCT = 'pages/en/airalo-help-top-up.html';
const PRODUCT_BYTES = 400_000;
const LISTING_URL = 'https://www.airalo.com/japan-esim/all-plans';
const LISTING_CARDS = 50;

/** A country page of 50 plan cards in a grid, each with its title, data, days, top-up note and price. */
function listingPage(n: number): string {
  const cards = Array.from({ length: n }, (_, i) => {
    const gb = [1, 3, 5, 10, 20][i % 5];
    const days = [7, 15, 30][i % 3];
    const unlimited = i % 7 === 6;
    return `<div class="plan-tile"><h3>Japan ${unlimited ? 'Unlimited' : `${gb} GB`} · ${days} days #${i + 1}</h3><p>Data: ${unlimited ? 'Unlimited' : `${gb} GB`}</p><p>Validity: ${days} days</p><p>Top-up: ${unlimited ? 'not available' : 'available'}</p><p>US$${(4 + i * 0.75).toFixed(2)}</p><button type="button">Buy now</button></div>`;
  }).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Japan eSIM plans | Airalo</title><style>.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}.plan-tile{border:1px solid #ccc;padding:10px}</style></head><body><h1>Japan eSIM plans</h1><p>Choose a package.</p><div class="grid">${cards}</div></body></html>`;
}

/**
 * The least any extension of this kind costs: an MV3 extension whose content script, on the same shop,
 * only reads the page's title (what a detector must at least do). Its figure is the floor for ours.
 */
function bareExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bare-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'bare',
    version: '1.0',
    background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['*://*.airalo.com/*'], js: ['cs.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(join(dir, 'cs.js'), 'void document.title;');
  return dir;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r2 = (n: number) => Math.round(n * 100) / 100;

async function main() {
  if (!process.argv.includes('--no-build') && !process.env.ESIM_LENS_EXTENSION_DIR) execSync('npx wxt build', { stdio: 'inherit' });
  const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
  const nonProduct = manifest.find((e) => e.file === NON_PRODUCT)!;
  const nonProductHtml = fixtureHtml(FIXTURES, nonProduct.file);
  const productHtml = shopPage(PRODUCT_BYTES);
  const productUrl = SHOP_PAGE_URL;

  const results: Record<string, number[]> = { productSlices: [], nonproduct: [], nonproductWarm: [], product: [], longest: [], frame: [], badge: [], bare: [], listingOff: [], listingOn: [], listingAdded: [], listingLongest: [] };
  const bareDir = bareExtension();
  for (let run = 0; run < RUNS; run++) {
    const h = await launch({ extensionDir: bareDir });
    h.serve(nonProduct.url, nonProductHtml);
    const page = await h.context.newPage();
    const events = await traceLoad(page, nonProduct.url, async () => {});
    const pid = pagePid(events, nonProduct.url);
    results.bare.push(extensionMs(events, (u) => u.startsWith(`chrome-extension://${h.extensionId}/`), (p) => p === pid).total);
    await h.close();
  }
  rmSync(bareDir, { recursive: true, force: true });
  for (let run = 0; run < RUNS; run++) {
    const h = await launch({ lang: 'en' });
    const ext = `chrome-extension://${h.extensionId}/`;
    const fromExt = (u: string) => u.startsWith(ext);
    h.serve(nonProduct.url, nonProductHtml);
    h.serve(nonProduct.url + '?again', nonProductHtml);
    h.serve(productUrl, productHtml);
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      // When did the badge appear? (page time, ms since navigation start)
      new MutationObserver((_, obs) => {
        const host = document.querySelector('esim-lens-badge[data-top-up]');
        if (host) {
          (window as any).__badgeAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    const inPage = (events: TraceEvent[], url: string) => {
      const pid = pagePid(events, url);
      return (p: number) => p === pid;
    };
    const np = await traceLoad(page, nonProduct.url, async () => {});
    results.nonproduct.push(extensionMs(np, fromExt, inPage(np, nonProduct.url)).total);
    // The same kind of page again in the same tab: the renderer has the script's code cached,
    // as when a shopper moves between pages of a shop.
    const warm = await traceLoad(page, nonProduct.url + '?again', async () => {});
    results.nonproductWarm.push(extensionMs(warm, fromExt, inPage(warm, nonProduct.url + '?again')).total);
    const pr = await traceLoad(page, productUrl, (p) => p.locator('esim-lens-badge[data-top-up]').waitFor({ state: 'attached' }));
    const onPage = inPage(pr, productUrl);
    const own = extensionMs(pr, fromExt, onPage);
    results.productSlices.push(mainMs(pr, fromExt, onPage).total);
    results.product.push(own.total);
    results.longest.push(own.longest);
    // The badge's frame renders in the extension's own renderer, off the page's main thread.
    results.frame.push(mainMs(pr, fromExt, (p) => !onPage(p)).total);
    results.badge.push(await page.evaluate(() => (window as any).__badgeAt as number));
    // A 50-card listing, card chips off then on: what the chips add beyond the badge.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const chipsSetting = (on: boolean) =>
      options.evaluate(async (v) => {
        const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: { display?: Record<string, unknown> } };
        const next = settings ?? {};
        await chrome.storage.sync.set({ settings: { ...next, display: { ...(next.display ?? {}), cardChips: v } } });
      }, on);
    const chipsIn = (p: Page) => p.waitForFunction((n) => document.querySelectorAll('esim-lens-card').length >= n, Math.min(LISTING_CARDS, 12));
    // One unmeasured load first, so that neither side of the pair pays for the card finder's first (cold) run;
    // then chips off and on in turn, twice: the pair's difference is the chips' cost, and its median over runs is
    // steadier than the difference of two medians on a busy machine.
    await chipsSetting(false);
    h.serve(`${LISTING_URL}?warm`, listingPage(LISTING_CARDS));
    await traceLoad(page, `${LISTING_URL}?warm`, (p) => p.locator('esim-lens-badge[data-placed]').waitFor({ state: 'attached' }));
    for (let pair = 0; pair < 2; pair++) {
      const offUrl = `${LISTING_URL}?off${pair}`;
      const onUrl = `${LISTING_URL}?chips${pair}`;
      h.serve(offUrl, listingPage(LISTING_CARDS));
      h.serve(onUrl, listingPage(LISTING_CARDS));
      const loadOff = async () => {
        await chipsSetting(false);
        const off = await traceLoad(page, offUrl, (p) => p.locator('esim-lens-badge[data-placed]').waitFor({ state: 'attached' }));
        return extensionMs(off, fromExt, inPage(off, offUrl)).total;
      };
      const loadOn = async () => {
        await chipsSetting(true);
        const on = await traceLoad(page, onUrl, async (p) => {
          await p.locator('esim-lens-badge[data-placed]').waitFor({ state: 'attached' });
          await chipsIn(p);
        });
        return extensionMs(on, fromExt, inPage(on, onUrl));
      };
      // Off first in one pair, on first in the other: whatever the first load of a pair pays falls on both sides.
      let offMs: number;
      let withChips: ReturnType<typeof extensionMs>;
      if (pair % 2 === 0) {
        offMs = await loadOff();
        withChips = await loadOn();
      } else {
        withChips = await loadOn();
        offMs = await loadOff();
      }
      results.listingOff.push(offMs);
      results.listingOn.push(withChips.total);
      results.listingAdded.push(withChips.total - offMs);
      results.listingLongest.push(withChips.longest);
    }
    await h.close();
  }

  // The same pages without the extension: what the page costs by itself.
  const { chromium } = await import('playwright-core');
  const { chromiumPath, CHROMIUM_ARGS } = await import('./bench/chromium');
  const plain = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const baseline: Record<string, number[]> = { nonproduct: [], product: [] };
  for (let run = 0; run < RUNS; run++) {
    const ctx = await plain.newContext();
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      const body = url === nonProduct.url ? nonProductHtml : url === productUrl ? productHtml : null;
      return body ? route.fulfill({ body, contentType: 'text/html; charset=utf-8' }) : route.fulfill({ status: 404, body: '' });
    });
    const page = await ctx.newPage();
    baseline.nonproduct.push(mainMs(await traceLoad(page, nonProduct.url, async () => {}), () => true).total);
    baseline.product.push(mainMs(await traceLoad(page, productUrl, async () => {}), () => true).total);
    await ctx.close();
  }
  await plain.close();

  const kb = (f: string) => statSync(join(EXTENSION_DIR, f)).size / 1024;
  // Builds before the split of detector and reader kept both in content-scripts/detect.js.
  const split = existsSync(join(EXTENSION_DIR, 'detect.js'));
  const scriptKbNonProduct = split ? kb('detect.js') : kb('content-scripts/detect.js');
  // Builds before the reader started the badge's host injected a badge script of their own.
  const badgeScript = existsSync(join(EXTENSION_DIR, 'content-scripts/badge.js')) ? kb('content-scripts/badge.js') : 0;
  const scriptKbProduct = scriptKbNonProduct + badgeScript + (split ? kb('content-scripts/read.js') : 0);
  const m = (k: string) => r2(median(results[k]));
  console.log(`extension build: ${EXTENSION_DIR}`);
  console.log('page          ext scripts KB   ext main-thread ms   page\'s own script ms (without the extension)');
  console.log(`non-product   ${r2(scriptKbNonProduct).toFixed(1).padStart(14)}   ${m('nonproduct').toFixed(2).padStart(18)}   ${r2(median(baseline.nonproduct)).toFixed(2)}`);
  console.log(`  …again      ${r2(scriptKbNonProduct).toFixed(1).padStart(14)}   ${m('nonproductWarm').toFixed(2).padStart(18)}   (a further page of the same shop: code cached)`);
  console.log(`  a bare content script that reads the title: ${m('bare').toFixed(2)} ms (ratio ${r2(m('nonproduct') / m('bare')).toFixed(2)})`);
  console.log(`product 400KB ${r2(scriptKbProduct).toFixed(1).padStart(14)}   ${m('product').toFixed(2).padStart(18)}   ${r2(median(baseline.product)).toFixed(2)}`);
  console.log(`  longest piece of extension work on the page's main thread: ${m('longest').toFixed(2)} ms`);
  console.log(`  (counted by script slices only, as this bench did before 2026-12-02, which misses work after an await: ${m('productSlices').toFixed(2)} ms)`);
  console.log(`  the badge's frame, in the extension's own process: ${m('frame').toFixed(2)} ms`);
  console.log(`badge visible ${m('badge').toFixed(1)} ms after navigation start (median of ${RUNS})`);
  console.log(`listing of ${LISTING_CARDS} cards: ${m('listingOff').toFixed(2)} ms without card chips, ${m('listingOn').toFixed(2)} ms with them (chips add ${m('listingAdded').toFixed(2)} ms, the median of each pair's difference; longest piece ${m('listingLongest').toFixed(2)} ms)`);
  console.log(
    JSON.stringify({
      script_kb_nonproduct: r2(scriptKbNonProduct),
      main_ms_nonproduct: m('nonproduct'),
      main_ms_product: m('product'),
      longest_ms_product: m('longest'),
      frame_ms_product: m('frame'),
      main_ms_nonproduct_warm: m('nonproductWarm'),
      bare_ms_nonproduct: m('bare'),
      ratio_nonproduct: r2(m('nonproduct') / m('bare')),
      badge_visible_ms: m('badge'),
      listing_ms_no_chips: m('listingOff'),
      listing_ms_chips: m('listingOn'),
      chips_ms_added: m('listingAdded'),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
