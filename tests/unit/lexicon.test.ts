import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import raw from '../../data/lexicon.json';
import { readMentions, statementCue, type Mention } from '../../lib/classify/context';
import { readQuantities, unlimitedSpans } from '../../lib/classify/quantities';
import { toStatements } from '../../lib/classify/statements';
import {
  compileLexicon, CONCEPT_FAMILIES, CUE_CATEGORIES, lexicon, LexiconSchema, REQUIREMENTS, scriptOf,
  type CompiledConcept, type CompiledCue, type CueCategory,
} from '../../lib/data/lexicon';
import { readPage } from '../../lib/page/read-page';
import { normalize } from '../../lib/text/normalize';
import { loadManifestSet } from '../fixtures/labels';
import { FIXTURES } from '../fixtures/manifest';

const lex = lexicon();
const PAGE_LANG = { en: 'en', ja: 'ja', zh: 'zh-Hans', any: '' } as const;

/** An example read as one clause, the way the engine reads a page's statement. */
function read(example: string, entryLang: string) {
  const text = normalize(example);
  const script = scriptOf(text, PAGE_LANG[entryLang as keyof typeof PAGE_LANG]);
  return { text, script, mentions: readMentions(text, script, lex, { topUp: true, term: true, requirements: true }) };
}
const isRequirement = (m: Mention) => (REQUIREMENTS as readonly string[]).includes(m.family);
const concepts: CompiledConcept[] = [...CONCEPT_FAMILIES.flatMap((f) => lex.concepts[f]), ...REQUIREMENTS.flatMap((r) => lex.requirements[r])];
const cues: CompiledCue[] = CUE_CATEGORIES.flatMap((c) => lex.cues[c]);

describe('data/lexicon.json', () => {
  it('passes its schema', () => {
    expect(() => LexiconSchema.parse(raw)).not.toThrow();
  });

  it('has phrases in English, Japanese and Chinese for every decision and requirement', () => {
    for (const f of ['topUp', 'term', 'buy', 'article'] as const) {
      expect([...new Set(lex.concepts[f].map((p) => p.lang))].sort(), f).toEqual(expect.arrayContaining(['en', 'ja', 'zh']));
    }
    for (const r of REQUIREMENTS) expect(new Set(lex.requirements[r].map((p) => p.lang)).size, r).toBe(3);
    for (const c of ['negated', 'possible', 'pseudo', 'terminate', 'condition', 'otherProduct', 'temporal', 'hypothetical', 'need', 'otherId', 'otherPayment', 'perDay', 'perMonth', 'discount', 'validity', 'notValidity'] as const) {
      const langs = new Set<string>(lex.cues[c].map((p) => p.lang));
      expect(langs.has('any') || ['en', 'ja', 'zh'].every((l) => langs.has(l)), c).toBe(true);
    }
  });

  it('has unique ids within each family and category', () => {
    for (const f of CONCEPT_FAMILIES) expect(new Set(lex.concepts[f].map((c) => c.id)).size, f).toBe(lex.concepts[f].length);
    for (const c of CUE_CATEGORIES) expect(new Set(lex.cues[c].map((k) => k.id)).size, c).toBe(lex.cues[c].length);
  });

  it('rejects a pattern that is not a regular expression, naming where', () => {
    const bad = structuredClone(raw) as typeof raw;
    bad.concepts.topUp[0].pattern = '(unclosed';
    expect(() => compileLexicon(bad)).toThrow(/regular expression/);
  });

  for (const c of concepts) {
    it(`concept ${c.family}/${c.id} matches its own examples`, () => {
      for (const ex of c.examples) expect(new RegExp(c.pattern, 'i').test(normalize(ex)), ex).toBe(true);
    });
  }
  for (const c of cues) {
    it(`cue ${c.category}/${c.id} matches its own examples`, () => {
      for (const ex of c.examples) expect(new RegExp(c.pattern, 'i').test(normalize(ex)), ex).toBe(true);
    });
  }
});

/**
 * The cross-negative matrix: every example, read as a whole clause by the
 * engine, says what its entry says and never the opposite. A "cannot be
 * topped up" example that read as a top-up, or a "no contract" example that
 * read as a contract, fails here before it fails on a page.
 */
describe('cross-negative matrix: each example reads as its entry says, never the opposite', () => {
  const polarFamilies = ['topUp', 'term'] as const;
  for (const family of polarFamilies) {
    for (const c of lex.concepts[family]) {
      it(`${family} concept ${c.id} (${c.polarity! > 0 ? '+' : '-'})`, () => {
        for (const ex of c.examples) {
          const ms = read(ex, c.lang).mentions.filter((m) => m.family === family && m.concept === c.id);
          expect(ms.length, ex).toBeGreaterThan(0);
        }
      });
    }
  }

  const polarity = (category: CueCategory, sign: 1 | -1) => {
    for (const cue of lex.cues[category]) {
      it(`${category} cue ${cue.id} reads ${sign > 0 ? 'yes' : 'no'} and never the opposite`, () => {
        for (const ex of cue.examples) {
          const targets = cue.applies;
          const ms = read(ex, cue.lang).mentions.filter((m) =>
            (targets.includes('requirement') && isRequirement(m)) || targets.includes(m.family as 'topUp' | 'term'),
          );
          // Governed by a cue of this category: this one, or a longer one of the same meaning it stands inside.
          const same = new Set(lex.cues[category].map((k) => k.id));
          const decided = ms.filter((m) => m.cue && same.has(m.cue));
          expect(decided.length, `${ex}: governed by a ${category} cue`).toBeGreaterThan(0);
          // What the cue governs reads its way; negating a negative concept ("no need to buy a new eSIM") is a yes.
          for (const m of decided) {
            const base = lex.concepts[m.family as 'topUp' | 'term']?.find((k) => k.id === m.concept)?.polarity ?? 1;
            expect(m.polarity, ex).toBe((sign * base) as 1 | -1);
          }
        }
      });
    }
  };
  polarity('negated', -1);
  polarity('possible', 1);

  for (const cue of lex.cues.pseudo) {
    it(`pseudo cue ${cue.id} masks what it spans`, () => {
      for (const ex of cue.examples) {
        const r = read(ex, cue.lang);
        const spans = [...r.text.matchAll(new RegExp(cue.pattern, 'gi'))].map((m) => [m.index, m.index + m[0].length]);
        const inside = (at: number | undefined) => at !== undefined && spans.some(([s, e]) => at >= s && at < e);
        // Nothing inside the phrase is read as a concept of the families it masks, and nothing inside it governs
        // one outside ("single purchase, no subscription" masks a top-up word, not the subscription it negates).
        const masked = (m: Mention) => cue.applies.includes(isRequirement(m) ? 'requirement' : (m.family as 'topUp' | 'term'));
        expect(r.mentions.filter((m) => masked(m) && (inside(m.start) || inside(m.cueAt))), ex).toEqual([]);
      }
    });
  }

  const flag = (category: 'condition' | 'otherProduct' | 'temporal' | 'hypothetical', has: (m: Mention, cue: CompiledCue) => boolean) => {
    for (const cue of lex.cues[category]) {
      it(`${category} cue ${cue.id} marks the clause`, () => {
        for (const ex of cue.examples) {
          const ms = read(ex, cue.lang).mentions.filter((m) => m.family === 'topUp' || isRequirement(m) || m.family === 'term');
          expect(ms.some((m) => has(m, cue)), ex).toBe(true);
        }
      });
    }
  };
  flag('condition', (m, cue) => m.binds.includes(cue.binds!));
  flag('otherProduct', (m) => m.otherProduct);
  flag('temporal', (m) => m.temporal);
  flag('hypothetical', (m) => m.hypothetical);

  for (const r of REQUIREMENTS) {
    for (const c of lex.requirements[r]) {
      it(`requirement ${r}/${c.id} reads as asked for`, () => {
        for (const ex of c.examples) {
          const ms = read(ex, c.lang).mentions.filter((m) => m.family === r);
          expect(ms.some((m) => m.polarity > 0), ex).toBe(true);
        }
      });
    }
  }

  for (const category of ['question', 'answerYes', 'answerNo', 'need', 'otherId', 'otherPayment', 'chosen', 'promo'] as const) {
    it(`${category} cues find their examples, and answers never the opposite answer`, () => {
      for (const cue of lex.cues[category]) {
        for (const ex of cue.examples) {
          const { text, script } = read(ex, cue.lang);
          expect(statementCue(text, script, lex, category), ex).toBeDefined();
          if (category === 'answerYes') expect(statementCue(text, script, lex, 'answerNo'), ex).toBeUndefined();
          if (category === 'answerNo') expect(statementCue(text, script, lex, 'answerYes'), ex).toBeUndefined();
        }
      }
    });
  }

  const numbers = (ex: string, lang: string) => {
    const { text, script } = read(ex, lang);
    return readQuantities(text, script, lex, { lang: PAGE_LANG[lang as keyof typeof PAGE_LANG], host: '' }, unlimitedSpans(text, script, lex));
  };
  it('per-day and per-month examples read as daily or monthly, never the other', () => {
    for (const cue of lex.cues.perDay) {
      for (const ex of cue.examples) {
        const q = numbers(ex, cue.lang);
        expect([...q.data.filter((d) => d.daily), ...q.prices.filter((p) => p.billing === 'daily')].length, ex).toBeGreaterThan(0);
        expect(q.prices.some((p) => p.billing === 'monthly'), ex).toBe(false);
      }
    }
    for (const cue of lex.cues.perMonth) {
      for (const ex of cue.examples) {
        const q = numbers(ex, cue.lang);
        expect(q.prices.some((p) => p.billing === 'daily') || q.data.some((d) => d.daily), ex).toBe(false);
        if (q.prices.length) expect(q.prices.some((p) => p.billing === 'monthly'), ex).toBe(true);
      }
    }
  });
  it('validity examples are durations, window examples never the plan\'s validity', () => {
    for (const cue of lex.cues.validity) for (const ex of cue.examples) expect(numbers(ex, cue.lang).durations.some((d) => d.validity && !d.window), ex).toBe(true);
    for (const cue of lex.cues.notValidity) {
      for (const ex of cue.examples) {
        const ds = numbers(ex, cue.lang).durations;
        expect(ds.every((d) => d.window || d.range) && ds.length > 0, `${cue.id}: ${ex}`).toBe(true);
      }
    }
  });
  it('discount, from and other-fee examples never give a plain price', () => {
    for (const [category, key] of [['discount', 'discount'], ['from', 'from'], ['otherFee', 'otherFee']] as const) {
      for (const cue of lex.cues[category]) {
        for (const ex of cue.examples) {
          const ps = numbers(ex, cue.lang).prices;
          expect(ps.length > 0 && ps.every((p) => p[key]), `${cue.id}: ${ex}`).toBe(true);
        }
      }
    }
  });
});

/** A phrase no page uses is either dead or untested: every entry matches at least one main fixture. */
describe('every phrase matches at least one main fixture', () => {
  const texts: string[] = [];
  for (const e of loadManifestSet('main', FIXTURES)) {
    const { document } = parseHTML(readFileSync(e.path, 'utf8'));
    const snapshot = readPage(document as unknown as Document, { url: e.url });
    texts.push(...toStatements(snapshot, lex).map((s) => s.text));
    // Section headings are read from the blocks: a reviews heading opens a section that yields no statements.
    texts.push(...snapshot.blocks.filter((b) => b.kind === 'heading').map((b) => normalize(b.text)));
  }
  it('concepts and cues', () => {
    const unused = [...concepts, ...cues]
      .filter((c) => !texts.some((t) => new RegExp(c.pattern, 'i').test(t)))
      .map((c) => ('family' in c ? `${c.family}/${c.id}` : `${(c as CompiledCue).category}/${c.id}`));
    expect(unused).toEqual([]);
  });
});

describe('data/lexicon.json › currencies.approx', () => {
  it('matches each of its examples at their end, and not a plain price\'s lead', () => {
    const re = new RegExp(raw.quantities.currencies.approx.pattern, 'i');
    for (const ex of raw.quantities.currencies.approx.examples) expect(re.test(ex), ex).toBe(true);
    expect(re.test('Price: ')).toBe(false);
  });
});
