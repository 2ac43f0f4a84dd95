import type { Lexicon } from '../data/lexicon';
import type { CompiledPhrase, FactPhraseKind } from '../data/facts-lexicon';
import { runsOn, scriptOf, type Script } from '../data/union';
import { CELL_SEPARATOR, type PageSnapshot } from '../page/snapshot';
import { normalize, snippet } from '../text/normalize';
import { findCues, statementCue } from './context';
import { sectionOf, type Statement } from './statements';
import type { Reading } from './read';
import type { Facts, Plan } from './verdict';

/**
 * Step three for the traveller facts: what the plan's own statements say of
 * fair use, when the days start, the activation window, number or data only,
 * hotspot, networks and refunds, and the page's rating; each with the
 * sentence that says it. A fact the page does not state is absent: nothing is
 * guessed from the shop. Words are data (data/lexicon.json › facts); this
 * module only decides which statement speaks and combines.
 */

interface Hit {
  value: string;
  weight: number;
  order: number;
  quote: string;
}

const MARKERS = new Set(['topic', 'cue', 'not', 'fallback', 'regardless', 'precedes']);

/** The first of a fact's phrases (in the lexicon's order) that `keep` allows and the text matches. */
function firstMatch(text: string, script: Script, kind: FactPhraseKind, lex: Lexicon, keep: (p: CompiledPhrase) => boolean): { phrase: CompiledPhrase; m: RegExpExecArray } | null {
  for (const p of lex.facts.phrases[kind]) {
    if (!keep(p) || !runsOn(p, script)) continue;
    p.re.lastIndex = 0;
    const m = p.re.exec(text);
    if (m) return { phrase: p, m };
  }
  return null;
}

/**
 * The first phrase of a fact that a statement states, in the lexicon's order (a "no" is listed before its
 * "yes"); none when the clause is about something else ("other": leftover credit, use abroad).
 */
function phraseIn(r: Reading, kind: FactPhraseKind, lex: Lexicon): { phrase: CompiledPhrase; at: number } | null {
  const { text, script } = r.st;
  if (!lex.facts.any[kind].test(text, script)) return null;
  let hit = firstMatch(text, script, kind, lex, (p) => !MARKERS.has(p.value));
  // "Every pack is data-only, so keep your home SIM for calls": the clause about something else says nothing, the
  // rest of the statement still does (the clause is blanked, so positions hold).
  if (hit?.phrase.value === 'other' && CLAUSE_SCOPED_OTHER.has(kind)) {
    const rest = blankClauses(text, (t) => marker(t, script, kind, 'other', lex));
    hit = rest.trim() ? firstMatch(rest, script, kind, lex, (p) => !MARKERS.has(p.value)) : null;
  }
  return hit && hit.phrase.value !== 'other' ? { phrase: hit.phrase, at: hit.m.index } : null;
}
// Only the number: refunds measured worse so (a refund's 'other' clause often carries the rule itself); hotspot did not move.
const CLAUSE_SCOPED_OTHER = new Set<FactPhraseKind>(['number']);

/** A fact's phrase of one special value ("cue", "not", "other", "topic", or a value such as "fixed-date"). */
function marker(text: string, script: Script, kind: FactPhraseKind, value: string, lex: Lexicon): RegExpExecArray | null {
  return firstMatch(text, script, kind, lex, (p) => p.value === value)?.m ?? null;
}

/** A table cell's answer for hotspot ("Hotspot : ✓"), from the cell phrases only. */
function cellIn(text: string, lex: Lexicon): string | null {
  return firstMatch(text, scriptOf(text), 'hotspot', lex, (p) => p.id.includes('-cell-'))?.phrase.value ?? null;
}

/**
 * A refund rule said in parts rather than in one of the refund phrases: the refund word, whether the clause refuses it
 * (the lexicon's negated cues), and the condition it hangs on ("bundles that haven't been installed", 「未インストール
 * のeSIMに限り」, 「安裝前」). Refused whatever the state ("all sales are final", 「いかなる場合も」) is never; any rule
 * on the uninstalled eSIM, granted, is a refund before install. A refusal without "regardless" says nothing here:
 * most are about something else (the data left on a deleted eSIM, a topping part-used, a phone that cannot take one).
 */
function refundByParts(text: string, script: Script, lex: Lexicon): { value: 'before-install' | 'never'; at: number } | null {
  const topic = marker(text, script, 'refund', 'topic', lex);
  if (!topic) return null;
  // The lexicon's refusals are the top-up family's cues ("cannot", 「できません」, 「不予」): one list serves both.
  if (marker(text, script, 'refund', 'regardless', lex)) {
    return findCues(text, script, lex, ['negated'], ['topUp']).length ? { value: 'never', at: topic.index } : null;
  }
  // A condition on the uninstalled eSIM with a refusal beside it is still before install: "refunds for eSIMs not yet
  // installed; none once installed" (measured: refusing on any refusal word lost three unseen pages for one). What
  // the refusal is about when it is not this plan (「未使用のデータ分」) is the phrases' "other".
  return marker(text, script, 'refund', 'cue', lex) ? { value: 'before-install', at: topic.index } : null;
}

/** How far a yes-or-no cue may stand after hotspot's topic word (「テザリング(インターネット共有)に対応しておりません」), or before it ("no hotspot"). */
const CUE_AFTER_TOPIC = 40;
const CUE_BEFORE_TOPIC = 12;
const CLAUSE_BREAK = /[。.;；!！?？，]|,\s/;
const DASH_ONLY = /^[\s:：]*[-－–—]+$/;

/**
 * Hotspot said in the page's own yes-or-no words rather than a hotspot phrase ("tethering to laptops … is allowed",
 * 「テザリング : 無料でご利用いただけます」): the cue nearest the topic word in its clause, of those the lexicon lets
 * answer for hotspot (cues › applies "hotspot").
 */
function hotspotByCue(text: string, script: Script, lex: Lexicon): { value: 'yes' | 'no'; at: number } | null {
  // Japanese and Chinese only: English pages say it in the phrases' words, and there the generic "can" and "no"
  // beside "hotspot" answered nothing (measured: two unseen English pages wrong, none right that the phrases missed).
  if (script === 'latin') return null;
  const topic = marker(text, script, 'hotspot', 'topic', lex);
  if (!topic) return null;
  const from = topic.index;
  const to = from + topic[0].length;
  // "Hotspot only on the unlimited plans" (「熱點分享僅限…方案」): which plans, the clause says, not whether this one.
  if (statementCue(text, script, lex, 'exclusive')) return null;
  let best: { value: 'yes' | 'no'; gap: number } | null = null;
  const said = new Set<string>();
  const cues = findCues(text, script, lex, ['negated', 'possible'], ['hotspot']);
  // 「対応しておりません」 holds a 「対応」: a "can" inside a refusal is the refusal's.
  const refusals = cues.filter((c) => c.cue.category === 'negated');
  for (const c of cues) {
    if (c.cue.category !== 'negated' && refusals.some((n) => n.start <= c.start && n.end >= c.end)) continue;
    const after = c.start >= to;
    const gap = after ? c.start - to : from - c.end;
    if (gap < 0 || gap > (after ? CUE_AFTER_TOPIC : CUE_BEFORE_TOPIC)) continue;
    if (CLAUSE_BREAK.test(after ? text.slice(to, c.start) : text.slice(c.end, from))) continue;
    // A dash in a cell ("热点共享 : —") leaves the question open.
    if (DASH_ONLY.test(text.slice(c.start, c.end))) continue;
    const negated = c.cue.category === 'negated';
    said.add(negated ? 'no' : 'yes');
    if (!best || gap < best.gap) best = { value: negated ? 'no' : 'yes', gap };
  }
  // 「テザリングは容量型で利用可、無制限プランでは利用できません」: yes for some plans and no for others says neither.
  return best && said.size === 1 ? { value: best.value, at: from } : null;
}

/**
 * The first two different starts named, in order, are offered as alternatives ("install or first connection"),
 * unless the second is only the fallback of the first ("first use, or automatically 30 days after purchase").
 */
function alternatives(text: string, script: Script, lex: Lexicon, named: Array<{ value: string; at: number; end: number }>): boolean {
  const other = named.find((f) => f.value !== named[0]?.value);
  if (!other || !/\bor\b|または|もしくは|或者?|或是/.test(text.slice(named[0].end, other.at))) return false;
  const fallback = marker(text.slice(named[0].end, other.end), script, 'validityStart', 'fallback', lex);
  return !fallback;
}

/**
 * `text` with each clause that `find` matches in blanked (same length, so positions hold), up to four of them.
 * A dash sets off a clause too ("when it first connects in Japan — not when you buy it"), and a colon ends one
 * (「不是从付款那一刻开始算:手机到达日本…时才开始」).
 */
function blankClauses(text: string, find: (t: string) => RegExpExecArray | null): string {
  for (let hit = find(text), n = 0; hit && n < 4; hit = find(text), n++) {
    const before = Math.max(...[...text.slice(0, hit.index).matchAll(/[,，;；、。.]|\s[-–—]\s/g)].map((m) => m.index! + m[0].length), 0);
    const after = text.slice(hit.index).search(/[,，;；、。:：]|\.\s|\s[-–—]\s/);
    const end = after < 0 ? text.length : hit.index + after;
    text = text.slice(0, before) + ' '.repeat(end - before) + text.slice(end);
  }
  return text;
}

/**
 * When the days start: in a clause that says so (a cue: "the 30 days start…", 「…から起算」, 「开始计算」), or
 * under a heading or question that asks it, the first thing named after the cue that starts them
 * (a first connection, the installation, the purchase, a chosen date), else the last one before it.
 */
function validityStartIn(text: string, script: Script, lex: Lexicon, asked = false): { value: string; at: number } | null {
  // One union test first: most statements say nothing of it (measured: the facts were 0.7 ms of a 400 KB page).
  if (!lex.facts.any.validityStart.test(text, script)) return null;
  // "…start on first connection; installing before you leave uses no days": the clause that says what does not
  // start them is blanked (same length, so positions hold), the rest still says what does.
  text = blankClauses(text, (t) => marker(t, script, 'validityStart', 'not', lex));
  if (!text.trim()) return null;
  // "Activate within 30 days of purchase", 「購買日起計 1 年內使用」: what a window to activate in counts from is not
  // what starts the days; the clause that holds the window is blanked too.
  text = blankClauses(text, (t) => firstMatch(t, script, 'activationWindow', lex, (p) => p.value === 'window')?.m ?? null);
  if (!text.trim()) return null;
  const cue = marker(text, script, 'validityStart', 'cue', lex);
  // Choosing the start date says it on its own ("pick your start date at checkout", 「利用開始日を指定」), and beats the
  // purchase it is chosen at (「开始日期 : 下单时选择，当天 0 点起计算」), though not a first connection or install.
  const chosen = marker(text, script, 'validityStart', 'fixed-date', lex);
  if (!cue && !asked) return chosen ? { value: 'fixed-date', at: 0 } : null;
  const start = startNamed(text, script, lex, cue);
  // 「請選擇抵達美國的日期」: an arrival named inside the choosing is the date chosen, not a first connection.
  const within = !!chosen && !!start && start.at >= chosen.index && start.at < chosen.index + chosen[0].length;
  return chosen && (!start || start.value === 'purchase' || within) ? { value: 'fixed-date', at: chosen.index } : start;
}

/** What the cue in `text` says starts the days, of the starts it names (below). */
function startNamed(text: string, script: Script, lex: Lexicon, cue: RegExpExecArray | null): { value: string; at: number } | null {
  const found: Array<{ value: string; at: number; end: number }> = [];
  for (const p of lex.facts.phrases.validityStart) {
    if (MARKERS.has(p.value) || !runsOn(p, script)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      found.push({ value: p.value, at: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) p.re.lastIndex++;
    }
  }
  if (!found.length) return null;
  const from = cue ? cue.index + cue[0].length : 0;
  // In a row of cells ("有効期間 : 7日 : 料金 : $4.90 : 購入") the cue's value is the next cell: a later cell is
  // another column (a buy button's 「購入」 is no purchase start).
  const ownCell = cue ? text.indexOf(CELL_SEPARATOR, cue.index) : -1;
  const nextCell = ownCell < 0 ? -1 : text.indexOf(CELL_SEPARATOR, ownCell + CELL_SEPARATOR.length);
  if (nextCell > 0) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i].at >= nextCell) found.splice(i, 1);
    if (!found.length) return null;
  }
  if (cue) {
    // Within the clause that holds the cue first ("…start counting after install, so install on the day you land").
    const CLAUSE = /[,，;；、]|\s[-–—]\s/g;
    let start = 0;
    let end = text.length;
    for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
      if (m.index < cue.index) start = m.index;
      else if (m.index >= from && m.index < end) end = m.index;
    }
    const inClause = found.filter((f) => f.end > start && f.at < end);
    // "usually at installation or first connection": two starts offered as alternatives say neither.
    const named = inClause.filter((f) => f.end > from).sort((a, b) => a.at - b.at);
    if (alternatives(text, script, lex, named)) return null;
    // 「安装后首次连接…时开始」, "install it, then the days start at the first connection": the first is a step before the start.
    const second = named.find((f) => f.value !== named[0]?.value);
    if (second && marker(text.slice(named[0].end, second.at), script, 'validityStart', 'precedes', lex)) return second;
    if (inClause.length) return named[0] ?? inClause.sort((a, b) => b.at - a.at)[0];
  }
  const after = found.filter((f) => f.end > (cue ? cue.index : 0)).sort((a, b) => a.at - b.at);
  // The same beyond the cue's clause: "the days begin once it is activated — usually when it is installed or first joins a network".
  if (alternatives(text, script, lex, after.filter((f) => f.at >= from))) return null;
  if (after.length) return after.find((f) => f.at >= from) ?? after[0];
  return found.sort((a, b) => b.at - a.at)[0];
}

/**
 * The value the statements agree on: the most weight, then the earliest. `firm` values weigh a little more:
 * a plan's stated restriction ("data only") outweighs the same page mentioning calls once.
 */
function decide(hits: Hit[], firm?: string): { value: string; evidence: string[] } | undefined {
  if (!hits.length) return undefined;
  const byValue = new Map<string, Hit[]>();
  for (const h of hits) (byValue.get(h.value) ?? byValue.set(h.value, []).get(h.value)!).push(h);
  const ranked = [...byValue.entries()].map(([value, hs]) => ({ value, weight: Math.max(...hs.map((h) => h.weight)) + 0.1 * (hs.length - 1) + (value === firm ? 0.15 : 0), first: Math.min(...hs.map((h) => h.order)), hs }));
  ranked.sort((a, b) => b.weight - a.weight || a.first - b.first);
  const best = ranked[0];
  return { value: best.value, evidence: [...new Set(best.hs.map((h) => h.quote))].slice(0, 2) };
}

function speedKbps(text: string, lex: Lexicon): number | undefined {
  const { re, units } = lex.facts.speed;
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m?.groups) return undefined;
  const n = Number(m.groups.n);
  const unit = m.groups.unit.toLowerCase().startsWith('m') ? units.m : units.k;
  return n > 0 ? n * unit : undefined;
}

/** "4.7 ★ (5,904 reviews)", "1.2万条评价", "3k ratings". */
function count(s: string): number {
  const t = s.replace(/,/g, '');
  const n = parseFloat(t);
  if (/[kK]$/.test(t)) return Math.round(n * 1000);
  if (/[万萬]$/.test(t)) return Math.round(n * 10000);
  return Math.round(n);
}

const REVIEW_WORD = /reviews?|ratings?|レビュー|口コミ|評価|评价|評價|评论|評論|点评|點評/i;

/** The nearest heading above block `i` (within a few blocks) opens the reviews, as statements.ts reads sections. */
function underReviewsHeading(blocks: PageSnapshot['blocks'], i: number, lang: string, lex: Lexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (blocks[k].kind === 'heading') return sectionOf(blocks[k].text, lang, lex) === 'review';
  }
  return false;
}

/** Right under the product's own title (its <h1>, a line or two before): where a shop shows the plan's stars. */
function underTitle(blocks: PageSnapshot['blocks'], i: number, h1: string): boolean {
  if (!h1) return false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (blocks[k].kind === 'heading' && blocks[k].text === h1) return true;
  return false;
}

/** The page's rating of this plan: its structured data, else a visible rating line in the content or review summary. */
function ratingOf(snapshot: PageSnapshot, lex: Lexicon): { value: { stars: number; count: number }; evidence: string[] } | undefined {
  const marked = snapshot.products.find((p) => p.rating)?.rating ?? snapshot.rating;
  if (marked && marked.count > 0) return { value: marked, evidence: [`${marked.stars} ★ (${marked.count})`] };
  const { line, star, shop } = lex.facts.rating;
  const blocks = snapshot.blocks;
  // Different ratings on items of one set (the cards of a search result, each with its stars) are the cards', not the
  // page's; one rating shown twice in the product's own layout (its header, its review summary) is the page's.
  const itemRatings = new Map<number, Set<string>>();
  let found: { value: { stars: number; count: number }; evidence: string[]; set?: number } | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // A shop's trust badge sits in its header or footer, other products' stars in sidebars.
    if (b.region !== 'main' && b.region !== 'body' && b.region !== 'review') continue;
    if (b.text.length > 160) continue;
    const next = blocks[i + 1] && blocks[i + 1].text.length < 60 ? ` ${blocks[i + 1].text}` : '';
    const text = normalize(b.text + next);
    if (!star.test(text) || shop.test(text) || (i > 0 && shop.test(blocks[i - 1].text))) continue;
    const m = line.exec(text);
    if (!m?.groups) continue;
    // A bare count in brackets ("★4.3(212件)") is the plan's rating only under the page's reviews heading: elsewhere
    // it is as often a store's or a search result's.
    // A heading that names the reviews and shows their summary (「买家评价 ★★★★★ 4.9 分（876 条）」) is one too.
    const reviewsHeading = b.kind === 'heading' && REVIEW_WORD.test(b.text);
    if (!REVIEW_WORD.test(m[0]) && !reviewsHeading && !underTitle(blocks, i, snapshot.h1) && !underReviewsHeading(blocks, i, snapshot.lang || 'en', lex)) continue;
    // The line's three shapes: stars then count ("4.7 ★ (5,904 reviews)"), stars then the word then count
    // ("4.3 レビュー540件"), the word and count then stars ("累计评价 876 · ★★★★★ 4.9").
    const g = m.groups;
    const stars = Number(g.stars ?? g.starsBefore ?? g.starsLast);
    const n = count(g.count ?? g.countAfter ?? g.countFirst);
    if (!(stars > 0 && stars <= 5 && n > 0)) continue;
    const set = b.groups?.[b.groups.length - 1]?.[0];
    if (set !== undefined) (itemRatings.get(set) ?? itemRatings.set(set, new Set()).get(set)!).add(`${stars}|${n}`);
    if (set === undefined) return { value: { stars, count: n }, evidence: [snippet(text, m.index)] };
    found ??= { value: { stars, count: n }, evidence: [snippet(text, m.index)], set };
  }
  if (!found || (itemRatings.get(found.set!)?.size ?? 0) > 1) return undefined;
  return { value: found.value, evidence: found.evidence };
}

export interface FactsInput {
  /** The plan's own statements, in page order. */
  readings: Reading[];
  /** Every statement of the page (answers to questions are looked up here). */
  all: Reading[];
  plan: Plan;
  snapshot: PageSnapshot;
  /** The shop is a Japanese carrier or MVNO: its voice lines have Japanese numbers. */
  japaneseCarrier: boolean;
  /** Listing cards read only their own words: no page-wide rating. */
  withRating?: boolean;
}

const VALUE_FACTS = ['hotspot', 'refund', 'number'] as const;

/**
 * A statement's data amount that is not an end of a range: the plan's own where it lists the sizes of several
 * ("依規格 5GB／10GB／15GB…, 用罄後降速", "each day's 1GB/2GB/3GB"), else the first.
 */
function allowance(r: Reading | undefined, plan: Plan) {
  const amounts = r?.q.data.filter((a) => a.gb !== undefined && !a.range) ?? [];
  const own = plan.dailyGb ?? (plan.unlimited ? undefined : plan.dataGb);
  return (amounts.length > 1 && amounts.find((a) => a.gb === own)) || amounts[0];
}

/**
 * A carrier's Latin name among Chinese or Japanese words ("Dialog 与 Mobitel 双网络", 「Síminn / Nova 網路」): the joining
 * word and the word for network read as their English, so the carrier table's names that need such a context
 * (Dialog, Nova, Smart, Bell…) are known in every language without a variant each.
 */
const CJK_AND = /(?<=[A-Za-z0-9À-ÿ)]) ?(?:与|與|和|及|或|、) ?(?=[A-Za-zÀ-ÿ])/g;
const CJK_NETWORK = /(?<=[A-Za-z0-9À-ÿ]) ?(?:双网络|雙網絡|双网|雙網|网络|網絡|網路|回線|ネットワーク|网|網)/g;
/** Whether `text` anywhere says a carrier is not used (the lexicon's refusals, unanchored). */
const unanchored = new WeakMap<Lexicon, RegExp>();
function refusesCarrier(text: string, lex: Lexicon): boolean {
  let re = unanchored.get(lex);
  if (!re) {
    const { before, after } = lex.facts.networkNot;
    unanchored.set(lex, (re = new RegExp(`${before.source.replace(/\$$/, '')}|${after.source.replace(/^\^/, '')}`, 'i')));
  }
  return re.test(text);
}
const latinContext = (text: string) => (/[A-Za-z]/.test(text) ? text.replace(CJK_AND, ' and ').replace(CJK_NETWORK, ' network') : text);

/** A carrier named in `text` other than as one the plan does not use ("Verizon回線には接続しません", "does not use Verizon"). */
function namesCarrier(text: string, re: RegExp, lex: Lexicon): boolean {
  const { before, after } = lex.facts.networkNot;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!before.test(text.slice(Math.max(0, m.index - 40), m.index)) && !after.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** The item of a slash-separated list ("テザリング可/180日以内に開通/インストール前なら返金可") that holds `at`. */
function itemAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('/', at), text.lastIndexOf('／', at)) + 1;
  const ends = [text.indexOf('/', at), text.indexOf('／', at)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/** Each brand's group ("o2" → "telefonica"), worked out once per lexicon. */
const brandsOf = new WeakMap<Lexicon, Map<string, string>>();
function brandGroups(lex: Lexicon): Map<string, string> {
  let m = brandsOf.get(lex);
  if (!m) brandsOf.set(lex, (m = new Map(lex.facts.carriers.filter((c) => c.brandOf).map((c) => [c.id, c.brandOf!]))));
  return m;
}

export function readFacts(input: FactsInput, lex: Lexicon): Facts | undefined {
  const { readings, all, plan, snapshot } = input;
  const hits: Record<string, Hit[]> = { hotspot: [], refund: [], number: [], validityStart: [], jpNumber: [] };
  const next = new Map(readings.map((r, i) => [r, readings[i + 1]]));
  const prev = new Map(readings.map((r, i) => [r, readings[i - 1]]));
  // Many statements share a heading: whether it is about hotspot is worked out once per heading.
  const headings = new Map<string, boolean>();
  const aboutHotspot = (h: string) => {
    let v = headings.get(h);
    if (v === undefined) headings.set(h, (v = !!marker(h, 'latin', 'hotspot', 'topic', lex)));
    return v;
  };
  const windows: Hit[] = [];
  const fairUse: Array<Hit & { gb: number; per: 'day' | 'total'; kbps?: number }> = [];
  const networks = new Map<string, Hit>();
  // A picker of networks (「ドコモ回線 / au回線」, one of them chosen): the options not chosen name networks the
  // plan could have had, not the one it has; so does any other mention of those carriers, unless a chosen option
  // names them. Where no chosen option names a carrier, the picker is of something else and the options count.
  const chosen = readings.filter((r) => r.st.selected && r.st.groups.length).map((r) => r.st.groups[0]);
  const chosenItems = new Set(chosen.map(([set, i]) => `${set}:${i}`));
  const pickers = new Set(chosen.map(([set]) => set));
  const notChosen = (st: Statement) => !st.selected && st.groups.length > 0 && pickers.has(st.groups[0][0]) && !chosenItems.has(`${st.groups[0][0]}:${st.groups[0][1]}`);
  const alternatives = new Set<string>();
  const chosenCarriers = new Set<string>();
  let order = 0;
  for (const r of readings) {
    const st = r.st;
    if (st.weight <= 0 && st.source === 'body') continue;
    order++;
    // A question is read for its answer even when it names no fact itself, a line under a hotspot heading for its heading.
    const hotspotHeading = !!st.heading && st.text.length < 120 && aboutHotspot(st.heading);
    if (!st.question && !hotspotHeading && !lex.facts.anyFact.test(st.text, st.script)) continue;
    const weight = st.source === 'body' ? st.weight : 1;
    const quote = snippet(st.text);
    if (st.question) {
      // "Can I use tethering?" is answered by the next statement: "Yes, …" / "No, …".
      const answer = st.answer !== undefined ? all[st.answer] : undefined;
      if (answer && aboutHotspot(st.text)) {
        const own = phraseIn(answer, 'hotspot', lex)?.phrase.value;
        const reply = own ?? (statementCue(answer.st.text, answer.st.script, lex, 'answerNo') ? 'no' : statementCue(answer.st.text, answer.st.script, lex, 'answerYes') ? 'yes' : undefined);
        if (reply) hits.hotspot.push({ value: reply, weight, order, quote: snippet(answer.st.text) });
      }
      if (answer && marker(st.text, st.script, 'validityStart', 'cue', lex)) {
        const v = validityStartIn(answer.st.text, answer.st.script, lex, true);
        if (v) hits.validityStart.push({ value: v.value, weight, order, quote: snippet(answer.st.text, v.at) });
      }
      continue;
    }
    // A clause under a heading that asks when the days start ("When validity starts") answers it.
    const asked = !!st.heading && lex.facts.any.validityStart.test(st.heading) && !!marker(st.heading, scriptOf(st.heading), 'validityStart', 'cue', lex);
    const start = validityStartIn(st.text, st.script, lex, asked);
    if (start) hits.validityStart.push({ value: start.value, weight, order, quote: snippet(st.text, start.at) });
    for (const kind of VALUE_FACTS) {
      const found = phraseIn(r, kind, lex);
      if (found) hits[kind].push({ value: found.phrase.value, weight, order, quote: snippet(st.text, found.at) });
      else if (kind === 'refund') {
        const parts = refundByParts(st.text, st.script, lex);
        if (parts && !marker(st.text, st.script, 'refund', 'other', lex)) hits.refund.push({ value: parts.value, weight, order, quote: snippet(st.text, parts.at) });
      }
      // A line under a heading about hotspot ("Hotspot / tethering" › "Fully supported…") reads as a table cell.
      else if (kind === 'hotspot') {
        const cell = hotspotHeading ? cellIn(`${st.heading}${CELL_SEPARATOR}${st.text}`, lex) : null;
        const cued = cell ? null : hotspotByCue(st.text, st.script, lex);
        // The hedge test last: it is the dearest, and most statements name no hotspot at all.
        if ((cell || cued) && !marker(st.text, st.script, 'hotspot', 'other', lex)) {
          hits.hotspot.push(cell ? { value: cell, weight, order, quote } : { value: cued!.value, weight, order, quote: snippet(st.text, cued!.at) });
        }
      }
    }
    if (phraseIn(r, 'jpNumber', lex)) hits.jpNumber.push({ value: 'yes', weight, order, quote });
    // "A refund within 30 days of purchase if not yet installed" is a refund window, not one to activate in: a
    // window in a sentence about refunds is the refund's (measured: narrowed to the window's clause, it kept
    // 「購入から30日以内、インストール前であれば返金可」 as an activation window and lost more than it won).
    const activation = phraseIn(r, 'activationWindow', lex);
    if (activation && !marker(itemAt(st.text, activation.at), st.script, 'refund', 'topic', lex)) {
      // The duration nearest the activation words ("validity 7 days : activate within 30 days of purchase").
      const near = (x: { start: number }) => Math.abs(x.start - activation.at);
      const d = [...r.q.durations].sort((a, b) => Number(b.window) - Number(a.window) || near(a) - near(b))[0];
      if (d && d.days >= 1 && d.days <= 730) windows.push({ value: String(d.days), weight, order, quote });
    }
    const throttle = phraseIn(r, 'fairUse', lex);
    if (throttle && throttle.phrase.value === 'throttle') {
      // The slower speed may be the next sentence of the same block ("7GB at full speed each month. Then 200 kbps.").
      const after = next.get(r);
      const kbps = speedKbps(st.text, lex) ?? (after && after.st.block === st.block ? speedKbps(after.st.text, lex) : undefined);
      // The allowance may be the sentence or row before ("7GB of high-speed data each month" › "after it, up to 1Mbps").
      const before = prev.get(r);
      const own = allowance(r, plan);
      const borrowed = !own && kbps !== undefined ? allowance(before, plan) : undefined;
      const amount = own ?? borrowed;
      const gb = amount?.gb ?? plan.dailyGb ?? (plan.unlimited ? undefined : plan.dataGb);
      const daily = lex.facts.perDay.test(st.text) || (!!borrowed && lex.facts.perDay.test(before!.st.text));
      // The allowance of a daily plan is its day's allowance, whether or not the clause names the day ("after 2GB at
      // full speed…" on a 2 GB-a-day plan).
      const ofTheDay = !!amount && plan.dailyGb !== undefined && amount.gb === plan.dailyGb;
      const per: 'day' | 'total' = amount ? (amount.daily || daily || ofTheDay ? 'day' : 'total') : plan.dailyGb !== undefined || daily ? 'day' : 'total';
      // A slowdown said without numbers counts on a daily plan whose clause names the day ("the rest of the day is slowed").
      const stated = kbps !== undefined || !!amount || (plan.dailyGb !== undefined && daily);
      if (gb !== undefined && gb > 0 && stated) fairUse.push({ value: 'throttle', weight, order, quote, gb, per, kbps });
    }
    // Networks: named in a clause about the network, or in a short spec line or title.
    const specLine = st.text.length < 80 && (st.source !== 'body' || st.kind === 'heading' || st.kind === 'row' || /[:|/]/.test(st.text));
    if (lex.facts.anyCarrier.test(st.text) && (specLine || lex.facts.networkWord.test(st.text))) {
      // The English reading only where the statement refuses no carrier: its refusals are worded around the CJK words.
      const latin = latinContext(st.text);
      const text = latin !== st.text && !refusesCarrier(st.text, lex) ? latin : st.text;
      const option = notChosen(st);
      for (const c of lex.facts.carriers) {
        c.re.lastIndex = 0;
        if (!namesCarrier(text, c.re, lex)) continue;
        if (option) alternatives.add(c.id);
        if (st.selected) chosenCarriers.add(c.id);
        // A carrier keeps its weightiest mention: a promo bar's "Runs on One NZ" must not hide the spec row's.
        if (weight > (networks.get(c.id)?.weight ?? -Infinity)) networks.set(c.id, { value: c.id, weight, order, quote });
      }
    }
  }

  const facts: Facts = {};
  for (const kind of VALUE_FACTS) {
    const d = decide(hits[kind], kind === 'number' ? 'data-only' : undefined);
    if (d) (facts as Record<string, unknown>)[kind] = d;
  }
  const startsAt = decide(hits.validityStart);
  if (startsAt) facts.validityStart = startsAt as Facts['validityStart'];
  const window = decide(windows);
  if (window) facts.activationWindowDays = { value: Number(window.value), evidence: window.evidence };
  if (fairUse.length) {
    const f = [...fairUse].sort((a, b) => b.weight - a.weight || (b.kbps ? 1 : 0) - (a.kbps ? 1 : 0) || a.order - b.order)[0];
    facts.fairUse = { value: { highSpeedGb: f.gb, per: f.per, ...(f.kbps ? { throttledKbps: f.kbps } : {}) }, evidence: [f.quote] };
  }
  const jp = decide(hits.jpNumber);
  const number = facts.number?.value;
  if (number === 'voice') facts.jpNumber = { value: !!jp || input.japaneseCarrier, evidence: jp?.evidence ?? facts.number!.evidence };
  else if (number) facts.jpNumber = { value: false, evidence: facts.number!.evidence };
  if (chosenCarriers.size) for (const id of alternatives) if (!chosenCarriers.has(id)) networks.delete(id);
  if (networks.size) {
    // A brand named beside its own group ("Telefónica/O2", "O2 (Telefónica)") is that group's network, not a second one.
    const brands = brandGroups(lex);
    const strong = [...networks.values()].filter((h) => h.weight >= 0.5);
    const groups = new Set(strong.map((h) => h.value));
    const named = strong.filter((h) => !groups.has(brands.get(h.value) ?? ''));
    if (named.length) facts.networks = { value: named.map((h) => h.value).slice(0, 12), evidence: [...new Set(named.map((h) => h.quote))].slice(0, 2) };
  }
  if (input.withRating !== false) {
    const rating = ratingOf(snapshot, lex);
    if (rating) facts.rating = rating;
  }
  return Object.keys(facts).length ? facts : undefined;
}
