import type { Binds, Lexicon } from '../data/lexicon';
import type { Provider } from '../data/providers';
import { findCues, statementCue, type Mention, type PolarityFamily } from './context';
import { MIN_PAGE_SCORE, quotes, score, type Evidence } from './evidence';
import type { Reading } from './read';
import type { TopUp } from './verdict';

/**
 * Decisions on polarity evidence: combine what the statements of a page (or
 * of one card) say about a family (top-up, term). Page evidence beats the
 * provider's documented default; the default beats silence.
 */

/** What kind of plan a rule must match to bind it ("unlimited plans can't be topped up"). */
export interface PlanKind {
  unlimited: boolean;
  daily: boolean;
  /** A daily allowance ("2 GB a day"): a daily plan, not one of a total amount. */
  dailyData?: boolean;
  contract: boolean;
  /** The plan comes with calls or a number. */
  voice: boolean;
  /** A card whose own words say nothing of the family: a legend's rule for unmarked cards is about it. */
  silent?: boolean;
  /** A card that shows a legend's mark: the legend's rule for "plans marked ⚡" is about it. */
  marked?: boolean;
  /** The plan's days, for rules on plans of a length ("bundles of 30 days or more can be extended"). */
  days?: number;
}

/** A rule that names the plan's kind speaks of it more surely than a general one. */
const NAMES_THE_PLAN = 1.5;

/** How a rule bound to kinds of plan counts for this one: more when it names the plan's kind (any of those it lists), not at all otherwise. */
export function bindFactor(binds: Binds[], kind: PlanKind, days?: { min?: number; max?: number }): number {
  if (!binds.length) return 1;
  // "Some fixed-data plans can be topped up": which ones, the rule does not say, unless the card shows the mark it names.
  if (binds.includes('rechargeable')) return kind.marked ? NAMES_THE_PLAN : 0;
  const matches = (b: Binds) =>
    b === 'unlimited' ? kind.unlimited
    : b === 'fixed' ? !kind.unlimited && !kind.dailyData
    : b === 'contract' ? kind.contract
    : b === 'prepaid' ? !kind.contract
    : b === 'daily' ? kind.daily || kind.dailyData === true
    : b === 'voice' ? kind.voice
    : b === 'unmarked' ? kind.silent === true
    : b === 'longer' ? kind.days !== undefined && days?.min !== undefined && kind.days >= days.min
    : b === 'shorter' ? kind.days !== undefined && days?.max !== undefined && kind.days <= days.max
    : false;
  return binds.some(matches) ? NAMES_THE_PLAN : 0;
}

export interface PolarityEvidence {
  yes: Evidence[];
  no: Evidence[];
}

/**
 * Short replies under a heading ("Top-up" / "Not available", 「追加チャージ」/「不可」) take the heading's concept:
 * only a reply that starts with its polarity word, so "有効期限: …(繰り越し不可)" under the same heading does not.
 */
const MAX_INHERITING = 40;
const REPLY_STARTS_WITHIN = 3;

/**
 * A card's badge is its concept alone ("↻ Rechargeable", "Top-up" without a cue): the shop advertises that card's
 * top-up as plainly as a sentence would. Only marks and brackets may stand beside the word. Only a top-up badge:
 * a lone 「一次性」 or "Keep your number" on a card is a weaker hint (one-time payment, not single use).
 */
const BADGE_REST = /^[\s✓✔☑↻⟳🔄+•·:：\-–—()（）[\]【】「」"“”]*$/u;
const BADGE_WEIGHT = 3;
const isBadge = (st: Reading['st'], m: Mention) =>
  m.family === 'topUp' && m.polarity > 0 && st.groups.length > 0 && st.kind !== 'link' && !m.cue && BADGE_REST.test(st.text.slice(0, m.start) + st.text.slice(m.end));

const ATTRIBUTIVE = /^[的の]/;

/**
 * Whether a question (or a heading) `text` asks about the family through this mention, so that its reply decides. A
 * short-term hint in a question ("Can I use it abroad?", 「預付卡可以用 eSIM 嗎?」) asks about something else:
 * only a contract's marks ("Is there a minimum term?", "Does it renew?") ask about the term. Nor does a concept
 * that qualifies a noun (的, の: 「续充的套餐…能留到下次吗?」).
 */
const asksAbout = (m: Mention, family: PolarityFamily, text: string) =>
  m.family === family && (family !== 'term' || m.polarity > 0) && !ATTRIBUTIVE.test(text.slice(m.end, m.end + 1));

const renewals = new WeakMap<Lexicon, Set<string>>();
/** Concepts that on a contract name its renewal: computed once per lexicon. */
function renewalConcepts(lex: Lexicon): Set<string> {
  let ids = renewals.get(lex);
  if (!ids) renewals.set(lex, (ids = new Set(lex.concepts.topUp.filter((c) => c.renewal).map((c) => c.id))));
  return ids;
}

/**
 * Whether `reply` answers the question `text` through its mention `m`: with words of the family of its own, or with
 * a bare yes or no to what the question asks about (the reply step below then counts it).
 */
function answers(reply: Reading, m: Mention, family: PolarityFamily, text: string, lex: Lexicon): boolean {
  if (reply.mentions.some((o) => o.family === family && o.weight > 0)) return true;
  const yesOrNo = !!(statementCue(reply.st.text, reply.st.script, lex, 'answerNo') || statementCue(reply.st.text, reply.st.script, lex, 'answerYes'));
  return yesOrNo && asksAbout(m, family, text);
}

/** How much a top-up kept for another product alone says against this plan's, of what it says of that product. */
const EXCLUSIVE_WEIGHT = 0.6;

/** The lexicon's extension concepts ("extend", 「延長」, 「續期」): more days rather than more data. */
const isExtension = (m: Mention) => m.concept.endsWith('-extend');

/**
 * Evidence for and against one family in `readings`. `all` is every reading
 * of the page, where questions and headings are looked up by index.
 */
export function polarityEvidence(family: PolarityFamily, readings: Reading[], all: Reading[], kind: PlanKind, lex: Lexicon): PolarityEvidence {
  const yes: Evidence[] = [];
  const no: Evidence[] = [];
  const push = (polarity: number, e: Evidence) => (polarity > 0 ? yes : no).push(e);
  // A heading's rule binds what stands under it: rows under 「什麼時候可以加值?(適用於支援加值的方案)」 are about
  // rechargeable plans only. Its block may hold several statements.
  const headingBinds = new Map<number, Binds[]>();
  const bindsUnder = (at: number | undefined): Binds[] => {
    if (at === undefined) return [];
    let binds = headingBinds.get(at);
    if (!binds) {
      binds = [];
      for (let k = at; k < all.length && all[k].st.block === all[at].st.block; k++) {
        for (const m of all[k].mentions) if (m.family === family) binds.push(...m.binds);
      }
      headingBinds.set(at, binds);
    }
    return binds;
  };
  const renewal = renewalConcepts(lex);
  const factorOf = (m: Mention, weight: number, inherited: Binds[] = [], thisPlan = false, polarity: number = m.polarity) => {
    if (m.otherProduct) return 0;
    if (kind.contract && renewal.has(m.concept)) return 0;
    // "Day passes such as this 15-day plan cannot be recharged": the rule names this plan among those it binds.
    let f = weight * (thisPlan && m.binds.length ? NAMES_THE_PLAN : bindFactor(m.binds.length ? m.binds : inherited, kind, m.binds.length ? m.days : undefined));
    // "Expired eSIMs cannot be recharged", "after expiry buy a new eSIM": true of every plan, and silent on
    // one that can be topped up while it runs; so is "Before activation? — No." (the answer's polarity).
    if (m.temporal && polarity < 0) f *= 0.4;
    // "Check whether this eSIM can be recharged" asks rather than states.
    if (m.hypothetical) f *= 0.1;
    return f;
  };
  for (const r of readings) {
    const st = r.st;
    if (st.weight <= 0) continue;
    let own = false;
    // One statement says one thing per polarity: its strongest mention counts, so a definition that names
    // three concepts ("「追加购买」指追加流量或延长天数") weighs no more than one.
    const strongest = new Map<number, Evidence>();
    const inherited = bindsUnder(st.headingAt);
    // A question asks; its answer decides (below). Only a question left without a readable answer says a little.
    const reply = st.question && st.answer !== undefined ? all[st.answer] : undefined;
    // "Data can be added, the days cannot be extended" (「データ追加のみ。期間の延長は不可」): the plan can be topped
    // up; the refused extension only limits how. A data top-up counts against the refused extension when a cue says
    // it, or when it stands before the cue that refuses the extension (out of that cue's reach: "cannot be renewed or
    // topped up" refuses both).
    const addsData = (ext: Mention) =>
      r.mentions.some((m) => m.family === family && m.polarity > 0 && !isExtension(m) && !m.otherProduct && !m.temporal && (!!m.cue || m.end <= (ext.cueAt ?? ext.start)));
    // A heading that only names the topic ("About top-ups", 「チャージ・延長について」, 「網上增值服務說明」) says nothing
    // by itself, "online" or not; what follows it does.
    const topic = family === 'topUp' && st.kind === 'heading' && !!statementCue(st.text, st.script, lex, 'topicHeading');
    // "Top-ups only for our physical SIM cards", 「チャージは物理SIMのみ」: kept for another product alone, top-ups are
    // not for this plan. A hint, weaker than the page saying so of the plan itself. The other product may be named
    // after the top-up it keeps ("Recharge vouchers … work only with the physical SIM"). Asked only of statements that
    // say a top-up can be had.
    const exclusive =
      family === 'topUp' &&
      r.mentions.some((m) => m.family === family && m.polarity > 0) &&
      !!statementCue(st.text, st.script, lex, 'exclusive') &&
      (r.mentions.some((m) => m.family === family && m.otherProduct && m.polarity > 0) || !!statementCue(st.text, st.script, lex, 'otherProduct'));
    const thisPlan = r.mentions.some((m) => m.family === family && m.binds.length > 0) && !!statementCue(st.text, st.script, lex, 'thisProduct');
    for (const m of r.mentions) {
      if (m.family !== family) continue;
      own = true;
      if (reply && answers(reply, m, family, st.text, lex)) continue;
      if (family === 'topUp' && m.polarity < 0 && isExtension(m) && addsData(m)) continue;
      if (topic) continue;
      if (exclusive && m.polarity > 0 && !m.negated && !m.temporal) {
        const e = { id: `exclusive:${m.concept}`, weight: m.weight * st.weight * EXCLUSIVE_WEIGHT, sentence: st.text, at: m.start };
        if (e.weight > (strongest.get(-1)?.weight ?? 0)) strongest.set(-1, e);
        continue;
      }
      const f = factorOf(m, st.weight, inherited, thisPlan) * (st.question ? 0.3 : 1);
      const stated = isBadge(st, m) ? Math.max(m.weight, BADGE_WEIGHT) : m.weight;
      // A list item quotes the statement that says yes or no to it: "Adding more data … None of the above is possible".
      const e = { id: m.cue ? `${m.concept}:${m.cue}` : m.concept, weight: stated * f, sentence: m.quote ?? st.text, at: m.quote ? 0 : m.start };
      if (e.weight > (strongest.get(m.polarity)?.weight ?? 0)) strongest.set(m.polarity, e);
    }
    for (const [polarity, e] of strongest) push(polarity, e);
    if (st.answers !== undefined) {
      const q = all[st.answers];
      const reply = statementCue(st.text, st.script, lex, 'answerNo') ? -1 : statementCue(st.text, st.script, lex, 'answerYes') ? 1 : 0;
      if (reply) {
        for (const m of q.mentions) {
          if (!asksAbout(m, family, q.st.text)) continue;
          // The reply is the page's own statement: its place weighs, not the FAQ button the question sits in.
          push(m.polarity * reply, { id: `answer:${m.concept}`, weight: 3 * factorOf(m, st.weight, inherited, false, m.polarity * reply), sentence: `${q.st.text} ${st.text}`, at: 0 });
        }
      }
    }
    if (!own && st.headingAt !== undefined && st.text.length <= MAX_INHERITING && !st.question) {
      const heading = all[st.headingAt];
      const concepts = heading.mentions.filter((m) => asksAbout(m, family, heading.st.text) && !m.cue);
      if (!concepts.length || r.mentions.length) continue;
      const target = family === 'topUp' || family === 'term' ? family : 'requirement';
      const cue = findCues(st.text, st.script, lex, ['negated', 'possible'], [target]).sort((a, b) => a.start - b.start)[0];
      if (!cue || cue.start > REPLY_STARTS_WITHIN) continue;
      const sign = cue.cue.category === 'negated' ? -1 : 1;
      for (const m of concepts) {
        push(m.polarity * sign, { id: `heading:${m.concept}`, weight: (cue.cue.weight ?? 3) * factorOf(m, st.weight), sentence: `${heading.st.text}: ${st.text}`, at: 0 });
      }
    }
  }
  return { yes, no };
}

/**
 * The page's answer beats the seller's documented default, which beats silence.
 * The default is marked `source: "provider"`: the badge says whose policy it is,
 * and the eval scores sets labelled page-only ("a silent page is unknown") as such.
 */
export function decideTopUp(hits: PolarityEvidence, provider: Provider | null): TopUp {
  const yes = score(hits.yes);
  const no = score(hits.no);
  if (Math.max(yes, no) >= MIN_PAGE_SCORE) {
    // A tie goes to "no": saying a plan can be topped up when it cannot strands a traveller; the reverse costs a bigger plan.
    if (no >= yes) return { value: 'no', source: 'page', evidence: quotes(hits.no) };
    return { value: 'yes', source: 'page', evidence: quotes(hits.yes) };
  }
  if (provider && (provider.topUp === 'yes' || provider.topUp === 'no')) {
    return { value: provider.topUp, source: 'provider', evidence: [provider.summary] };
  }
  return { value: 'unknown', source: 'none', evidence: [] };
}
