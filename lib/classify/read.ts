import type { Lexicon } from '../data/lexicon';
import { providerForHost } from '../data/providers';
import type { PageSnapshot } from '../page/snapshot';
import { langFamily } from '../text/lang';
import { findCues, readMentions, statementCue, type Mention } from './context';
import { readQuantities, unlimitedSpans, type Locale, type Quantities } from './quantities';
import { toStatements, type Statement } from './statements';

/**
 * Steps one and two together: the page's statements, each read once by the
 * extractors (polarity mentions, numbers). The decisions that follow only
 * combine these readings; none of them scans text again.
 */

export interface Reading {
  st: Statement;
  mentions: Mention[];
  q: Quantities;
  /** The clause binds itself to one kind of plan ("unlimited plans…"): its numbers describe that kind, not this plan. */
  rule: boolean;
}

/** Japanese carriers, MVNOs and visitor SIMs price in yen, whatever the page's language. */
const JAPANESE_KINDS = new Set(['carrier', 'mvno', 'jp-inbound', 'prepaid-topup-carrier']);

/**
 * A four-figure ¥ amount in whole units ("¥2,480", not "¥1,299.00"). On a Simplified Chinese page ¥ is the yuan,
 * but no eSIM plan labelled in yuan costs ¥1,000 or more (161 below, none above, in the dev sets); Japanese carriers
 * and shops writing Chinese price their plans in such amounts of yen.
 */
const FOUR_FIGURE_YEN = /[¥￥]\s?(?:\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.,])/;

/**
 * A dollar named by its country ("NZ$35.00", "HK$118"): a page that names one kind of dollar and writes other prices
 * with a bare "$" ("$50" on the options of its picker) means that dollar throughout; an approximate conversion
 * ("≈ US$21", data/lexicon.json › currencies.approx) is not the shop's currency.
 */
const NAMED_DOLLAR = /(?<![A-Za-z])(?:US|HK|NT|S|A|C|NZ)\$/gi;
function namedDollar(statements: Statement[], lex: Lexicon): string | undefined {
  const named = new Set<string>();
  for (const st of statements) {
    if (st.source !== 'body' || st.weight < 0.5 || !st.text.includes('$')) continue;
    for (const m of st.text.matchAll(NAMED_DOLLAR)) if (!lex.quantities.approx.test(st.text.slice(Math.max(0, m.index - 12), m.index))) named.add(m[0].toUpperCase());
    if (named.size > 1) return undefined;
  }
  const [symbol] = named;
  return symbol ? lex.quantities.prefix.find(([re]) => re.test(symbol))?.[1] : undefined;
}

/**
 * The currency the page prices in, where symbols are shared (¥, 元, $): its structured data (JSON-LD or microdata),
 * the shop, a Japanese carrier's yen, four-figure ¥ prices on a Simplified Chinese page, or the one dollar it names.
 * Only the plan's own statements count: a Swiss rail pass at ¥1,980 in a cross-sell strip says nothing.
 */
function localeOf(snapshot: PageSnapshot, statements: Statement[], lex: Lexicon): Locale {
  const provider = snapshot.host ? providerForHost(snapshot.host) : null;
  const content = (re: RegExp) => statements.some((st) => st.source === 'body' && st.weight >= 0.5 && re.test(st.text));
  const home =
    snapshot.products.find((p) => p.currency)?.currency ??
    snapshot.currency ??
    provider?.currency ??
    (provider && JAPANESE_KINDS.has(provider.kind) ? 'JPY' : undefined) ??
    (langFamily(snapshot.lang) === 'zh-Hans' && content(FOUR_FIGURE_YEN) ? 'JPY' : undefined) ??
    namedDollar(statements, lex);
  return { lang: snapshot.lang, host: snapshot.host, home };
}

export function readPageStatements(snapshot: PageSnapshot, lex: Lexicon): Reading[] {
  const statements = toStatements(snapshot, lex);
  const locale = localeOf(snapshot, statements, lex);
  const readings = statements.map((st): Reading => {
    const mentions = st.weight > 0 || st.source !== 'body' ? readMentions(st.text, st.script, lex, { topUp: true, term: true, requirements: true }) : [];
    const unlimited = unlimitedSpans(st.text, st.script, lex);
    return { st, mentions, q: readQuantities(st.text, st.script, lex, locale, unlimited), rule: false };
  });
  for (let i = 1; i < readings.length; i++) carryOn(readings[i - 1], readings[i], lex);
  carryToLists(readings, lex);
  answersAboutOthers(readings, lex);
  markOtherOffers(readings, lex);
  markRulesForNamedOthers(readings);
  for (const r of readings) r.rule = r.mentions.some((m) => m.binds.length > 0 || m.otherProduct);
  return readings;
}

/** The words of the page's head (its title and h1): what it names as its own product. */
const titleOf = (readings: Reading[]) =>
  readings
    .filter((r) => r.st.source === 'head')
    .map((r) => r.st.text)
    .join(' ');

/** A product named in quotes: 「ジャパンSIM」, “Japan SIM”, 『家用寬頻』. */
const QUOTED = /[「『“"]([^「」『』“”"]{2,24})[」』”"]/gu;

/**
 * "We also offer 「ジャパンSIM」", 「另有『家用宽带』」: a product the page offers besides its own plan (not one its
 * title names). What the page says of it, there and wherever it names it again, is about another product: 「ジャパン
 * SIMのお申し込みには本人確認書類が必要です」 asks nothing of this plan's buyer.
 */
function markOtherOffers(readings: Reading[], lex: Lexicon): void {
  const title = titleOf(readings);
  const names = new Set<string>();
  // The rest of the block that offers it goes on about it ("…「訪日プリペイドeSIM」をご利用ください。… 追加チャージはできません。").
  const offeredIn = new Map<number, number>();
  for (const [i, r] of readings.entries()) {
    if (r.st.source !== 'body' || r.st.weight <= 0 || !statementCue(r.st.text, r.st.script, lex, 'alsoOffer')) continue;
    const offered = [...r.st.text.matchAll(QUOTED)].map((m) => m[1]).filter((n) => !title.includes(n));
    for (const n of offered) names.add(n);
    if (offered.length && !offeredIn.has(r.st.block)) offeredIn.set(r.st.block, i);
  }
  if (!names.size) return;
  for (const [i, r] of readings.entries()) {
    // …until the block comes back to this plan ("本商品は…").
    if (offeredIn.has(r.st.block) && i > offeredIn.get(r.st.block)! && statementCue(r.st.text, r.st.script, lex, 'thisProduct')) offeredIn.delete(r.st.block);
    const after = offeredIn.get(r.st.block);
    if (r.st.source !== 'body' || (![...names].some((n) => r.st.text.includes(n)) && (after === undefined || i < after))) continue;
    for (const m of r.mentions) m.otherProduct = true;
  }
}

/**
 * "Top-ups are offered only on our Global Flex eSIM", "Recharge packs can only be added to our Greater China Monthly
 * eSIM": a rule kept for a product named by its own capitalised name
 * ("… eSIM", "… plan", "… pass"), a name the page's title does not carry, is that product's rule, not this plan's.
 * English only: the other scripts do not mark names by capitals.
 */
const ONLY_FOR_NAMED = /\bonly (?:(?:be )?(?:added|applied|used|bought|sold|offered|available) )?(?:on|for|with|to) (?:our |the )?((?:[A-Z][\w+-]*)(?: [A-Z0-9][\w+-]*){0,3}) (?:e-?SIMs?|SIMs?|plans?|pass(?:es)?|packages?|bundles?)\b/g;
function markRulesForNamedOthers(readings: Reading[]): void {
  const title = titleOf(readings).toLowerCase();
  for (const r of readings) {
    if (r.st.source !== 'body' || r.st.script !== 'latin' || !r.mentions.length || !r.st.text.includes('only')) continue;
    for (const m of r.st.text.matchAll(ONLY_FOR_NAMED)) {
      if (title.includes(m[1].toLowerCase())) continue;
      for (const mention of r.mentions) if (mention.family === 'topUp') mention.otherProduct = true;
    }
  }
}

/**
 * "Renting a pocket Wi-Fi instead?" › "Routers can be recharged from the Top-up centre": the answer to a question about
 * another product is about that product, unless one of them names an eSIM.
 */
function answersAboutOthers(readings: Reading[], lex: Lexicon): void {
  // The whole answer block answers: "What is the Pueblo Wallet?" › "A prepaid balance. You can recharge it with a card…".
  const askedBy = new Map<number, Reading>();
  for (const r of readings) if (r.st.answers !== undefined) askedBy.set(r.st.block, readings[r.st.answers]);
  for (const r of readings) {
    const q = r.st.answers !== undefined ? readings[r.st.answers] : askedBy.get(r.st.block);
    if (!q || !r.mentions.length || ESIM_WORD.test(r.st.text) || ESIM_WORD.test(q.st.text)) continue;
    if (!statementCue(q.st.text, q.st.script, lex, 'otherProduct')) continue;
    for (const m of r.mentions) if (m.family === 'topUp') m.otherProduct = true;
  }
}

/** A line that opens with a bullet or a number: an item of a list drawn without list markup. */
const BULLET = /^\s*(?:[・•·●○◦▪■□◆◇※*\-–—]|\(?\d{1,2}[.)、．]|[①-⑳])/;
const MAX_LIST_ITEMS = 12;

/**
 * The items of the list next to statement `i`, above it (`dir` -1) or below it (+1): the run of statements in the
 * items of one repeated set (the <li> of one <ul>), or of bulleted lines, that the statement itself is not part of.
 */
function listNextTo(readings: Reading[], i: number, dir: -1 | 1): Reading[] {
  const first = readings[i + dir];
  if (!first || first.st.source !== 'body') return [];
  const set = first.st.groups[0]?.[0];
  const own = readings[i].st.groups.some(([s]) => s === set);
  const inList = (r: Reading) => r.st.source === 'body' && r.st.kind !== 'heading' && (set !== undefined && !own ? r.st.groups[0]?.[0] === set : BULLET.test(r.st.text));
  const out: Reading[] = [];
  for (let j = i + dir; j >= 0 && j < readings.length && out.length < MAX_LIST_ITEMS && inList(readings[j]); j += dir) out.push(readings[j]);
  return out;
}

/**
 * 「下列事項：…（清單）… 以上均無法辦理」, "None of the above is possible after purchase", 「以下のお手続きはできません：」: a
 * statement that refers to the list just above it (or, ending in a colon, just below it) and names no concept of its
 * own says yes or no to every item of that list. The items name the concepts ("延長使用天數", "Add more data") with no
 * cue of their own; they take the statement's polarity cue, as a clause-final negation governs what it lists.
 */
function carryToLists(readings: Reading[], lex: Lexicon): void {
  for (let i = 0; i < readings.length; i++) {
    const cur = readings[i];
    const { text, script } = cur.st;
    if (cur.st.source !== 'body' || cur.st.weight <= 0 || text.length > 200) continue;
    const dir = statementCue(text, script, lex, 'aboveList') ? -1 : statementCue(text, script, lex, 'belowList') ? 1 : 0;
    if (!dir) continue;
    const items = listNextTo(readings, i, dir);
    for (const family of new Set(items.flatMap((r) => r.mentions.map((m) => m.family)))) {
      if (cur.mentions.some((m) => m.family === family)) continue;
      const target = family === 'topUp' || family === 'term' ? family : 'requirement';
      const cue = findCues(text, script, lex, ['negated', 'possible'], [target]).sort((a, b) => a.start - b.start)[0];
      if (!cue) continue;
      const negated = cue.cue.category === 'negated';
      for (const r of items) {
        for (const m of r.mentions) {
          if (m.family !== family || m.cue) continue;
          if (negated) m.polarity = -m.polarity as 1 | -1;
          m.negated = negated;
          m.cue = cue.cue.id;
          m.weight = Math.max(m.weight, cue.cue.weight ?? 3);
          m.quote = dir < 0 ? `${r.st.text} … ${text}` : `${text} ${r.st.text}`;
        }
      }
    }
  }
}

/** A sentence that names an eSIM speaks of one (this plan, as often as not), not of the product before it. */
const ESIM_WORD = /e-?sim|イーシム/i;

/**
 * A sentence that goes on from the one before it in the same block ("In that
 * case, buy a new eSIM", 「その場合は…」, "They are not offered on eSIM
 * lines") keeps that sentence's context: its rules and its time ("after
 * expiry"), and, when it names no concept of its own, the concepts it refers
 * back to, read with its own polarity cue.
 */
function carryOn(prev: Reading, cur: Reading, lex: Lexicon): void {
  if (prev.st.block !== cur.st.block || cur.st.weight <= 0) return;
  // "Top-ups are only for our physical SIM. Apply in store or online.": a sentence that goes on about the same
  // top-up, naming no eSIM of its own, is still about the other product.
  const aboutOther = prev.mentions.length > 0 && prev.mentions.every((m) => m.otherProduct || m.family !== 'topUp') && prev.mentions.some((m) => m.otherProduct);
  if (aboutOther && cur.mentions.length && !ESIM_WORD.test(cur.st.text) && !statementCue(cur.st.text, cur.st.script, lex, 'thisProduct')) {
    for (const m of cur.mentions) if (m.family === 'topUp') m.otherProduct = true;
    return;
  }
  if (!statementCue(cur.st.text, cur.st.script, lex, 'anaphora')) return;
  // "Choose a physical Data SIM instead. It can be topped up online.": the sentence before names another product
  // and nothing else; what "it" can do is that product's.
  if (!prev.mentions.length) {
    if (statementCue(prev.st.text, prev.st.script, lex, 'otherProduct')) for (const m of cur.mentions) m.otherProduct = true;
    return;
  }
  if (cur.mentions.length) {
    const context = prev.mentions.find((m) => m.temporal || m.otherProduct || m.binds.length);
    if (!context) return;
    for (const m of cur.mentions) {
      if (m.family !== context.family) continue;
      m.temporal ||= context.temporal;
      m.otherProduct ||= context.otherProduct;
      if (!m.binds.length) {
        m.binds = [...context.binds];
        if (context.days) m.days = context.days;
      }
    }
    return;
  }
  for (const family of new Set(prev.mentions.map((m) => m.family))) {
    const target = family === 'topUp' || family === 'term' ? family : 'requirement';
    const cue = findCues(cur.st.text, cur.st.script, lex, ['negated', 'possible'], [target]).sort((a, b) => a.start - b.start)[0];
    if (!cue) continue;
    const referent = prev.mentions.filter((m) => m.family === family).sort((a, b) => b.weight - a.weight)[0];
    const base = referent.cue ? (referent.negated ? -referent.polarity : referent.polarity) : referent.polarity;
    const negated = cue.cue.category === 'negated';
    cur.mentions.push({
      ...referent,
      polarity: (negated ? -base : base) as 1 | -1,
      weight: cue.cue.weight ?? 3,
      cue: cue.cue.id,
      cueAt: cue.start,
      negated,
      binds: [],
      otherProduct: false,
      temporal: false,
      hypothetical: false,
      start: 0,
      end: 0,
    });
  }
}
