import { z } from 'zod';
import { VerdictSchema } from '../classify/verdict';
import { CORNERS } from '../settings/corners';

/**
 * Every message between the extension's parts, as one zod union: the
 * background parses what it receives and answers unknown or malformed
 * messages with a clear error instead of crashing.
 */

const RegionSchema = z.enum(['main', 'body', 'header', 'nav', 'footer', 'aside', 'dialog', 'review']);
const BlockSchema = z.object({
  text: z.string().max(5000),
  region: RegionSchema,
  kind: z.enum(['text', 'heading', 'link', 'button', 'row']),
  preamble: z.boolean(),
  selected: z.boolean().optional(),
  groups: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(3).optional(),
});

/** A label for one plan card of a listing page, in the user's language (the page-side host only places it). */
export const ChipSchema = z.object({
  at: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  text: z.string().max(200),
  topUp: z.enum(['yes', 'no', 'unknown']),
  term: z.enum(['short-term', 'contract', 'unknown']),
});
export type Chip = z.infer<typeof ChipSchema>;

/**
 * The collapsed badge's words, in the user's language: the page-side host draws the pill from them as plain text
 * and builds the badge's frame only when the pill is opened (or the user wants it open from the start).
 */
export const PillSchema = z.object({
  lang: z.string().max(40),
  icon: z.string().max(4),
  parts: z.array(z.string().max(200)).max(8),
  label: z.string().max(600),
  title: z.string().max(200),
  open: z.boolean(),
});
export type Pill = z.infer<typeof PillSchema>;

export const SnapshotSchema = z.object({
  url: z.string().max(4000),
  host: z.string().max(300),
  lang: z.string().max(40),
  title: z.string().max(2000),
  meta: z.record(z.string(), z.string().max(2000)),
  products: z
    .array(
      z.object({
        name: z.string(),
        description: z.string(),
        price: z.number().optional(),
        lowPrice: z.number().optional(),
        highPrice: z.number().optional(),
        currency: z.string().optional(),
        offerCount: z.number(),
        rating: z.object({ stars: z.number().min(0).max(5), count: z.number().int().nonnegative() }).optional(),
      }),
    )
    .max(50),
  h1: z.string().max(1000),
  headings: z.array(z.string()).max(500),
  blocks: z.array(BlockSchema).max(200_000),
  truncated: z.boolean(),
  rating: z.object({ stars: z.number().min(0).max(5), count: z.number().int().nonnegative() }).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
});

export const GlanceSchema = z.object({
  url: z.string().max(4000),
  title: z.string().max(1000),
  h1: z.string().max(1000),
  description: z.string().max(2000),
  ogTitle: z.string().max(1000),
  ogType: z.string().max(100),
});

export const MessageSchema = z.discriminatedUnion('type', [
  /** content script → background: a first look; answers whether a full read is worth it */
  z.object({ type: z.literal('page-glance'), glance: GlanceSchema }),
  /** content script → background: this page as read; answers with the verdict */
  z.object({ type: z.literal('page-read'), snapshot: SnapshotSchema }),
  /** content script → background: nothing to read here any more (navigated away in a single-page shop) */
  z.object({ type: z.literal('page-gone') }),
  /** badge → background: the verdict for my tab */
  z.object({ type: z.literal('get-verdict') }),
  /** popup → background: the verdict for a tab */
  z.object({ type: z.literal('get-tab-verdict'), tabId: z.number().int() }),
  /** badge → background: open the buying checklist in a tab */
  z.object({ type: z.literal('open-checklist') }),
  /** background → badge: the verdict changed (null: remove the badge), and the corner the user prefers */
  z.object({ type: z.literal('verdict-updated'), verdict: VerdictSchema.nullable(), corner: z.enum(CORNERS).optional(), chips: z.array(ChipSchema).max(500).optional(), pill: PillSchema.optional() }),
]);

export type Message = z.infer<typeof MessageSchema>;
export type SnapshotMessage = z.infer<typeof SnapshotSchema>;
