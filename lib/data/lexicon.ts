import { z } from 'zod';
import raw from '../../data/lexicon.json';
import { CELL_SEPARATOR } from '../page/snapshot';

/**
 * The engine's language (data/lexicon.json), validated once and compiled to
 * regular expressions. Every language-bearing pattern the engine uses lives
 * there with examples: concepts (what a clause talks about), cues (the words
 * that modify a concept near them, in the manner of ConText), the shapes of
 * numbers (data, durations, currencies) and URL path words. Adding a phrase is
 * a data change with a fixture, not a code change.
 */

export const CONCEPT_FAMILIES = [
  'topUp', 'term', 'esim', 'buy', 'article', 'articleHint', 'phone', 'phoneHead', 'esimFeature', 'physicalSim', 'pocketWifi',
  'notAPlan', 'planWord', 'voice', 'unlimited', 'roamingHead',
] as const;
export type ConceptFamily = (typeof CONCEPT_FAMILIES)[number];

import { REQUIREMENTS, type Requirement } from './requirements';
export { REQUIREMENTS, type Requirement };

export const CUE_CATEGORIES = [
  'negated', 'possible', 'pseudo', 'terminate', 'condition', 'otherProduct', 'temporal', 'hypothetical', 'anaphora', 'chosen', 'question', 'answerYes',
  'answerNo', 'need', 'otherId', 'oneOfList', 'otherPayment', 'perDay', 'perMonth', 'discount', 'from', 'otherFee', 'validity', 'notValidity', 'promo',
  'reviewsHeading', 'otherPlansHeading', 'thisProduct', 'whoNeeds', 'alsoOffer', 'exclusive', 'topicHeading', 'foreignCard',
  // A statement that says yes or no of the list just above it, or (ending in a colon) just below it.
  'aboveList', 'belowList',
] as const;
export type CueCategory = (typeof CUE_CATEGORIES)[number];

/**
 * What a cue may modify: a polarity family, any requirement, a kind of number, or the whole block; 'hotspot' for
 * the yes-or-no cues that may answer for hotspot beside its topic word.
 */
export const CUE_TARGETS = ['topUp', 'term', 'requirement', 'data', 'days', 'price', 'block', 'hotspot'] as const;
export type CueTarget = (typeof CUE_TARGETS)[number];

/**
 * Plans a condition cue can bind a statement to ("unlimited plans can't be topped up"). 'rechargeable': a rule
 * about the plans that can be topped up (or carry a shop's badge for it, or "some plans"), a subset the rule does
 * not name, so it says nothing about whether this one can. 'unmarked': a legend's rule for the cards without that
 * badge ("plans without the badge can't be topped up"), which binds the cards that say nothing of it themselves.
 * 'longer' / 'shorter': plans of at least / at most the number of days the phrase names ("bundles of 30 days or
 * more", 「29日以下のプラン」); the number is read from the phrase.
 */
export const BINDS = ['unlimited', 'fixed', 'contract', 'prepaid', 'daily', 'voice', 'rechargeable', 'unmarked', 'longer', 'shorter'] as const;
export type Binds = (typeof BINDS)[number];


const Lang = z.enum(['en', 'ja', 'zh', 'any']);
const id = z.string().regex(/^[a-z0-9-]+$/);

export const ConceptSchema = z.object({
  id,
  lang: Lang,
  /** Strength of a bare mention: 1 a hint … 4 an explicit statement. */
  weight: z.number().positive().max(5),
  /** +1: the plan can be topped up / is a contract; -1: it cannot / is short-term. Absent for families without polarity. */
  polarity: z.union([z.literal(1), z.literal(-1)]).optional(),
  /** A requirement that counts only where the page asks for it ("you need…", 「お申し込みに必要なもの」): a bank account or an address is also named in passing. */
  asks: z.boolean().optional(),
  /** The most a cue can make of this concept (a "reuse" that is negated says less than a negated "top-up"). */
  stated: z.number().positive().max(5).optional(),
  /** On a contract the word names the contract's renewal ("續約"), not a top-up of the plan's data. */
  renewal: z.boolean().optional(),
  pattern: regexSource,
  examples: z.array(z.string().min(1)).min(1),
});
export type Concept = z.infer<typeof ConceptSchema>;

export const CueSchema = z.object({
  id,
  lang: Lang,
  direction: z.enum(['forward', 'backward', 'both', 'statement']),
  /** How many characters may separate the cue from the concept it modifies. */
  scope: z.number().int().min(0).max(400),
  /** A backward reach of its own, for negations that close a long list ("X, Y and Z are not supported"). */
  scopeBack: z.number().int().min(0).max(400).optional(),
  applies: z.array(z.enum(CUE_TARGETS)).min(1),
  /** Strength of what a polarity cue states (negated, possible). */
  weight: z.number().positive().max(5).optional(),
  binds: z.enum(BINDS).optional(),
  /** The cue answers an embedded question (a table cell: "是否支持充值 : 否"), so the clause is not hypothetical. */
  answers: z.boolean().optional(),
  /** Characters that end this cue's scope besides the terminate cues ("no" stops at a comma). */
  stop: z.string().min(1).optional(),
  /** An icon (✗, ✓) rather than a word: it marks the line a con or a pro, and does not turn a negative concept round ("✖ One-time package"). */
  mark: z.boolean().optional(),
  pattern: regexSource,
  examples: z.array(z.string().min(1)).min(1),
});
export type Cue = z.infer<typeof CueSchema>;

const DurationSchema = z.object({ id, factor: z.number().positive(), pattern: regexSource, examples: z.array(z.string()).min(1) });
const CurrencyTable = z.array(z.tuple([regexSource, z.string().regex(/^[A-Z]{3,6}$/)])).min(1);

export const LexiconSchema = z.object({
  $comment: z.string().optional(),
  concepts: z.object(Object.fromEntries(CONCEPT_FAMILIES.map((f) => [f, z.array(ConceptSchema).min(1)])) as Record<ConceptFamily, z.ZodArray<typeof ConceptSchema>>),
  requirements: z.object(Object.fromEntries(REQUIREMENTS.map((r) => [r, z.array(ConceptSchema).min(1)])) as Record<Requirement, z.ZodArray<typeof ConceptSchema>>),
  cues: z.object(Object.fromEntries(CUE_CATEGORIES.map((c) => [c, z.array(CueSchema).min(1)])) as Record<CueCategory, z.ZodArray<typeof CueSchema>>),
  quantities: z.object({
    data: z.object({ pattern: regexSource, units: z.record(z.string(), z.number().positive()), examples: z.array(z.string()).min(1) }),
    networkGeneration: z.object({ $comment: z.string().optional(), dataWord: regexSource, examples: z.array(z.string()), counterExamples: z.array(z.string()) }),
    durations: z.array(DurationSchema).min(1),
    currencies: z.object({
      $comment: z.string().optional(),
      prefix: CurrencyTable,
      suffix: CurrencyTable,
      examples: z.array(z.string()).min(1),
      approx: z.object({ $comment: z.string().optional(), pattern: regexSource, examples: z.array(z.string()).min(1) }),
    }),
  }),
  paths: z.object({ article: regexSource, neverAPlan: regexSource }),
  facts: FactsLexiconSchema,
});
export type LexiconData = z.infer<typeof LexiconSchema>;

export interface CompiledConcept extends Concept {
  family: ConceptFamily | Requirement;
  /** global, case-insensitive: reset lastIndex before exec */
  re: RegExp;
}

export interface CompiledCue extends Cue {
  category: CueCategory;
  re: RegExp;
  stopRe?: RegExp;
}

export interface Lexicon {
  concepts: Record<ConceptFamily, CompiledConcept[]>;
  /** One alternation per family: most statements match none and cost one test each. */
  any: Record<ConceptFamily, Union>;
  requirements: Record<Requirement, CompiledConcept[]>;
  anyRequirement: Union;
  cues: Record<CueCategory, CompiledCue[]>;
  /** One alternation per cue category. */
  anyCue: Record<CueCategory, Union>;
  quantities: {
    data: RegExp;
    units: Record<string, number>;
    networkDataWord: RegExp;
    durations: Array<{ id: string; factor: number; re: RegExp }>;
    /** One regex for every price shape: prefix symbol + amount, amount + suffix, or a column header's currency + amount. */
    price: RegExp;
    prefix: Array<[RegExp, string]>;
    /** Words that make the price after them an approximate conversion ("≈ US$21"). */
    approx: RegExp;
    suffix: Array<[RegExp, string]>;
  };
  paths: { article: RegExp; neverAPlan: RegExp };
  facts: FactsLexicon;
}

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;

import { Union, regexSource, runsOn, scriptOf, type Script } from './union';
export { Union, runsOn, scriptOf, type Script };
import { FactsLexiconSchema, compileFacts, type FactsLexicon } from './facts-lexicon';

export function compileLexicon(data: unknown): Lexicon {
  const lex = LexiconSchema.parse(data);
  const concepts = {} as Record<ConceptFamily, CompiledConcept[]>;
  const any = {} as Record<ConceptFamily, Union>;
  for (const f of CONCEPT_FAMILIES) {
    concepts[f] = lex.concepts[f].map((c) => ({ ...c, family: f, re: new RegExp(c.pattern, 'gi') }));
    any[f] = new Union(lex.concepts[f]);
  }
  const requirements = {} as Record<Requirement, CompiledConcept[]>;
  for (const r of REQUIREMENTS) requirements[r] = lex.requirements[r].map((c) => ({ ...c, family: r, re: new RegExp(c.pattern, 'gi') }));
  const cues = {} as Record<CueCategory, CompiledCue[]>;
  const anyCue = {} as Record<CueCategory, Union>;
  for (const c of CUE_CATEGORIES) {
    cues[c] = lex.cues[c].map((k) => ({
      ...k,
      category: c,
      re: new RegExp(k.pattern, 'gi'),
      stopRe: k.stop ? new RegExp(`[${k.stop.replace(/[\]\\^-]/g, '\\$&')}]`) : undefined,
    }));
    anyCue[c] = new Union(lex.cues[c]);
  }
  const q = lex.quantities;
  // A letter symbol never starts inside a word: "3 Days$11.99" is dollars, not S$ (but "$" may follow a letter).
  const prefixes = q.currencies.prefix.map(([p]) => (/[A-Za-z]/.test(p) ? `(?<![A-Za-z])(?:${p})` : `(?:${p})`)).join('|');
  // Nor does a letter code end inside one: "35 European countries" is no price in euros.
  // (Suffix patterns are plain alternatives: each letter code among them gets its own guard, 「円」 needs none.)
  const letterGuard = (alt: string) => (/[A-Za-z]/.test(alt.replace(/\\[a-z]/g, '')) ? `${alt}(?![A-Za-z])` : alt);
  const suffixes = q.currencies.suffix.map(([p]) => `(?:${p.split('|').map(letterGuard).join('|')})`).join('|');
  return {
    concepts,
    any,
    requirements,
    anyRequirement: new Union(REQUIREMENTS.flatMap((r) => lex.requirements[r])),
    cues,
    anyCue,
    quantities: {
      data: new RegExp(q.data.pattern, 'gi'),
      units: Object.fromEntries(Object.entries(q.data.units).map(([k, v]) => [k.toUpperCase(), v])),
      networkDataWord: new RegExp(q.networkGeneration.dataWord, 'i'),
      durations: q.durations.map((d) => ({ id: d.id, factor: d.factor, re: new RegExp(d.pattern, 'gi') })),
      // The third shape is a table cell under a column header that names the currency: the reader writes a row as
      // "header : value" pairs ("Price (USD) : 2.90", 「料金（円） : 1,980」), so the amount follows "(USD) : ".
      price: new RegExp(`(?<pre>${prefixes})\\s?(?<a1>${AMOUNT})|(?<a2>${AMOUNT})\\s?(?<suf>${suffixes})|[(（]\\s?(?<col>${prefixes}|${suffixes})\\s?[)）]${CELL_SEPARATOR}(?<a3>${AMOUNT})(?![\\d.,%])`, 'gi'),
      // Which symbol matched is told by the symbol alone: a lookahead in its pattern ("R" before a digit) is dropped.
      prefix: q.currencies.prefix.map(([p, code]) => [new RegExp(`^(?:${p.replace(/\(\?=[^)]*\)/g, '')})$`, 'i'), code]),
      suffix: q.currencies.suffix.map(([p, code]) => [new RegExp(`^(?:${p})$`, 'i'), code]),
      approx: new RegExp(q.currencies.approx.pattern, 'i'),
    },
    paths: { article: new RegExp(lex.paths.article, 'i'), neverAPlan: new RegExp(lex.paths.neverAPlan, 'i') },
    facts: compileFacts(lex.facts),
  };
}

let cached: Lexicon | undefined;
/** The bundled lexicon, compiled on first use. */
export function lexicon(): Lexicon {
  return (cached ??= compileLexicon(raw));
}
