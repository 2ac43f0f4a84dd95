import { z } from 'zod';
import { Union, regexSource } from './union';

/**
 * The traveller facts' words (data/lexicon.json › facts): per fact and
 * language the phrases that state a value, the shape of a speed, the names
 * of networks and the words of a rating line. Validated with the rest of the
 * lexicon; compiled once.
 */

export const FACTS = ['hotspot', 'refund', 'number', 'jpNumber', 'validityStart', 'activationWindow', 'fairUse'] as const;
export type FactPhraseKind = (typeof FACTS)[number];


/**
 * Besides a fact's values, phrases may carry: "other" (the clause is about something else — leftover credit,
 * use abroad — and states nothing of this fact), "topic" (words a question about the fact uses), and for
 * validityStart "cue" (the clause says when the days start), "not" (it says what does not start them) and
 * "fallback" (what starts them only if the first never happens: "or automatically 30 days after purchase") and
 * "precedes" (a step before the start: 「安装后首次连接…」); for refund "regardless" (refused whatever the state).
 */
const Phrase = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  fact: z.enum(FACTS),
  value: z.string().min(1),
  lang: z.enum(['en', 'ja', 'zh', 'any']),
  pattern: regexSource,
  examples: z.array(z.string().min(1)).min(1),
});

export const FactsLexiconSchema = z.object({
  $comment: z.string().optional(),
  phrases: z.array(Phrase).min(1),
  speed: z.object({ pattern: regexSource, units: z.record(z.string(), z.number().positive()), examples: z.array(z.string()).min(1) }),
  networkWord: z.object({ pattern: regexSource, examples: z.array(z.string()).min(1) }),
  /** A fair-use allowance that resets each day ("the day's 2GB", 「その日の24時まで」, 「当日」). */
  perDay: z.object({ pattern: regexSource, examples: z.array(z.string()).min(1) }),
  // `brandOf`: a brand of another carrier in the list ("Telefónica/O2"): named beside its group, it is the group.
  carriers: z.array(z.object({ id: z.string().min(1), pattern: regexSource, examples: z.array(z.string()).min(1), brandOf: z.string().min(1).optional() })).min(1),
  /** A carrier the plan does not use ("does not use Verizon", 「Verizon回線には接続しません」): words just before or after the name. */
  networkNot: z.object({ before: regexSource, after: regexSource, examples: z.array(z.string()).min(1) }),
  rating: z.object({ line: regexSource, star: regexSource, shop: regexSource, examples: z.array(z.string()).min(1) }),
});
export type FactsLexiconData = z.infer<typeof FactsLexiconSchema>;

export interface CompiledPhrase extends z.infer<typeof Phrase> {
  re: RegExp;
}

export interface FactsLexicon {
  phrases: Record<FactPhraseKind, CompiledPhrase[]>;
  any: Record<FactPhraseKind, Union>;
  /** Every fact's phrases and every carrier in one test: most statements state no fact. */
  anyFact: Union;
  speed: { re: RegExp; units: Record<string, number> };
  networkWord: RegExp;
  perDay: RegExp;
  carriers: Array<{ id: string; re: RegExp; brandOf?: string }>;
  anyCarrier: RegExp;
  networkNot: { before: RegExp; after: RegExp };
  rating: { line: RegExp; star: RegExp; shop: RegExp };
}

export function compileFacts(data: FactsLexiconData): FactsLexicon {
  const phrases = {} as Record<FactPhraseKind, CompiledPhrase[]>;
  const any = {} as Record<FactPhraseKind, Union>;
  for (const f of FACTS) {
    phrases[f] = data.phrases.filter((p) => p.fact === f).map((p) => ({ ...p, re: new RegExp(p.pattern, 'gi') }));
    any[f] = new Union(phrases[f]);
  }
  return {
    phrases,
    any,
    anyFact: new Union([...data.phrases.filter((p) => p.value !== 'other'), ...data.carriers.map((c) => ({ lang: 'any', pattern: c.pattern }))]),
    speed: { re: new RegExp(data.speed.pattern, 'g'), units: Object.fromEntries(Object.entries(data.speed.units).map(([k, v]) => [k.toLowerCase(), v])) },
    networkWord: new RegExp(data.networkWord.pattern, 'i'),
    perDay: new RegExp(data.perDay.pattern, 'i'),
    carriers: data.carriers.map((c) => ({ id: c.id, re: new RegExp(c.pattern, 'gi'), brandOf: c.brandOf })),
    anyCarrier: new RegExp(data.carriers.map((c) => `(?:${c.pattern})`).join('|'), 'i'),
    // Anchored at the name: "before" ends where it starts, "after" starts where it ends.
    networkNot: { before: new RegExp(`(?:${data.networkNot.before})$`, 'i'), after: new RegExp(`^(?:${data.networkNot.after})`, 'i') },
    rating: { line: new RegExp(data.rating.line, 'i'), star: new RegExp(data.rating.star, 'i'), shop: new RegExp(data.rating.shop, 'i') },
  };
}
