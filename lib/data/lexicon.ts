import { z } from 'zod';
import raw from '../../data/lexicon.json';

/**
 * The phrase lexicon (data/lexicon.json), validated once and compiled to
 * regular expressions. Patterns are data so that adding a phrase is a data
 * change with a fixture, not a code change.
 */

export const SIGNALS = [
  'topUpNo', 'topUpYes', 'termContract', 'termShort', 'esim', 'buy', 'article', 'phone',
  'physicalSim', 'pocketWifi', 'negator', 'unlimited', 'unlimitedQualifier', 'fixedQualifier',
] as const;
export type Signal = (typeof SIGNALS)[number];

export const REQUIREMENTS = [
  'jp-bank-account', 'jp-credit-card', 'jp-phone-number', 'residence-card', 'identity-check', 'jp-address',
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

const regexSource = z.string().min(1).refine((s) => {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const PhraseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  lang: z.enum(['en', 'ja', 'zh', 'any']),
  weight: z.number().positive().max(5),
  pattern: regexSource,
  examples: z.array(z.string().min(1)).min(1),
});
export type Phrase = z.infer<typeof PhraseSchema>;

export const LexiconSchema = z.object({
  $comment: z.string().optional(),
  signals: z.object(Object.fromEntries(SIGNALS.map((s) => [s, z.array(PhraseSchema).min(1)])) as Record<Signal, z.ZodArray<typeof PhraseSchema>>),
  requirements: z.object(Object.fromEntries(REQUIREMENTS.map((r) => [r, z.array(PhraseSchema).min(1)])) as Record<Requirement, z.ZodArray<typeof PhraseSchema>>),
  requirementNegation: z.object({ before: regexSource, after: regexSource }),
  /** Cheap stems that every top-up, term and requirement phrase contains: text without them is skipped. */
  anchor: regexSource,
});
export type LexiconData = z.infer<typeof LexiconSchema>;

export interface CompiledPhrase extends Phrase {
  /** global, case-insensitive: use with matchAll or reset lastIndex */
  re: RegExp;
}

export interface Lexicon {
  signals: Record<Signal, CompiledPhrase[]>;
  /** One alternation per signal, for a quick "does this text say anything about X" test. */
  any: Record<Signal, RegExp>;
  requirements: Record<Requirement, CompiledPhrase[]>;
  requirementNegation: { before: RegExp; after: RegExp };
  anchor: RegExp;
  /** Negators, split by whether they stand before ("不支持") or after (「できません」) the word they negate. */
  negators: { before: RegExp[]; after: RegExp[] };
  /** The anchor, fast: its CJK stems run only on text that has CJK characters. */
  interesting: (text: string) => boolean;
  /** One alternation over all requirement phrases. */
  anyRequirement: RegExp;
}

const compile = (p: Phrase): CompiledPhrase => ({ ...p, re: new RegExp(p.pattern, 'gi') });
const union = (ps: Phrase[]) => new RegExp(ps.map((p) => `(?:${p.pattern})`).join('|'), 'i');

export function compileLexicon(data: unknown): Lexicon {
  const lex = LexiconSchema.parse(data);
  const signals = {} as Record<Signal, CompiledPhrase[]>;
  const any = {} as Record<Signal, RegExp>;
  for (const s of SIGNALS) {
    signals[s] = lex.signals[s].map(compile);
    any[s] = union(lex.signals[s]);
  }
  const requirements = {} as Record<Requirement, CompiledPhrase[]>;
  for (const r of REQUIREMENTS) requirements[r] = lex.requirements[r].map(compile);
  return {
    signals,
    any,
    requirements,
    requirementNegation: {
      before: new RegExp(lex.requirementNegation.before, 'i'),
      after: new RegExp(lex.requirementNegation.after, 'i'),
    },
    anchor: new RegExp(lex.anchor, 'i'),
    negators: {
      before: lex.signals.negator.filter((p) => !p.pattern.startsWith('^')).map((p) => new RegExp(p.pattern, 'i')),
      after: lex.signals.negator.filter((p) => p.pattern.startsWith('^')).map((p) => new RegExp(p.pattern, 'i')),
    },
    interesting: splitAnchor(lex.anchor),
    anyRequirement: union(REQUIREMENTS.flatMap((r) => lex.requirements[r])),
  };
}

const HAS_CJK = /[\u3040-\u9fff\uff00-\uffef]/;

/**
 * A long alternation of CJK stems costs a trial at every position of English
 * text too; testing for any CJK character first is ten times cheaper.
 */
function splitAnchor(source: string): (text: string) => boolean {
  const stems = source.split('|');
  const ascii = stems.filter((x) => /^[\x00-\x7f]+$/.test(x));
  const cjk = stems.filter((x) => !/^[\x00-\x7f]+$/.test(x));
  const latinRe = new RegExp(ascii.join('|'), 'i');
  const cjkRe = new RegExp(cjk.join('|'), 'i');
  return (text) => latinRe.test(text) || (HAS_CJK.test(text) && cjkRe.test(text));
}

let cached: Lexicon | undefined;
/** The bundled lexicon, compiled on first use. */
export function lexicon(): Lexicon {
  return (cached ??= compileLexicon(raw));
}
