import { z } from 'zod';
import { REQUIREMENTS } from '../data/requirements';

/**
 * What the classifier says about a page. The same shape goes to the badge,
 * the background's per-tab state, the popup and the `classify` CLI (see the
 * contract in DESIGN.md), so it is a zod schema: messages are parsed, never
 * trusted.
 */

export const SourceSchema = z.enum(['page', 'provider', 'none']);

export const TopUpSchema = z.object({
  value: z.enum(['yes', 'no', 'unknown']),
  source: SourceSchema,
  evidence: z.array(z.string()),
});

export const TermSchema = z.object({
  value: z.enum(['short-term', 'contract', 'unknown']),
  source: SourceSchema,
  evidence: z.array(z.string()),
});

export const PlanSchema = z.object({
  dataGb: z.number().nonnegative().optional(),
  unlimited: z.boolean().optional(),
  /** A daily high-speed allowance ("2 GB per day"), for plans measured that way. */
  dailyGb: z.number().positive().optional(),
  validityDays: z.number().positive().optional(),
  price: z.number().nonnegative().optional(),
  currency: z.string().optional(),
  billing: z.enum(['one-time', 'monthly', 'daily']).optional(),
});

const fact = <T extends z.ZodType>(value: T) => z.object({ value, evidence: z.array(z.string().max(400)).max(3) }).optional();

/** What burns travellers after they buy, as the page states it; a fact is absent when the page is silent. */
export const FactsSchema = z.object({
  /** Full speed up to an allowance (a day or in all), then a slower speed. */
  fairUse: fact(z.object({ highSpeedGb: z.number().positive(), per: z.enum(['day', 'total']), throttledKbps: z.number().positive().optional() })),
  validityStart: fact(z.enum(['purchase', 'install', 'first-connection', 'fixed-date'])),
  activationWindowDays: fact(z.number().positive()),
  number: fact(z.enum(['data-only', 'sms', 'voice'])),
  jpNumber: fact(z.boolean()),
  hotspot: fact(z.enum(['yes', 'no'])),
  networks: fact(z.array(z.string().max(40)).min(1).max(12)),
  refund: fact(z.enum(['before-install', 'never'])),
  rating: fact(z.object({ stars: z.number().min(0).max(5), count: z.number().int().nonnegative() })),
});
export type Facts = z.infer<typeof FactsSchema>;

/** One plan card of a listing page, with its own facts and answers. */
export const CardSchema = z.object({
  /** The card's own title as the page shows it. */
  heading: z.string(),
  /** Where the card is: its repeated item in the page's snapshot ([set, item] of the blocks' groups). */
  at: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  dataGb: z.number().nonnegative().optional(),
  dailyGb: z.number().positive().optional(),
  unlimited: z.boolean().optional(),
  validityDays: z.number().positive().optional(),
  price: z.number().nonnegative().optional(),
  currency: z.string().optional(),
  billing: z.enum(['one-time', 'monthly', 'daily']).optional(),
  topUp: TopUpSchema,
  term: TermSchema,
  facts: FactsSchema.optional(),
});

export const ListingSchema = z.object({
  plans: z.number().int().min(2),
  topUpYes: z.number().int().min(0),
  topUpNo: z.number().int().min(0),
  cards: z.array(CardSchema).max(500).optional(),
});

export const VerdictSchema = z.object({
  url: z.string(),
  isEsimProduct: z.boolean(),
  topUp: TopUpSchema,
  term: TermSchema,
  plan: PlanSchema,
  requirements: z.array(z.enum(REQUIREMENTS)),
  provider: z.string().nullable(),
  /** Present on pages that list several plans. */
  listing: ListingSchema.optional(),
  /** Traveller facts the page states for its plan (absent: none stated). */
  facts: FactsSchema.optional(),
  /** The page was larger than the reading budget; its tail was not read. */
  truncated: z.boolean().optional(),
});

export type Verdict = z.infer<typeof VerdictSchema>;
export type TopUp = z.infer<typeof TopUpSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Listing = z.infer<typeof ListingSchema>;
export type Card = z.infer<typeof CardSchema>;
