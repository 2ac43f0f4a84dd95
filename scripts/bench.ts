/**
 * npm run bench: the engine's cost in a real page, against a floor.
 *
 * Generates shop pages of about 40 KB, 400 KB and 4 MB of HTML, opens each in
 * headless Chromium and measures, in the page, the median over repeated runs
 * of (a) the floor: document.body.textContent plus one pass of one regex (the
 * first engine's anchor, the stems every phrase contained: a keyword scan with
 * no structure, the least a classifier of this page could do; frozen in
 * bench/floor-anchor.ts), and (b) the
 * engine's read + classify. Prints a table, then as its last line one
 * JSON object with the figures the issue tracks.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './bench/chromium';
import { engineBundle } from './bench/engine-bundle';
import { SHOP_PAGE_URL, shopPage } from '../tests/fixtures/shop-page';
import { FLOOR_ANCHOR } from './bench/floor-anchor';

const SIZES = [
  { name: '40k', bytes: 40_000, runs: 40 },
  { name: '400k', bytes: 400_000, runs: 25 },
  { name: '4m', bytes: 4_000_000, runs: 12 },
];

// Runs inside the page. Kept as source text: tsx would wrap functions in helpers the page lacks.
const IN_PAGE = `({ runs, url, anchorSource }) => {
  const anchor = new RegExp(anchorSource, 'gi');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const floor = [];
  const bare = [];
  const engine = [];
  const reader = [];
  const classifier = [];
  let verdict;
  let sink = 0;
  for (let i = 0; i < runs + 2; i++) {
    let t = performance.now();
    const text = document.body.textContent || '';
    sink += (text.match(anchor) || []).length;
    const f = performance.now() - t;
    t = performance.now();
    sink += ((document.body.textContent || '').match(/esim/gi) || []).length;
    const b = performance.now() - t;
    t = performance.now();
    const snapshot = window.EsimLensBench.read(url);
    const r = performance.now() - t;
    t = performance.now();
    verdict = window.EsimLensBench.judge(snapshot);
    const c = performance.now() - t;
    if (i >= 2) { floor.push(f); bare.push(b); engine.push(r + c); reader.push(r); classifier.push(c); }
  }
  return {
    floorMedian: median(floor), bareMedian: median(bare), engineMedian: median(engine), engineMax: Math.max(...engine),
    readMedian: median(reader), classifyMedian: median(classifier),
    verdict: { isEsimProduct: verdict.isEsimProduct, topUp: verdict.topUp.value, term: verdict.term.value }, sink,
  };
}`;

interface Figures {
  floorMedian: number;
  /** textContent plus /esim/gi: shown for comparison, not the floor. */
  bareMedian: number;
  engineMedian: number;
  engineMax: number;
  /** The engine's two halves: reading the page (content script) and classifying the snapshot (background). */
  readMedian: number;
  classifyMedian: number;
  verdict: { isEsimProduct: boolean; topUp: string; term: string };
}

async function main() {
  const bundle = await engineBundle();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const pages: Record<string, string> = {};
  await context.route('https://**/*', (route) => {
    const body = pages[route.request().url()];
    return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort();
  });

  const results: Record<string, Figures & { bytes: number }> = {};
  const near = 'top up top-u cannot be top no top- チャージでき 不支持充 月額 /mont 7 day 5G '.repeat(14_000);
  const cases = [
    ...SIZES.map((s) => ({ ...s, html: shopPage(s.bytes) })),
    { name: 'adversarial-1m', bytes: 0, runs: 12, html: `<!doctype html><html><head><title>Japan eSIM</title></head><body><h1>Japan eSIM</h1><p>${near}</p></body></html>` },
  ];
  for (const c of cases) {
    const url = `${SHOP_PAGE_URL}?${c.name}`;
    pages[url] = c.html;
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: bundle });
    const figures = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ runs: c.runs, url, anchorSource: FLOOR_ANCHOR })})`)) as Figures;
    results[c.name] = { ...figures, bytes: c.html.length };
    await page.close();
  }
  await browser.close();

  const r2 = (n: number) => Math.round(n * 100) / 100;
  console.log('page            bytes      floor ms   engine ms   ratio   engine max   read ms  classify ms   /esim/ scan ms   verdict');
  for (const [name, f] of Object.entries(results)) {
    console.log(
      `${name.padEnd(15)} ${String(f.bytes).padStart(9)}  ${r2(f.floorMedian).toFixed(2).padStart(9)}  ${r2(f.engineMedian).toFixed(2).padStart(10)}  ${r2(f.engineMedian / f.floorMedian).toFixed(2).padStart(6)}  ${r2(f.engineMax).toFixed(2).padStart(11)}  ${r2(f.readMedian).toFixed(2).padStart(7)}  ${r2(f.classifyMedian).toFixed(2).padStart(11)}  ${r2(f.bareMedian).toFixed(2).padStart(15)}   ${f.verdict.isEsimProduct ? `${f.verdict.topUp}/${f.verdict.term}` : 'not a product'}`,
    );
  }
  const k = results['400k'];
  const m = results['4m'];
  console.log(
    JSON.stringify({
      floor_ms_400k: r2(k.floorMedian),
      engine_ms_400k: r2(k.engineMedian),
      ratio_400k: r2(k.engineMedian / k.floorMedian),
      floor_ms_4m: r2(m.floorMedian),
      engine_ms_4m: r2(m.engineMedian),
      ratio_4m: r2(m.engineMedian / m.floorMedian),
      max_ms_4m: r2(m.engineMax),
      read_ms_400k: r2(k.readMedian),
      classify_ms_400k: r2(k.classifyMedian),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
