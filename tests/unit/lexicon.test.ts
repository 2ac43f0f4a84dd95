import { describe, expect, it } from 'vitest';
import raw from '../../data/lexicon.json';
import { LexiconSchema, compileLexicon, lexicon, SIGNALS, REQUIREMENTS } from '../../lib/data/lexicon';
import { negatorsOf, scanPair } from '../../lib/classify/evidence';
import { normalize } from '../../lib/text/normalize';

const lex = lexicon();

describe('data/lexicon.json', () => {
  it('passes its schema', () => {
    expect(() => LexiconSchema.parse(raw)).not.toThrow();
  });

  it('has phrases in English, Japanese and Chinese for every decision', () => {
    for (const s of ['topUpNo', 'topUpYes', 'termContract', 'termShort', 'buy', 'article'] as const) {
      const langs = new Set(lex.signals[s].map((p) => p.lang));
      expect([...langs].sort(), s).toEqual(expect.arrayContaining(['en', 'ja', 'zh']));
    }
    for (const r of REQUIREMENTS) {
      expect(new Set(lex.requirements[r].map((p) => p.lang)).size, r).toBe(3);
    }
  });

  it('keeps its anchor in step with the phrases: every example contains an anchor stem', () => {
    const scanned = (['topUpNo', 'topUpYes', 'termContract', 'termShort', 'unlimitedQualifier', 'fixedQualifier'] as const).flatMap((s) => lex.signals[s]);
    for (const p of [...scanned, ...REQUIREMENTS.flatMap((r) => lex.requirements[r])]) {
      for (const ex of p.examples) expect(lex.anchor.test(normalize(ex)), `${p.id}: ${ex}`).toBe(true);
    }
  });

  it('has unique phrase ids', () => {
    const ids = SIGNALS.flatMap((s) => lex.signals[s].map((p) => `${s}:${p.id}`));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a pattern that is not a regular expression', () => {
    const bad = structuredClone(raw) as typeof raw;
    bad.signals.topUpYes[0].pattern = '(unclosed';
    expect(() => compileLexicon(bad)).toThrow(/regular expression/);
  });

  for (const s of SIGNALS) {
    for (const p of lex.signals[s]) {
      it(`${s}/${p.id} matches its own examples`, () => {
        for (const ex of p.examples) expect(new RegExp(p.pattern, 'i').test(normalize(ex)), ex).toBe(true);
      });
    }
  }
});

// The cross-negative matrix: each signal's examples must not fire the opposite signal.
describe('opposite signals do not fire on each other\'s examples', () => {
  const negators = negatorsOf(lex);
  it('top-up "no" examples read as no, never as yes', () => {
    for (const p of lex.signals.topUpNo) {
      for (const ex of p.examples) {
        const r = scanPair(normalize(ex), lex.signals.topUpNo, lex.signals.topUpYes, negators);
        expect(r.first.length, ex).toBeGreaterThan(0);
        expect(r.second, ex).toEqual([]);
      }
    }
  });
  it('top-up "yes" examples never read as no', () => {
    for (const p of lex.signals.topUpYes) {
      for (const ex of p.examples) {
        const r = scanPair(normalize(ex), lex.signals.topUpNo, lex.signals.topUpYes, negators);
        expect(r.first, ex).toEqual([]);
        expect(r.second.length, ex).toBeGreaterThan(0);
      }
    }
  });
  it('short-term examples never read as contract, and contract examples never as short-term', () => {
    for (const p of lex.signals.termShort) {
      for (const ex of p.examples) {
        expect(scanPair(normalize(ex), lex.signals.termShort, lex.signals.termContract).second, ex).toEqual([]);
      }
    }
    for (const p of lex.signals.termContract) {
      for (const ex of p.examples) {
        expect(scanPair(normalize(ex), lex.signals.termShort, lex.signals.termContract).first, ex).toEqual([]);
      }
    }
  });
  it('negated top-up phrases in four languages read as no', () => {
    for (const ex of ['cannot be topped up', 'top-up is not available', 'チャージできません', '不支持充值', '無法加購', '此eSIM不可加值']) {
      const r = scanPair(normalize(ex), lex.signals.topUpNo, lex.signals.topUpYes, negators);
      expect(r.first.length, ex).toBeGreaterThan(0);
      expect(r.second, ex).toEqual([]);
    }
  });
});
