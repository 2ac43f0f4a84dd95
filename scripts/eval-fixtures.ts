/**
 * npm run eval [-- SET ...] [--misses] [--json] [--files=REGEX]
 *
 * Scores the engine on every labelled page set and prints, per set and per
 * language: product F1, top-up, term, listing-or-not, each plan fact, pages
 * with every plan fact right, requirements precision and recall, and listing
 * cards; then every page it gets wrong (with --misses, or always for a set
 * named on the command line), except for the blind and holdout sets, whose
 * misses are never printed (nor the listing set's): they are not tuned on. --files=REGEX keeps the
 * pages whose file name matches (one batch: `--files=^(en|ja|zhs|zht)4-`).
 *
 * Sets: main and holdout (tests/fixtures), dev (tests/fixtures/dev: tune on
 * it), blind (tests/fixtures/blind: never tune on it), listings
 * (tests/fixtures/listings: plan grids, card by card), blind2 (a second
 * blind set, written after the tuning of issue 8's second round), blind3 (a
 * third, written before the third round and never tuned on) and corpus
 * (../shared/corpus, when it exists: a development set written outside the
 * project). `npm test` never reads ../shared.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../tests/fixtures/manifest';
import { loadLabelSet, loadManifestSet, type Expectation } from '../tests/fixtures/labels';
import { figuresByLang, scorePage, type Figures, type PageOutcome } from '../tests/fixtures/score';

const CORPUS = join(FIXTURES, '../../../shared/corpus');

/** blind2 … blind18. */
const NUMBERED_BLIND = Array.from({ length: 17 }, (_, i) => `blind${i + 2}`);

const SETS: Record<string, () => Expectation[]> = {
  main: () => loadManifestSet('main', FIXTURES),
  holdout: () => loadManifestSet('holdout', join(FIXTURES, 'holdout')),
  dev: () => loadLabelSet('dev', join(FIXTURES, 'dev')),
  blind: () => loadLabelSet('blind', join(FIXTURES, 'blind')),
  listings: () => loadLabelSet('listings', join(FIXTURES, 'listings')),
  'facts-blind': () => loadLabelSet('facts-blind', join(FIXTURES, 'facts-blind')),
  // The numbered blind sets, each written for one round and never tuned on (their READMEs say when and how).
  ...Object.fromEntries(NUMBERED_BLIND.map((name) => [name, () => (existsSync(join(FIXTURES, name, 'pages')) ? loadLabelSet(name, join(FIXTURES, name)) : [])])),
  corpus: () => (existsSync(CORPUS) ? loadLabelSet('corpus', CORPUS) : []),
};

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const wanted = named.length ? named : Object.keys(SETS);
const showMisses = args.includes('--misses') || named.length > 0;
/** Sets never tuned on: their misses are not printed, so that nobody tunes on them by accident. */
const BLIND = new Set(['blind', 'holdout', 'facts-blind', ...NUMBERED_BLIND, 'listings']);
const asJson = args.includes('--json');
const filesArg = args.find((a) => a.startsWith('--files='));
const onlyFiles = filesArg ? new RegExp(filesArg.slice('--files='.length)) : null;

for (const n of wanted) {
  if (!SETS[n]) {
    console.error(`unknown set "${n}"; sets: ${Object.keys(SETS).join(', ')}`);
    process.exit(2);
  }
}

const fmt = (x: number | null) => (x === null ? '  – ' : x.toFixed(2).padStart(4));

function row(name: string, f: Figures): string {
  const plan = ['dataGb', 'dailyGb', 'unlimited', 'validityDays', 'price', 'currency', 'billing'].map((k) => fmt(f.plan[k] ?? null)).join(' ');
  return [
    name.padEnd(8),
    String(f.pages).padStart(4),
    fmt(f.productF1),
    fmt(f.topUp),
    fmt(f.topUpPageOnly),
    fmt(f.term),
    fmt(f.listing),
    plan,
    fmt(f.planAllRight),
    fmt(f.requirements.precision),
    fmt(f.requirements.recall),
    f.cards.labelled ? `${fmt(f.cards.topUp)} ${fmt(f.cards.term)} (${f.cards.labelled})` : '',
  ].join(' ');
}

const HEADER =
  'lang     pages   F1 topUp page term list data day/d unl  days price cur  bill  all  reqP reqR cardTopUp/term';

const report: Record<string, Record<string, Figures>> = {};
for (const name of wanted) {
  const pages = SETS[name]().filter((p) => !onlyFiles || onlyFiles.test(p.file));
  if (!pages.length) continue;
  const outcomes: PageOutcome[] = pages.map(scorePage);
  report[name] = figuresByLang(outcomes);
  if (asJson) continue;
  console.log(`\n## ${name}`);
  if (showMisses && !BLIND.has(name)) {
    for (const o of outcomes) {
      const bad = o.cards.filter((c) => !c.topUp || !c.term);
      if (!Object.keys(o.diffs).length && !bad.length) continue;
      const cards = bad.map((c) => `card "${c.heading}"${c.found ? '' : ' not found'}`).join('; ');
      console.log(`  ${o.expect.file} ${JSON.stringify(o.diffs)}${cards ? ` ${cards}` : ''}`);
    }
  }
  console.log(HEADER);
  for (const [lang, f] of Object.entries(report[name])) console.log(row(lang, f));
  const facts = report[name].all.facts;
  if (Object.keys(facts).length) {
    console.log('fact                 stated right recall precision');
    for (const [k, f] of Object.entries(facts)) console.log(`${k.padEnd(20)} ${String(f.stated).padStart(6)}  ${fmt(f.right)}  ${fmt(f.recall)}  ${fmt(f.precision)}`);
  }
}
if (asJson) console.log(JSON.stringify(report));
