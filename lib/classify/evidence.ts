import { snippet } from '../text/normalize';

/** One weighted piece of evidence for a decision, with the sentence to quote. */
export interface Evidence {
  /** Groups repeats of the same thing (a concept id, "plan-monthly"…). */
  id: string;
  weight: number;
  sentence: string;
  at: number;
}

/**
 * Sums evidence so that one phrase repeated all over a page does not
 * outweigh a single explicit statement: each id counts its strongest piece,
 * plus a quarter per repeat, at most one more.
 */
export function score(evidence: Evidence[]): number {
  const byId = new Map<string, { max: number; n: number }>();
  for (const e of evidence) {
    if (e.weight <= 0) continue;
    const entry = byId.get(e.id) ?? { max: 0, n: 0 };
    entry.max = Math.max(entry.max, e.weight);
    entry.n++;
    byId.set(e.id, entry);
  }
  let total = 0;
  for (const { max, n } of byId.values()) total += max + Math.min(1, 0.25 * (n - 1)) * max;
  return total;
}

/** The strongest pieces as short quotes, strongest first, no duplicates. */
export function quotes(evidence: Evidence[], n = 3): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of [...evidence].sort((x, y) => y.weight - x.weight)) {
    if (e.weight <= 0 || !e.sentence) continue;
    const q = snippet(e.sentence, e.at);
    if (seen.has(q)) continue;
    seen.add(q);
    out.push(q);
    if (out.length === n) break;
  }
  return out;
}

/** The least evidence a page must give before its own words decide. */
export const MIN_PAGE_SCORE = 1.5;
