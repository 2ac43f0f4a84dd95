import type { CompiledPhrase, Lexicon } from '../data/lexicon';
import type { Block, Region } from '../page/snapshot';
import { normalize, sentences, snippet } from '../text/normalize';

/**
 * Turns blocks into weighted sentences and finds phrase hits in them. Two
 * ideas carry most of the accuracy:
 *  - weight by place: chrome (header, menus, footer, sidebars) says nothing
 *    about this plan, and a bare link in the content says little;
 *  - opposite phrases first: "cannot be topped up" is found before "topped
 *    up", and the positive hit inside it is masked; a positive phrase that a
 *    negator governs ("不支持充值", "チャージはできません") flips.
 */

const REGION_WEIGHT: Record<Region, number> = {
  main: 1, body: 1, dialog: 0.6, aside: 0, header: 0, nav: 0, footer: 0,
};

/**
 * Promotional lines ("20% off your next data pack", 「新用户首单立减」) sell
 * the shop, not this plan: they count little as evidence and never give the
 * plan's price.
 */
export const PROMO =
  /\d+\s?%\s?off\b|\bsave (?:\d|up to)|\bdiscount\b|\bcoupon\b|\bpromo(?:tion)?\b|\bsale\b|\bnew (?:users?|customers?)\b|\bfirst order\b|\blimited time\b|\bsubscribe and save\b|%OFF|割引|セール|キャンペーン|クーポン|新规|新規|新用户|新用戶|新人|首单|首單|立减|立減|优惠|優惠|折扣|促销|促銷|限时|限時|特价|特價|\d+折/i;

export function isPromo(b: Block): boolean {
  return b.text.length < 200 && PROMO.test(b.text);
}

export function blockWeight(b: Block): number {
  let w = REGION_WEIGHT[b.region];
  if (b.preamble) w *= 0.2;
  if (w > 0 && isPromo(b)) w *= 0.2;
  if (b.kind === 'link') w *= 0.25;
  else if (b.kind === 'button') w *= 0.4;
  return w;
}

export interface Sentence {
  text: string;
  weight: number;
  question: boolean;
  /** The nearest heading above it ("What you need", 「お申し込みに必要なもの」). */
  heading: string;
  /** For a question: the first sentence after it, wherever it stands ("No." answers "Can I top up?"). */
  answer?: string;
}

const QUESTION = /[?？]\s*$|[吗嗎呢]\s*$|ますか\s*$|ですか\s*$|\bcan i\b.*$/i;

/** The weighted sentences of the blocks whose text `anchor` finds interesting. */
export function toSentences(blocks: Block[], interesting: (text: string) => boolean, maxSentences = 4000): Sentence[] {
  const out: Sentence[] = [];
  let heading = '';
  // A question still waiting for its answer: the next sentence on the page, even one without anchor words.
  let asking: Sentence | null = null;
  for (const b of blocks) {
    const weight = blockWeight(b);
    if (b.kind === 'heading' && weight > 0) heading = b.text.slice(0, 200);
    if (weight === 0) continue;
    if (!interesting(b.text)) {
      if (asking) {
        asking.answer = sentences(normalize(b.text))[0];
        asking = null;
      }
      continue;
    }
    for (const s of sentences(normalize(b.text))) {
      if (asking) {
        asking.answer = s;
        asking = null;
      }
      const unit: Sentence = { text: s, weight, question: QUESTION.test(s), heading };
      if (unit.question) asking = unit;
      out.push(unit);
      if (out.length >= maxSentences) return out;
    }
  }
  return out;
}

export interface Hit {
  id: string;
  weight: number;
  sentence: string;
  at: number;
}

function* matches(list: CompiledPhrase[], text: string) {
  for (const p of list) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      yield { phrase: p, start: m.index, end: m.index + m[0].length };
    }
  }
}

export interface PairHits {
  first: Hit[];
  second: Hit[];
}

/**
 * Finds `first` phrases, then `second` phrases outside their spans. With
 * `negators`, a `second` hit that a negator governs counts as `first`.
 */
export function scanPair(
  text: string,
  first: CompiledPhrase[],
  second: CompiledPhrase[],
  negators?: { before: RegExp[]; after: RegExp[] },
  /** One-regex unions of `first` and `second`: most sentences match neither and cost one test each. */
  unions?: [RegExp, RegExp],
): { first: Array<Hit & { phraseId: string }>; second: Array<Hit & { phraseId: string }> } {
  const spans: Array<[number, number]> = [];
  const a: Array<Hit & { phraseId: string }> = [];
  const b: Array<Hit & { phraseId: string }> = [];
  if (unions && !unions[0].test(text) && !unions[1].test(text)) return { first: a, second: b };
  for (const m of matches(first, text)) {
    spans.push([m.start, m.end]);
    a.push({ id: m.phrase.id, phraseId: m.phrase.id, weight: m.phrase.weight, sentence: text, at: m.start });
  }
  for (const m of matches(second, text)) {
    if (spans.some(([s, e]) => m.start < e && m.end > s)) continue;
    const hit = { id: m.phrase.id, phraseId: m.phrase.id, weight: m.phrase.weight, sentence: text, at: m.start };
    if (negators) {
      const before = text.slice(Math.max(0, m.start - 30), m.start);
      const after = text.slice(m.end, m.end + 14);
      if (negators.before.some((r) => r.test(before)) || negators.after.some((r) => r.test(after))) {
        a.push({ ...hit, id: `negated:${hit.id}`, weight: Math.max(2, hit.weight) });
        continue;
      }
    }
    b.push(hit);
  }
  return { first: a, second: b };
}

/** Negator phrases split by where they sit relative to the word they negate (compiled with the lexicon). */
export function negatorsOf(lex: Lexicon) {
  return lex.negators;
}

/**
 * Sums hits so that one phrase repeated all over a page does not outweigh a
 * single explicit statement: each phrase counts its strongest hit, plus a
 * quarter per repeat, at most one more.
 */
export function score(hits: Hit[]): number {
  const byId = new Map<string, { max: number; n: number }>();
  for (const h of hits) {
    if (h.weight <= 0) continue;
    const e = byId.get(h.id) ?? { max: 0, n: 0 };
    e.max = Math.max(e.max, h.weight);
    e.n++;
    byId.set(h.id, e);
  }
  let total = 0;
  for (const { max, n } of byId.values()) total += max + Math.min(1, 0.25 * (n - 1)) * max;
  return total;
}

/** The strongest hits as short quotes, strongest first, no duplicates. */
export function quotes(hits: Hit[], n = 3): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of [...hits].sort((x, y) => y.weight - x.weight)) {
    const q = snippet(h.sentence, h.at);
    if (h.weight <= 0 || seen.has(q)) continue;
    seen.add(q);
    out.push(q);
    if (out.length === n) break;
  }
  return out;
}
