/**
 * npm run eval:browser [-- SET ...] [--files=REGEX]
 *
 * The labelled sets scored as the extension sees them: each page is loaded in
 * headless Chromium at its own URL (its inline scripts run, as a shop's do),
 * read by the extension's reader and classified, then scored like
 * `npm run eval`. The CLI's DOM (linkedom) runs no script, so grids a page
 * builds with script are missed there and found here. Prints the figures of
 * each set; never the misses (sets never tuned on are scored here too).
 * Default sets: listings, blind2, blind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { FIXTURES } from '../tests/fixtures/manifest';
import { loadLabelSet, type Expectation } from '../tests/fixtures/labels';
import { figures, scoreResult } from '../tests/fixtures/score';
import type { ClassifyLine } from '../lib/cli/classify-file';
import { CHROMIUM_ARGS, chromiumPath } from './bench/chromium';
import { engineBundle } from './bench/engine-bundle';

const SETS: Record<string, string> = {
  listings: join(FIXTURES, 'listings'),
  // blind2 … blind18.
  ...Object.fromEntries(Array.from({ length: 17 }, (_, i) => `blind${i + 2}`).map((name) => [name, join(FIXTURES, name)])),
  corpus: join(FIXTURES, '../../../shared/corpus'),
  blind: join(FIXTURES, 'blind'),
  dev: join(FIXTURES, 'dev'),
  'facts-blind': join(FIXTURES, 'facts-blind'),
};

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '  – ' : x.toFixed(2).padStart(4));

async function main() {
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const filesArg = process.argv.find((a) => a.startsWith('--files='));
  const onlyFiles = filesArg ? new RegExp(filesArg.slice('--files='.length)) : null;
  const wanted = named.length ? named : ['listings', 'blind2', 'blind'];
  for (const n of wanted) if (!SETS[n]) throw new Error(`unknown set "${n}"; sets: ${Object.keys(SETS).join(', ')}`);
  const bundle = await engineBundle();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  let body = '';
  // Every request is the page under test; nothing leaves the machine (images, scripts of other hosts are refused).
  await context.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort()));
  const page = await context.newPage();
  console.log('set          pages   F1 topUp term  all  reqP cards found cTop cTerm');
  for (const name of wanted) {
    const pages: Expectation[] = loadLabelSet(name, SETS[name]).filter((e) => !onlyFiles || onlyFiles.test(e.file));
    const outcomes = [];
    for (const e of pages) {
      body = readFileSync(e.path, 'utf8');
      let result: ClassifyLine;
      try {
        await page.goto(e.url, { waitUntil: 'load', timeout: 15_000 });
        await page.waitForTimeout(100); // scripts that draw after load
        await page.addScriptTag({ content: bundle });
        const verdict = await page.evaluate((url) => (globalThis as any).EsimLensBench.run(url), e.url);
        result = { file: e.file, ms: 0, ...verdict };
      } catch (err) {
        result = { file: e.file, error: String(err).slice(0, 200) };
      }
      outcomes.push(scoreResult(e, result));
    }
    const f = figures(outcomes);
    console.log(
      [name.padEnd(12), String(f.pages).padStart(5), fmt(f.productF1), fmt(f.topUpPageOnly), fmt(f.term), fmt(f.planAllRight), fmt(f.requirements.precision), String(f.cards.labelled).padStart(5), fmt(f.cards.found), fmt(f.cards.topUp), fmt(f.cards.term)].join(' '),
    );
  }
  await browser.close();
}

void main();
