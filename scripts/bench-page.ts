/**
 * npm run bench:page: what the extension costs a page, from a Chromium trace.
 *
 * Opens a matched non-product page and a product page with the extension,
 * and the same pages without it, records a trace of each load and sums the
 * main-thread time of script work whose source is the extension (compile,
 * evaluation, callbacks). Prints a table, then as its last line one JSON
 * object: {"script_kb_nonproduct", "main_ms_nonproduct", "main_ms_product", "badge_visible_ms"}
 * (main_ms_nonproduct is the first page of a shop in a fresh renderer; main_ms_nonproduct_warm,
 * a further page of the same shop, is printed beside it).
 */
import { execSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, loadManifest } from '../tests/fixtures/manifest';
import { EXTENSION_DIR, fixtureHtml, launch } from '../tests/e2e/harness';

const RUNS = 5;
const NON_PRODUCT = 'pages/en/airalo-help-top-up.html';
const PRODUCT = 'pages/en/airalo-japan-5gb-7d.html';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

async function traceLoad(page: Page, url: string, waitFor: (p: Page) => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline'] },
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(page);
  await page.waitForTimeout(1500); // let document_idle scripts, messages and the badge finish
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

/**
 * Milliseconds of script work on renderer main threads whose source URL
 * matches: compile, evaluation and callbacks, counted as thread time (what
 * the work cost the page, not time spent waiting), nested slices once.
 */
function mainMs(events: TraceEvent[], match: (url: string) => boolean): number {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && (e as any).args?.name === 'CrRendererMain').map((e) => e.tid));
  const slices = events
    .filter((e) => e.ph === 'X' && mains.has(e.tid))
    .filter((e) => ['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'EventDispatch', 'FireIdleCallback', 'V8.Execute'].includes(e.name))
    .filter((e) => {
      const u = e.args?.data?.url ?? e.args?.data?.scriptName ?? (e.args as any)?.fileName ?? '';
      return u && match(u);
    })
    .map((e) => ({ tid: e.tid, start: e.ts, end: e.ts + (e.dur ?? 0), cpu: (e as any).tdur ?? e.dur ?? 0 }))
    .sort((a, b) => a.tid - b.tid || a.start - b.start);
  let total = 0;
  let end = -Infinity;
  let tid = -1;
  for (const s of slices) {
    if (s.tid !== tid) {
      tid = s.tid;
      end = -Infinity;
    }
    if (s.end <= end) continue; // nested in a slice already counted
    total += s.cpu;
    end = s.end;
  }
  return total / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r2 = (n: number) => Math.round(n * 100) / 100;

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  const manifest = loadManifest(join(FIXTURES, 'manifest.json'));
  const byFile = (f: string) => manifest.find((e) => e.file === f)!;
  const nonProduct = byFile(NON_PRODUCT);
  const product = byFile(PRODUCT);

  const results: Record<string, number[]> = { nonproduct: [], nonproductWarm: [], product: [], badge: [] };
  for (let run = 0; run < RUNS; run++) {
    const h = await launch({ lang: 'en' });
    const ext = `chrome-extension://${h.extensionId}/`;
    for (const e of [nonProduct, product]) h.serve(e.url, fixtureHtml(FIXTURES, e.file));
    h.serve(nonProduct.url + '?again', fixtureHtml(FIXTURES, nonProduct.file));
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
    const np = await traceLoad(page, nonProduct.url, async () => {});
    results.nonproduct.push(mainMs(np, (u) => u.startsWith(ext)));
    // The same kind of page again in the same tab: the renderer has the script's code cached,
    // as when a shopper moves between pages of a shop.
    const warm = await traceLoad(page, nonProduct.url + '?again', async () => {});
    results.nonproductWarm.push(mainMs(warm, (u) => u.startsWith(ext)));
    const pr = await traceLoad(page, product.url, (p) => p.locator('esim-lens-badge[data-top-up]').waitFor({ state: 'attached' }));
    results.product.push(mainMs(pr, (u) => u.startsWith(ext)));
    results.badge.push(await page.evaluate(() => (window as any).__badgeAt as number));
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
      const e = [nonProduct, product].find((x) => x.url === route.request().url());
      return e ? route.fulfill({ body: fixtureHtml(FIXTURES, e.file), contentType: 'text/html; charset=utf-8' }) : route.fulfill({ status: 404, body: '' });
    });
    const page = await ctx.newPage();
    baseline.nonproduct.push(mainMs(await traceLoad(page, nonProduct.url, async () => {}), () => true));
    baseline.product.push(mainMs(await traceLoad(page, product.url, async () => {}), () => true));
    await ctx.close();
  }
  await plain.close();

  const kb = (f: string) => statSync(join(EXTENSION_DIR, f)).size / 1024;
  const scriptKbNonProduct = kb('content-scripts/detect.js');
  const scriptKbProduct = scriptKbNonProduct + kb('content-scripts/badge.js');
  console.log('page          ext scripts KB   ext main-thread ms   page\'s own script ms (without the extension)');
  console.log(`non-product   ${r2(scriptKbNonProduct).toFixed(1).padStart(14)}   ${r2(median(results.nonproduct)).toFixed(2).padStart(18)}   ${r2(median(baseline.nonproduct)).toFixed(2)}`);
  console.log(`  …again      ${r2(scriptKbNonProduct).toFixed(1).padStart(14)}   ${r2(median(results.nonproductWarm)).toFixed(2).padStart(18)}   (a further page of the same shop: code cached)`);
  console.log(`product       ${r2(scriptKbProduct).toFixed(1).padStart(14)}   ${r2(median(results.product)).toFixed(2).padStart(18)}   ${r2(median(baseline.product)).toFixed(2)}`);
  console.log(`badge visible ${r2(median(results.badge)).toFixed(1)} ms after navigation start (median of ${RUNS})`);
  console.log(
    JSON.stringify({
      script_kb_nonproduct: r2(scriptKbNonProduct),
      main_ms_nonproduct: r2(median(results.nonproduct)),
      main_ms_product: r2(median(results.product)),
      main_ms_nonproduct_warm: r2(median(results.nonproductWarm)),
      badge_visible_ms: r2(median(results.badge)),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
