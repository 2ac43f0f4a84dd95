/**
 * npm run eval -- [main|holdout]: prints every fixture whose classification
 * differs from its manifest, then the accuracy per decision. For working on
 * the engine; the test suite checks the same.
 */
import { join } from 'node:path';
import { FIXTURES, accuracy, loadManifest, runEntry } from '../tests/fixtures/manifest';

const set = process.argv[2] ?? 'main';
const dir = set === 'holdout' ? join(FIXTURES, 'holdout') : FIXTURES;
const outcomes = loadManifest(join(dir, 'manifest.json')).map((e) => runEntry(dir, e));
for (const o of outcomes) {
  if (Object.keys(o.diffs).length) console.log(o.entry.file, JSON.stringify(o.diffs));
}
console.log(JSON.stringify(accuracy(outcomes)));
