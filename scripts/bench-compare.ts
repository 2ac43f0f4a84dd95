/**
 * npm run bench:compare: what the plans-you-viewed feature costs.
 *
 * 1. Remembering, in Node: the background's added work per page read
 *    (turning the verdict into rows, repairing the 300 stored rows and
 *    merging), against classify() of the same page in the same run.
 * 2. The compare page in headless Chromium with 300 remembered plans: the
 *    median time from navigation to the first contentful paint and to all
 *    rows on screen, against the same page with an empty history.
 * Prints a table, then one JSON line.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../lib/classify';
import { withVisit } from '../lib/history/known';
import { mergeViewed, repairViewed, viewedFromVerdict, type Viewed } from '../lib/history/viewed';
import { snap } from '../tests/unit/helpers';
import { FIXTURES, loadManifest } from '../tests/fixtures/manifest';
import { launch } from '../tests/e2e/harness';

declare const chrome: any;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r2 = (n: number) => Math.round(n * 100) / 100;

/** 300 plausible rows from 30 shops in four currencies. */
function history(n = 300): Viewed[] {
  const currencies = ['USD', 'JPY', 'HKD', 'TWD'];
  return Array.from({ length: n }, (_, i) => ({
    url: `https://shop${i % 30}.example/japan/plan-${i}`,
    seenAt: 1_700_000_000_000 + i * 60_000,
    title: `Japan eSIM ${i % 20} GB · ${7 + (i % 24)} days`,
    provider: null,
    dataGb: (i % 20) + 1,
    validityDays: 7 + (i % 24),
    price: 5 + (i % 37) * (i % 4 === 1 ? 150 : 1),
    currency: currencies[i % 4],
    billing: 'one-time' as const,
    topUp: (['yes', 'no', 'unknown'] as const)[i % 3],
    term: 'short-term' as const,
  }));
}

function benchRemember() {
  const entry = loadManifest(join(FIXTURES, 'manifest.json')).find((e) => e.file === 'pages/en/airalo-japan-5gb-7d.html')!;
  const html = readFileSync(join(FIXTURES, entry.file), 'utf8');
  const snapshot = snap(html, entry.url);
  let stored: unknown = history();
  const classifyMs: number[] = [];
  const rememberMs: number[] = [];
  const cloneMs: number[] = [];
  const firstMs: number[] = [];
  for (let i = 0; i < 60; i++) {
    let t = performance.now();
    const v = classify(snapshot);
    classifyMs.push(performance.now() - t);
    // What storage hands back is a fresh copy of what was written (its cost is the storage API's, shown apart).
    t = performance.now();
    const raw = structuredClone(stored);
    cloneMs.push(performance.now() - t);
    t = performance.now();
    stored = withVisit(raw, viewedFromVerdict(v, snapshot.title, 1_800_000_000_000 + i));
    rememberMs.push(performance.now() - t);
    // The first read after the worker started (or after another page changed the list): every row validated.
    t = performance.now();
    mergeViewed(repairViewed(raw).rows, viewedFromVerdict(v, snapshot.title, Date.now()));
    firstMs.push(performance.now() - t);
  }
  const m = (xs: number[]) => median(xs.slice(10));
  return { classify: m(classifyMs), remember: m(rememberMs), clone: m(cloneMs), first: m(firstMs) };
}

async function benchPage() {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  const h = await launch({ lang: 'en' });
  const rows = history();
  const measure = async (n: number) => {
    await h.worker.evaluate(async (r: unknown[]) => chrome.storage.local.set({ viewed: r }), rows.slice(0, n));
    const fcp: number[] = [];
    const shown: number[] = [];
    for (let i = 0; i < 9; i++) {
      const page = await h.context.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/compare.html`);
      // Checked once a frame in the page (a Playwright locator's visibility polling cost more than the page itself).
      const handle = await page.waitForFunction((want: number) => {
        const done = want ? document.querySelectorAll('tbody tr').length === want : !!document.querySelector('.empty');
        return done && performance.now();
      }, n, { polling: 'raf' });
      const shownAt = (await handle.jsonValue()) as number;
      const t = { fcp: await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN), shown: shownAt };
      if (i >= 2) {
        if (Number.isFinite(t.fcp)) fcp.push(t.fcp);
        shown.push(t.shown);
      }
      await page.close();
    }
    return { fcp: median(fcp), shown: median(shown) };
  };
  // Alternated, so that neither set of openings gets a warmer browser than the other.
  const empty = { fcp: [] as number[], shown: [] as number[] };
  const full = { fcp: [] as number[], shown: [] as number[] };
  for (let round = 0; round < 3; round++) {
    for (const [n, into] of [[300, full], [0, empty]] as const) {
      const m = await measure(n);
      into.fcp.push(m.fcp);
      into.shown.push(m.shown);
    }
  }
  await h.close();
  const mid = (m: { fcp: number[]; shown: number[] }) => ({ fcp: median(m.fcp), shown: median(m.shown) });
  return { empty: mid(empty), full: mid(full) };
}

async function main() {
  const rem = benchRemember();
  console.log(`remembering a page (300 stored): median ${r2(rem.remember)} ms (${r2(rem.remember / rem.classify)}× classify of the same page, ${r2(rem.classify)} ms)`);
  console.log(`  first visit after a worker start, every row validated: ${r2(rem.first)} ms; storage's copy of 300 rows: ${r2(rem.clone)} ms`);
  const { empty, full } = await benchPage();
  console.log(`compare page, empty history:  first paint ${r2(empty.fcp)} ms, on screen ${r2(empty.shown)} ms`);
  console.log(`compare page, 300 plans:      first paint ${r2(full.fcp)} ms, all rows on screen ${r2(full.shown)} ms (${r2(full.shown / empty.shown)}× the empty page)`);
  console.log(JSON.stringify({ remember_ms: r2(rem.remember), remember_cold_ms: r2(rem.first), classify_ms: r2(rem.classify), compare_first_paint_ms: r2(full.fcp), compare_rows_ms: r2(full.shown), compare_empty_ms: r2(empty.shown) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
