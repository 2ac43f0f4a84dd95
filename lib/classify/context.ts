import {
  REQUIREMENTS, runsOn, type Binds, type CompiledConcept, type CompiledCue, type CueCategory, type CueTarget, type Lexicon,
  type Requirement, type Script,
} from '../data/lexicon';

/**
 * Step two, the core extractor: what one statement says about top-up, the
 * term and the requirements, read the way NegEx/ConText reads clinical notes
 * (Chapman et al.; medspaCy's ConText is the maintained reference). Concepts
 * ("top-up", 「チャージ」, "月租", "residence card") are found first; then
 * the cues around them:
 *
 *  - negated and possible cues set a concept's polarity and strength; each
 *    reaches forward, backward or both up to its scope, and the nearest cue
 *    wins ("You can top up, it can't be shared": "can" governs "top up");
 *  - terminate cues ("but", 「ただし」, 「但」) end every scope;
 *  - pseudo cues mask phrases that only look like one ("no top-up needed");
 *  - condition, other-product and temporal cues bind the whole clause to one
 *    kind of plan, another product, or the time after expiry.
 *
 * The code only applies rules; every cue and concept is data in
 * data/lexicon.json, with examples.
 */

export type PolarityFamily = 'topUp' | 'term' | Requirement;

export interface Mention {
  family: PolarityFamily;
  concept: string;
  /** +1: can be topped up / a contract / required; -1: cannot / short-term / not required. */
  polarity: 1 | -1;
  /** 1 a hint … 4 an explicit statement, before the statement's own weight. */
  weight: number;
  /** The cue that set the polarity, if any, and where it stands. */
  cue?: string;
  cueAt?: number;
  /** A negated cue set it ("cannot be topped up"), rather than the concept's own polarity or a possible cue. */
  negated: boolean;
  binds: Binds[];
  /** For a 'longer' or 'shorter' bind: the least or most days of the plans it is about. */
  days?: { min?: number; max?: number };
  otherProduct: boolean;
  temporal: boolean;
  /** An embedded question ("check whether…") that no cell answers. */
  hypothetical: boolean;
  /** What to quote when another statement gave it its polarity: a list item with the list's "none of the above…". */
  quote?: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface CueHit extends Span {
  cue: CompiledCue;
}

interface ConceptHit extends Span {
  concept: CompiledConcept;
}

const isRequirement = (f: string): f is Requirement => (REQUIREMENTS as readonly string[]).includes(f);
const targetOf = (family: PolarityFamily): CueTarget => (isRequirement(family) ? 'requirement' : family);

function execAll(re: RegExp, text: string, each: (start: number, end: number, m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    each(m.index, m.index + m[0].length, m);
  }
}

/** Keeps the longest of overlapping spans (earlier first on ties). */
export function longestFirst<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && s.end > k.start)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Drops spans strictly inside a longer overlapping one; spans of equal length all stay. */
function outlasting<T extends Span>(spans: T[]): T[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.end - o.start > s.end - s.start && s.start < o.end && s.end > o.start));
}

/** Every hit of the cues of `categories` that apply to one of `targets`. */
export function findCues(text: string, script: Script, lex: Lexicon, categories: readonly CueCategory[], targets: readonly CueTarget[]): CueHit[] {
  const out: CueHit[] = [];
  for (const cat of categories) {
    if (!lex.anyCue[cat].test(text, script)) continue;
    for (const cue of lex.cues[cat]) {
      if (!runsOn(cue, script) || !cue.applies.some((t) => targets.includes(t))) continue;
      // Spans without their edge spaces: " available" and "No" stand equally near "top-up" in "No top-up available".
      execAll(cue.re, text, (start, end) => {
        while (start < end && text.charCodeAt(start) === 32) start++;
        while (end > start && text.charCodeAt(end - 1) === 32) end--;
        if (end > start) out.push({ start, end, cue });
      });
    }
  }
  return out;
}

/** Whether a terminate cue, or one of the cue's own stop characters, stands between two positions. */
function blocked(text: string, from: number, to: number, terminators: Span[], cue: CompiledCue): boolean {
  if (to <= from) return false;
  if (terminators.some((t) => t.start >= from && t.end <= to)) return true;
  return !!cue.stopRe && cue.stopRe.test(text.slice(from, to));
}

/**
 * How far a cue stands from a span it may modify, or -1 when the span is
 * outside its scope. Overlapping spans are at distance 0.
 */
export function cueDistance(text: string, cue: CueHit, span: Span, terminators: Span[]): number {
  const dir = cue.cue.direction;
  const scope = dir === 'statement' ? Math.max(cue.cue.scope, 400) : cue.cue.scope;
  if (cue.start < span.end && cue.end > span.start) return 0;
  if (cue.end <= span.start && dir !== 'backward') {
    const gap = span.start - cue.end;
    if (gap <= scope && !blocked(text, cue.end, span.start, terminators, cue.cue)) return gap;
  }
  if (cue.start >= span.end && dir !== 'forward') {
    const gap = cue.start - span.end;
    if (gap <= (cue.cue.scopeBack ?? scope) && !blocked(text, span.end, cue.start, terminators, cue.cue)) return gap;
  }
  return -1;
}

/** The families a caller wants read; requirements come together. */
export interface Wanted {
  topUp?: boolean;
  term?: boolean;
  requirements?: boolean;
}

const NEAR_LATIN = 12;
const NEAR_CJK = 4;
const FAR_FACTOR = 0.7;
/** How close a negation must stand before a "can" cue to negate it (a space or a particle). */
const NEGATES_NEXT = 1;

const MODIFIERS: readonly CueCategory[] = ['negated', 'possible', 'pseudo', 'terminate', 'condition', 'otherProduct', 'temporal', 'hypothetical'];

export function readMentions(text: string, script: Script, lex: Lexicon, wanted: Wanted): Mention[] {
  // 1. Concepts, the longest of overlapping ones in each family.
  let hits: ConceptHit[] = [];
  const scan = (concepts: CompiledConcept[]) => {
    const found: ConceptHit[] = [];
    for (const c of concepts) if (runsOn(c, script)) execAll(c.re, text, (start, end) => found.push({ start, end, concept: c }));
    hits.push(...longestFirst(found));
  };
  if (wanted.topUp && lex.any.topUp.test(text, script)) scan(lex.concepts.topUp);
  if (wanted.term && lex.any.term.test(text, script)) scan(lex.concepts.term);
  if (wanted.requirements && lex.anyRequirement.test(text, script)) for (const r of REQUIREMENTS) scan(lex.requirements[r]);
  if (!hits.length) return [];
  // Across families too, the longer concept is the one meant: 「自动续订」 is a subscription, not a top-up.
  hits = longestFirst(hits);

  // 2. Cues.
  const targets = [...new Set(hits.map((h) => targetOf(h.concept.family as PolarityFamily)))];
  const cues = findCues(text, script, lex, MODIFIERS, targets);
  const pseudo = cues.filter((c) => c.cue.category === 'pseudo');
  const inPseudo = (s: Span, target: CueTarget) =>
    pseudo.some((p) => p.cue.applies.includes(target) && s.start < p.end && s.end > p.start);
  hits = hits.filter((h) => !inPseudo(h, targetOf(h.concept.family as PolarityFamily)));
  const terminators = cues.filter((c) => c.cue.category === 'terminate');
  const polarityCues = cues.filter((c) => (c.cue.category === 'negated' || c.cue.category === 'possible') && !pseudo.some((p) => c.start < p.end && c.end > p.start));
  // Of overlapping cues that may modify a family, the longer one is meant ("not available" over "available");
  // cues of the same span all stay (one may reach forward, another backward).
  const polarityFor = new Map<CueTarget, CueHit[]>();
  const polarityOf = (target: CueTarget) => {
    let list = polarityFor.get(target);
    if (!list) polarityFor.set(target, (list = outlasting(polarityCues.filter((c) => c.cue.applies.includes(target)))));
    return list;
  };
  const CLAUSE = new Set<CueCategory>(['condition', 'otherProduct', 'temporal', 'hypothetical']);
  const clause = cues.filter((c) => CLAUSE.has(c.cue.category));

  // Near enough to state its concept (see `near` below).
  const isNear = (c: CueHit | undefined, gap: number) => gap <= (script === 'latin' ? NEAR_LATIN : NEAR_CJK) || c?.cue.scopeBack !== undefined;

  // 3. Each concept takes the nearest polarity cue in scope, and every clause cue in scope.
  const out: Mention[] = [];
  for (const h of hits) {
    const family = h.concept.family as PolarityFamily;
    const target = targetOf(family);
    let best: CueHit | undefined;
    let bestGap = Infinity;
    const inScope: Array<{ c: CueHit; gap: number }> = [];
    for (const c of polarityOf(target)) {
      let gap = cueDistance(text, c, h, terminators);
      if (gap < 0) continue;
      // 「無法再續約、延長天數或加購流量」: a negation before a list reaches each of its items.
      if (gap > 0 && c.cue.category === 'negated' && c.end <= h.start && onlyListedBetween(text, c.end, h.start, hits, family)) gap = 0;
      inScope.push({ c, gap });
      // A cell's answer ("可充值 : ✕ 否") decides over the words of the label it answers.
      if (best?.cue.answers && !c.cue.answers) continue;
      if ((c.cue.answers && !best?.cue.answers) || gap < bestGap || (gap === bestGap && c.cue.category === 'negated')) {
        best = c;
        bestGap = gap;
      }
    }
    // A negation right before the "can" it negates decides: 「没有可选的充值包」, "not able to".
    if (best?.cue.category === 'possible') {
      const b = best;
      const negating = inScope.find(({ c }) => c.cue.category === 'negated' && c.end <= b.start && b.start - c.end <= NEGATES_NEXT);
      if (negating) {
        best = negating.c;
        bestGap = negating.gap;
      }
    }
    // The nearest cue decides the polarity; of the cues in scope that agree with it, the one that states it most
    // strongly gives the weight (「您可以直接在 App 內為這張 eSIM 加購」: "can", not the nearer "in the app").
    const strengthOf = (c: CueHit, gap: number) => (c.cue.weight ?? 3) * (isNear(c, gap) ? 1 : FAR_FACTOR);
    if (best && !best.cue.answers) {
      for (const { c, gap } of inScope) {
        if (c.cue.category === best.cue.category && !c.cue.answers && strengthOf(c, gap) > strengthOf(best, bestGap)) {
          best = c;
          bestGap = gap;
        }
      }
    }
    const kinds: Array<{ c: CueHit; gap: number }> = [];
    let otherProduct = false;
    let temporal = false;
    let hypothetical = false;
    for (const c of clause) {
      const gap = c.cue.applies.includes(target) ? cueDistance(text, c, h, terminators) : -1;
      if (gap < 0) continue;
      if (c.cue.category === 'condition' && c.cue.binds) kinds.push({ c, gap });
      else if (c.cue.category === 'otherProduct') otherProduct = true;
      else if (c.cue.category === 'temporal') temporal = true;
      else if (c.cue.category === 'hypothetical') hypothetical = true;
    }
    const chosen = boundKinds(text, h, kinds);
    const binds = [...new Set(chosen.map((c) => c.cue.binds!))];
    const days = lengthBound(text, chosen);
    const base = h.concept.polarity ?? 1;
    // A cue next to its concept states it; one a few words away ("无法自动启用续费订单") more often governs
    // another word between them. Cues that close a list ("…均不支持") reach far by design.
    const near = isNear(best, bestGap);
    // A negative concept ("使い切り", "one-time use") is only turned round by a negation right before it
    // ("not a one-time eSIM", "no need to buy a new eSIM"); a far one ("使い切りタイプのため、追加はできません") agrees with it.
    // In English, nor by one after it: "One-time use, cannot be recharged" lists two negatives (Japanese and
    // Chinese put their negation after the word: 「新しいeSIMの購入は不要」).
    if (best && base < 0 && best.cue.category === 'negated' && (bestGap > (script === 'latin' ? NEAR_LATIN : NEAR_CJK) || (script === 'latin' && best.start >= h.end))) best = undefined;
    // "✖ One-time package, no add-ons": a cross beside a negative concept marks a con, it does not deny it.
    if (best && base < 0 && best.cue.category === 'negated' && best.cue.mark) best = undefined;
    const negated = best?.cue.category === 'negated';
    const strength = best ? Math.min(best.cue.weight ?? 3, h.concept.stated ?? 4) * (near ? 1 : FAR_FACTOR) : 0;
    const weight = Math.max(h.concept.weight, strength);
    out.push({
      family,
      concept: h.concept.id,
      polarity: (negated ? -base : base) as 1 | -1,
      weight,
      cue: best?.cue.id,
      cueAt: best?.start,
      negated,
      binds,
      ...(days ? { days } : {}),
      otherProduct,
      temporal,
      hypothetical: hypothetical && !best?.cue.answers,
      start: h.start,
      end: h.end,
    });
  }
  return out;
}

/** Words that join kinds of plan into one list: "unlimited and daily plans", 「吃到飽與每日型方案」, 「無制限・デイリープラン」, 「每日型(天包)和无限流量套餐」. */
const CLAUSE_BREAK = /[,，;；。!?！？]/;
const KIND_LIST = /^(?:\s?[(（][^)）]{0,12}[)）])?[\s、,，・/&]*(?:and|or|與|与|和|及|或|跟|や|と|および|及び|または)?[\s、,，・]*$/i;

/**
 * The kinds of plan a concept is about: the nearest kind named in its clause, and those listed with it. "Data plans
 * can add data, unlimited plans can extend their days" says two things: each concept takes its own kind, not both.
 */
function boundKinds(text: string, at: Span, kinds: Array<{ c: CueHit; gap: number }>): CueHit[] {
  if (!kinds.length) return [];
  // Overlapping kind words ("没有该标记的套餐" holds "标记的套餐"): the longer is meant.
  const spans = outlasting(kinds.map((k) => k.c));
  // A kind in the concept's own clause before one across a comma: 「流量型套餐可追加数据，无限流量套餐可延长天数」.
  const across = (c: CueHit) => {
    const [from, to] = c.end <= at.start ? [c.end, at.start] : [at.end, c.start];
    return from < to && CLAUSE_BREAK.test(text.slice(from, to)) ? 1 : 0;
  };
  const ranked = kinds
    .filter((k) => spans.includes(k.c))
    .map((k) => ({ ...k, across: across(k.c) }))
    .sort((a, b) => a.across - b.across || a.gap - b.gap || a.c.start - b.c.start);
  const chosen = [ranked[0].c];
  for (let grew = true; grew; ) {
    grew = false;
    for (const { c } of ranked) {
      if (chosen.includes(c)) continue;
      const listed = chosen.some((o) => {
        const [a, b] = o.start < c.start ? [o, c] : [c, o];
        return a.end <= b.start && KIND_LIST.test(text.slice(a.end, b.start));
      });
      if (listed) {
        chosen.push(c);
        grew = true;
      }
    }
  }
  return chosen;
}

/** Words that make a length rule strict: "longer than 29 days", 「30日未満」, 「少於30天」. */
const STRICTLY_MORE = /longer than|more than|over|を超える|超過|超过/i;
const STRICTLY_LESS = /shorter than|less than|under|fewer than|未満|少於|少于|未滿|未满|不足|短於|短于|以下(?=\s?(?:的|嘅)?\s?(?:短期)?(?:方案|套餐|計劃|计划|產品|产品|商品))/i;

/** The least or most days a length rule names ("bundles of 30 days or more": at least 30). */
function lengthBound(text: string, chosen: CueHit[]): { min?: number; max?: number } | undefined {
  for (const c of chosen) {
    if (c.cue.binds !== 'longer' && c.cue.binds !== 'shorter') continue;
    const phrase = text.slice(c.start, c.end);
    const n = Number(/\d+/.exec(phrase)?.[0]);
    if (!Number.isFinite(n)) continue;
    return c.cue.binds === 'longer' ? { min: STRICTLY_MORE.test(phrase) ? n + 1 : n } : { max: STRICTLY_LESS.test(phrase) ? n - 1 : n };
  }
  return undefined;
}

const LIST_JOINERS = /^[\s、,，/・]*(?:and|or|和|及|或|與|与|や|と|および|及び|または|、)?[\s、,，/・]*$/i;

/** Between `from` and `to` stand only concepts of the family joined as a list ("A、B或C"). */
function onlyListedBetween(text: string, from: number, to: number, hits: ConceptHit[], family: string): boolean {
  let at = from;
  for (const o of hits) {
    if (o.concept.family !== family || o.end <= from || o.start >= to) continue;
    if (o.start < at) return false;
    // The first item stands right after the negation (a particle or "再" between); the others are joined as a list.
    const between = text.slice(at, o.start);
    if (at === from ? between.length > NEAR_CJK : !LIST_JOINERS.test(between)) return false;
    at = o.end;
  }
  return at > from && LIST_JOINERS.test(text.slice(at, to));
}

/** The first cue of a statement-level category that matches (question, answerYes, need…). */
export function statementCue(text: string, script: Script, lex: Lexicon, category: CueCategory): CompiledCue | undefined {
  if (!lex.anyCue[category].test(text, script)) return undefined;
  return lex.cues[category].find((c) => runsOn(c, script) && ((c.re.lastIndex = 0), c.re.test(text)));
}
