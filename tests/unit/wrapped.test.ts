import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../lib/cli/classify-file';
import { FIXTURES, loadManifest } from '../fixtures/manifest';
import { wrapInChrome, type WrapStyle } from '../fixtures/wrap';

const main = loadManifest(join(FIXTURES, 'manifest.json'));
const holdoutDir = join(FIXTURES, 'holdout');
const holdout = loadManifest(join(holdoutDir, 'manifest.json'));
const STYLES: WrapStyle[] = ['semantic', 'div-classes', 'plain-links'];

function verdictOf(dir: string, file: string, url: string, style: WrapStyle) {
  const r = classifyHtml(file, wrapInChrome(readFileSync(join(dir, file), 'utf8'), style), url);
  if ('error' in r) throw new Error(r.error);
  return { isEsimProduct: r.isEsimProduct, topUp: r.topUp.value, term: r.term.value };
}

describe('pages wrapped in shop chrome keep their verdict', () => {
  for (const style of STYLES) {
    it(`every main fixture, wrapped (${style})`, () => {
      const wrong = main
        .map((e) => ({ file: e.file, want: { isEsimProduct: e.expect.isEsimProduct, topUp: e.expect.topUp, term: e.expect.term }, got: verdictOf(FIXTURES, e.file, e.url, style) }))
        .filter((x) => JSON.stringify(x.want) !== JSON.stringify(x.got));
      expect(wrong).toEqual([]);
    });
  }

  it('reports the wrapped holdout accuracy', () => {
    for (const style of STYLES) {
      const out = holdout.map((e) => ({ e, got: verdictOf(holdoutDir, e.file, e.url, style) }));
      const acc = (k: 'isEsimProduct' | 'topUp' | 'term') => out.filter(({ e, got }) => got[k] === e.expect[k]).length / out.length;
      console.log(`holdout wrapped (${style}): ${JSON.stringify({ isEsimProduct: acc('isEsimProduct'), topUp: acc('topUp'), term: acc('term') })}`);
      expect(acc('isEsimProduct')).toBeGreaterThanOrEqual(0.75);
    }
  });
});
