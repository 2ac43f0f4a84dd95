import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certainlyNotProduct } from '../../lib/classify/glance';
import { glance } from '../../lib/page/glance';
import { FIXTURES, loadManifest } from '../fixtures/manifest';
import { doc } from './helpers';

const sets = [
  { dir: FIXTURES, entries: loadManifest(join(FIXTURES, 'manifest.json')) },
  { dir: join(FIXTURES, 'holdout'), entries: loadManifest(join(FIXTURES, 'holdout', 'manifest.json')) },
];

describe('the first glance', () => {
  it('never rules out a page that is an eSIM plan, and rules out some that are not', () => {
    let skipped = 0;
    for (const { dir, entries } of sets) {
      for (const e of entries) {
        const g = glance(doc(readFileSync(join(dir, e.file), 'utf8')), e.url);
        if (certainlyNotProduct(g)) {
          expect(e.expect.isEsimProduct, e.file).toBe(false);
          skipped++;
        }
      }
    }
    expect(skipped).toBeGreaterThanOrEqual(8);
  });

  it('reads title, h1 and meta tags only', () => {
    const g = glance(doc('<html><head><title> T </title><meta name="description" content="D"><meta property="og:type" content="article"></head><body><h1>H <b>1</b></h1><p>ignored</p></body></html>'), 'https://x.example/a');
    expect(g).toEqual({ url: 'https://x.example/a', title: 'T', h1: 'H 1', description: 'D', ogTitle: '', ogType: 'article' });
    // The first h1 and the first of each meta tag, wherever they stand.
    const two = glance(doc('<html><head><meta property="og:title" content="A"><meta property="og:title" content="B"></head><body><h1>First</h1><h1>Second</h1></body></html>'), 'https://x.example/b');
    expect([two.h1, two.ogTitle]).toEqual(['First', 'A']);
  });
});
