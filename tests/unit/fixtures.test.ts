import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, accuracy, loadManifest, runEntry } from '../fixtures/manifest';

const main = loadManifest(join(FIXTURES, 'manifest.json'));
const holdoutDir = join(FIXTURES, 'holdout');
const holdout = loadManifest(join(holdoutDir, 'manifest.json'));

describe('fixture set', () => {
  it('is as large and as varied as the issue asks', () => {
    expect(main.length).toBeGreaterThanOrEqual(80);
    expect(main.filter((e) => e.lang === 'ja').length).toBeGreaterThanOrEqual(15);
    expect(main.filter((e) => e.lang.startsWith('zh')).length).toBeGreaterThanOrEqual(15);
    expect(main.filter((e) => !e.expect.isEsimProduct).length).toBeGreaterThanOrEqual(25);
    expect(holdout.length).toBeGreaterThanOrEqual(20);
    const covers = new Set(main.flatMap((e) => e.covers));
    for (const pitfall of ['negation', 'plan-specific-rule', 'thirty-days', 'monthly-contract', 'listing', 'json-ld', 'hidden-faq', 'phone-product', 'physical-sim', 'pocket-wifi', 'guide', 'not-validity', 'marketplace']) {
      expect(covers, pitfall).toContain(pitfall);
    }
  });

  for (const entry of main) {
    it(`${entry.file} → ${entry.expect.isEsimProduct ? `${entry.expect.topUp} / ${entry.expect.term}` : 'not a product'}`, () => {
      const { diffs } = runEntry(FIXTURES, entry);
      expect(diffs).toEqual({});
    });
  }
});

describe('holdout set (never used to tune the engine)', () => {
  it('reports its accuracy on the three decisions', () => {
    const acc = accuracy(holdout.map((e) => runEntry(holdoutDir, e)));
    console.log(`holdout accuracy: ${JSON.stringify(acc)}`);
    // A floor that catches a broken engine, not a target: the figures go into the closing note.
    expect(acc.isEsimProduct).toBeGreaterThanOrEqual(0.75);
    expect(acc.topUp).toBeGreaterThanOrEqual(0.7);
    expect(acc.term).toBeGreaterThanOrEqual(0.75);
  });
});
