import { z } from 'zod';
import { FactsSchema, type Facts, type Verdict } from '../classify/verdict';

/**
 * One plan the user looked at, as the compare page lists it: the plan's
 * facts and answers, where and when it was seen. A listing page gives one
 * row per plan card; a product page one row for its plan.
 */

export const ViewedSchema = z.object({
  /** The page's canonical URL (see canonicalUrl). */
  url: z.string().url().max(2048),
  seenAt: z.number().int().positive(),
  title: z.string().max(300),
  provider: z.string().max(100).nullable(),
  /** A listing card's own title; absent for a product page's plan. */
  heading: z.string().max(300).optional(),
  dataGb: z.number().nonnegative().optional(),
  dailyGb: z.number().positive().optional(),
  unlimited: z.boolean().optional(),
  validityDays: z.number().positive().optional(),
  price: z.number().nonnegative().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  billing: z.enum(['one-time', 'monthly', 'daily']).optional(),
  topUp: z.enum(['yes', 'no', 'unknown']),
  term: z.enum(['short-term', 'contract', 'unknown']),
  /** The fine print the page stated, without its quotes (the compare page shows a line of it). */
  facts: FactsSchema.optional(),
});
export type Viewed = z.infer<typeof ViewedSchema>;

/** Query parameters that say who sent the visitor, not which plan: they never make a page different. */
const TRACKING = /^(?:utm_.*|gclid|gbraid|wbraid|fbclid|msclkid|yclid|dclid|twclid|ttclid|srsltid|_ga|_gl|mc_[a-z]+|ref|ref_src|referrer|aff(?:iliate)?(?:_id)?|irclickid|clickid|spm|scm|from|source)$/i;

/** The same page under one address: no fragment, no tracking parameters, parameters in order, no trailing slash. */
export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

/** What makes two rows the same plan: the page and the plan's own facts. */
export function viewedKey(v: Viewed): string {
  return [v.url, v.heading ?? '', v.dataGb ?? '', v.dailyGb ?? '', v.unlimited ? 'u' : '', v.validityDays ?? '', v.price ?? '', v.currency ?? '', v.billing ?? ''].join('\u241f');
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const currencyOf = (c: string | undefined) => (c && /^[A-Z]{3}$/.test(c) ? c : undefined);

/** Facts without their quotes: a row keeps what was said, not the page's sentences. */
function bare(f: Facts | undefined): Facts | undefined {
  if (!f) return undefined;
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, { value: v!.value, evidence: [] }])) as Facts;
}

/** Most cards remembered from one listing page: a grid of hundreds would push every other shop out. */
const CARDS_PER_PAGE = 60;

/** The rows a verdict gives: its plan, or its listing's priced cards. Nothing for a page that is not an eSIM product. */
export function viewedFromVerdict(verdict: Verdict, title: string, now: number): Viewed[] {
  if (!verdict.isEsimProduct) return [];
  const url = canonicalUrl(verdict.url);
  if (!url) return [];
  const base = { url, seenAt: Math.max(1, Math.floor(now)), title: clip(title.trim() || url, 300), provider: verdict.provider };
  const cards = (verdict.listing?.cards ?? []).filter((c) => c.price !== undefined && c.heading.trim());
  const rows: unknown[] = cards.length
    ? cards.slice(0, CARDS_PER_PAGE).map((c) => ({
        ...base,
        heading: clip(c.heading.trim(), 300),
        dataGb: c.dataGb,
        dailyGb: c.dailyGb,
        unlimited: c.unlimited,
        validityDays: c.validityDays,
        price: c.price,
        currency: currencyOf(c.currency),
        billing: c.billing,
        topUp: c.topUp.value,
        term: c.term.value,
        facts: bare({ ...verdict.facts, ...c.facts }),
      }))
    : [{ ...base, ...verdict.plan, currency: currencyOf(verdict.plan.currency), topUp: verdict.topUp.value, term: verdict.term.value, facts: bare(verdict.facts) }];
  // Parsed on the way in too: a fact the schema refuses drops that row, never the history.
  return rows.flatMap((r) => {
    const parsed = ViewedSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export const HISTORY_CAP = 300;

/** New rows replace the same plans seen before; newest first; the oldest beyond the cap are dropped. */
export function mergeViewed(existing: Viewed[], incoming: Viewed[], cap = HISTORY_CAP): Viewed[] {
  const byKey = new Map<string, Viewed>();
  for (const row of [...incoming, ...existing]) {
    const key = viewedKey(row);
    const seen = byKey.get(key);
    if (!seen || seen.seenAt < row.seenAt) byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, cap);
}

/** Stored rows, repaired row by row: a row that does not parse is dropped alone. */
export function repairViewed(raw: unknown): { rows: Viewed[]; dropped: number } {
  if (!Array.isArray(raw)) return { rows: [], dropped: raw === undefined || raw === null ? 0 : 1 };
  const rows: Viewed[] = [];
  let dropped = 0;
  for (const r of raw) {
    const parsed = ViewedSchema.safeParse(r);
    if (parsed.success) rows.push(parsed.data);
    else dropped++;
  }
  return { rows: mergeViewed([], rows), dropped };
}
