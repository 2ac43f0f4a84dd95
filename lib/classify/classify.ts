import { lexicon, type Lexicon } from '../data/lexicon';
import { providerForHost, type Provider } from '../data/providers';
import type { PageSnapshot } from '../page/snapshot';
import { findCards, type Card as FoundCard, type CardSet } from './cards';
import { planFrom, type PlanRead } from './plan';
import { isProduct } from './product';
import { readPageStatements, type Reading } from './read';
import { readFacts } from './facts';
import { legendsOf, shows } from './legend';
import { findRequirements } from './requirements';
import { decideTerm } from './term';
import { decideTopUp, polarityEvidence, type PlanKind } from './top-up';
import type { Card, Facts, Listing, Plan, Term, TopUp, Verdict } from './verdict';

/**
 * PageSnapshot → Verdict, composing pure steps: statements and their
 * readings (read.ts), then decisions — is it a product, which plan is the
 * page's (the selected option of a picker, else the title's, else the
 * content's), its facts, term, top-up and requirements, or a card each on a
 * listing page. No DOM, no browser API: the same code runs in the
 * background, in tests and in the CLI.
 */

/** The verdict for a page with no eSIM plan for sale: nothing to say about top-up or term. */
export function notProductVerdict(url: string, provider: string | null): Verdict {
  return {
    url,
    isEsimProduct: false,
    topUp: { value: 'unknown', source: 'none', evidence: [] },
    term: { value: 'unknown', source: 'none', evidence: [] },
    plan: {},
    requirements: [],
    provider,
  };
}

const CARRIER_KINDS = new Set(['carrier', 'mvno', 'prepaid-topup-carrier']);

/**
 * A Japanese carrier or MVNO (a carrier elsewhere names its own currency in providers.json). Its pages are one
 * plan with data add-ons beside the monthly fee, never a listing, and its voice lines have Japanese numbers.
 * Hong Kong and Taiwan carriers sell grids of travel passes: the rule is not theirs.
 */
const japaneseLine = (p: Provider | null): p is Provider => p !== null && CARRIER_KINDS.has(p.kind) && (p.currency ?? 'JPY') === 'JPY';
const PLAN_FIELDS = ['dataGb', 'dailyGb', 'unlimited', 'validityDays', 'price', 'currency', 'billing'] as const;

function kindOf(plan: Plan, term: Term['value'], voice = false): PlanKind {
  return {
    unlimited: plan.unlimited === true,
    daily: plan.billing === 'daily' || plan.validityDays === 1,
    dailyData: plan.dailyGb !== undefined,
    contract: term === 'contract',
    voice,
    days: plan.validityDays,
  };
}

/** The page's own words: body text that weighs, no link or promotion. */
function isBodyText(r: Reading): boolean {
  const st = r.st;
  return st.source === 'body' && st.weight > 0 && st.kind !== 'link' && !st.promo;
}

/** Body text, without what outside a <main> weighs as little as chrome (buttons, preambles). */
function isContent(r: Reading): boolean {
  return isBodyText(r) && !(r.st.weight < 0.5 && r.st.region !== 'main');
}

/** What the traveller facts read: the plan's text, FAQ answers behind buttons included, never links or promotions. */
function forFacts(r: Reading): boolean {
  const st = r.st;
  return st.source !== 'body' || (st.weight > 0 && st.kind !== 'link' && !st.promo);
}

function sameFacts(a: Plan, b: Plan): boolean {
  const data = a.dataGb ?? a.dailyGb ?? (a.unlimited ? 'u' : undefined);
  const other = b.dataGb ?? b.dailyGb ?? (b.unlimited ? 'u' : undefined);
  return data !== undefined && data === other && (a.validityDays === undefined || a.validityDays === b.validityDays);
}

/** Every plan fact the title names (data, daily data, unlimited, days), the card has too: the title names its family. */
function inFamily(card: Plan, head: Plan): boolean {
  const named = (['dataGb', 'dailyGb', 'unlimited', 'validityDays'] as const).filter((k) => head[k] !== undefined);
  return named.length > 0 && named.every((k) => card[k] === head[k]);
}

/**
 * A title naming two kinds of data (a daily allowance and unlimited, a total and unlimited) that are each some card's
 * and no card's both sums up the grid's range. Data and days ("10GB 30 days") name one plan, even over a cross-sell grid.
 */
function rangeOf(cards: Plan[], head: Plan): boolean {
  const named = (['dataGb', 'dailyGb', 'unlimited'] as const).filter((k) => head[k] !== undefined);
  return named.length >= 2 && named.every((k) => cards.some((c) => c[k] === head[k])) && !cards.some((c) => inFamily(c, head));
}

interface Judged {
  plan: Plan;
  term: Term;
  topUp: TopUp;
}

/** Term and top-up for a plan, from the readings that speak of it; `fallback` readings when its own say nothing. */
function judge(read: PlanRead, own: Reading[], all: Reading[], lex: Lexicon, provider: Provider | null, voice: boolean, fallback?: Reading[], marked = false): Judged {
  const { plan, quote } = read;
  let term = decideTerm(polarityEvidence('term', own, all, kindOf(plan, 'unknown'), lex), plan, quote, fallback ? null : provider);
  if (fallback && term.source !== 'page') term = decideTerm(polarityEvidence('term', [...own, ...fallback], all, kindOf(plan, 'unknown'), lex), plan, quote, provider);
  if (!plan.billing && term.value !== 'unknown') plan.billing = term.value === 'contract' ? 'monthly' : 'one-time';
  // A contract runs until cancelled: day counts on its page are add-on expiries, not its validity.
  if (term.value === 'contract') delete plan.validityDays;
  // A card (judged with the page around it as fallback) that says nothing of top-up is one a legend's
  // "plans without the badge…" is about.
  const silent = !!fallback && !own.some((r) => r.mentions.some((m) => m.family === 'topUp'));
  const kind = { ...kindOf(plan, term.value, voice), silent, marked };
  let topUp = decideTopUp(polarityEvidence('topUp', own, all, kind, lex), fallback ? null : provider);
  if (fallback && topUp.source !== 'page') topUp = decideTopUp(polarityEvidence('topUp', [...own, ...fallback], all, kind, lex), provider);
  return { plan, term, topUp };
}

function cardFacts(card: FoundCard): PlanRead {
  const ordered = [card.heading, ...card.readings.filter((r) => r !== card.heading)];
  return planFrom({ ordered, trusted: new Set(ordered) });
}

/** A fact's value as a key to compare cards by: carriers as a set ("Turkcell, Vodafone" is "Vodafone / Turkcell"). */
const factKey = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].sort() : v);

/**
 * A listing's fact that every card states alike (a "Hotspot ✓" on each card, a table's tethering column of ○) is the
 * page's, as the plan facts every card shares are, and one the cards state differently is none of the page's.
 */
function withSharedFacts(facts: Facts | undefined, cards: Card[]): Facts | undefined {
  const out: Record<string, unknown> = { ...(facts ?? {}) };
  const keys = new Set(cards.flatMap((c) => Object.keys(c.facts ?? {})));
  for (const k of keys) {
    const values = cards.map((c) => (c.facts as Record<string, { value: unknown }> | undefined)?.[k]);
    // The title's "AIS・TrueMove H・dtac" where each card names its own network: no one value is the page's.
    const stated = values.filter((v) => !!v);
    if (k in out && stated.length >= 2 && new Set(stated.map((v) => factKey(v!.value))).size > 1) {
      delete out[k];
      continue;
    }
    // Every card says the same in its own words: that is the page's, whatever a sentence beside them says.
    if (values.some((v) => !v) || new Set(values.map((v) => factKey(v!.value))).size !== 1) continue;
    out[k] = values[0];
  }
  return Object.keys(out).length ? (out as Facts) : undefined;
}

function listingOf(set: CardSet, snapshot: PageSnapshot, all: Reading[], outside: Reading[], lex: Lexicon, provider: Provider | null, voice: boolean): { listing: Listing; plan: Plan; topUp: TopUp; term: Term } {
  // A legend's rule ("⚡ = add-on data") is the word of the cards that show its mark, and of no other card.
  const legends = legendsOf(outside);
  // A legend that also says what the unmarked cards are ("cards without ⚡ are one-time") still speaks to them.
  const legendary = new Set(legends.map((l) => l.reading).filter((r) => !r.mentions.some((m) => m.binds.includes('unmarked'))));
  const around = legendary.size ? outside.filter((r) => !legendary.has(r)) : outside;
  const cards: Card[] = set.cards.map((c) => {
    const marked = legends.filter((l) => shows(c, l.mark)).map((l) => l.reading);
    // A card's own words decide; when they are silent, what the rest of the page says of its plans.
    const j = judge(cardFacts(c), marked.length ? [...c.readings, ...new Set(marked)] : c.readings, all, lex, provider, voice, around, marked.length > 0);
    // The card's title as the page shows it, not as the engine normalised it.
    const heading = snapshot.blocks[c.heading.st.block]?.text ?? c.heading.st.text;
    // A lone card (set -1, beside the grid) has no element the reader kept: no place for a chip.
    const at = c.set >= 0 ? { at: [c.set, c.item] as [number, number] } : {};
    return { heading: heading.slice(0, 200), ...at, ...j.plan, topUp: j.topUp, term: j.term };
  });
  // The page's plan facts: those every card shares.
  const plan: Plan = {};
  for (const k of PLAN_FIELDS) {
    const values = new Set(cards.map((c) => JSON.stringify(c[k] ?? null)));
    const v = cards[0][k];
    if (values.size === 1 && v !== undefined) (plan as Record<string, unknown>)[k] = v;
  }
  // A page-wide answer only when every card agrees; otherwise say it differs.
  const agree = <T extends TopUp | Term>(pick: (c: Card) => T): T => {
    const values = new Set(cards.map((c) => pick(c).value));
    const first = pick(cards[0]);
    if (values.size === 1) return { ...first, evidence: [...new Set(cards.flatMap((c) => pick(c).evidence))].slice(0, 3) };
    return { value: 'unknown', source: 'page', evidence: [] } as unknown as T;
  };
  return {
    listing: {
      plans: cards.length,
      topUpYes: cards.filter((c) => c.topUp.value === 'yes').length,
      topUpNo: cards.filter((c) => c.topUp.value === 'no').length,
      cards,
    },
    plan,
    topUp: agree((c) => c.topUp),
    term: agree((c) => c.term),
  };
}

export function classify(snapshot: PageSnapshot, lex: Lexicon = lexicon()): Verdict {
  const provider: Provider | null = snapshot.host ? providerForHost(snapshot.host) : null;
  const base = { url: snapshot.url, provider: provider?.id ?? null, ...(snapshot.truncated ? { truncated: true } : {}) };
  const all = readPageStatements(snapshot, lex);
  const set = findCards(all);
  if (!isProduct({ snapshot, readings: all, provider, cards: set?.cards.length }, lex)) return { ...notProductVerdict(snapshot.url, provider?.id ?? null), ...base };

  const head = all.filter((r) => r.st.source === 'head');
  // The page's plan comes with calls or a number: "voice plans need an ID check" is then about it.
  const voice = head.some((r) => lex.any.voice.test(r.st.text, r.st.script));
  const ld = all.filter((r) => r.st.source === 'ld');
  const content = all.filter(isContent);
  const headPlan = planFrom({ ordered: head, trusted: new Set(head) }).plan;
  // The chosen option of a picker names the plan; a selected filter chip ("Unlimited") or tab does not:
  // a chosen option has a plan fact, and so do the options beside it.
  // How many of a plan's facts a reading names: data, a duration, a price.
  const factKinds = (r: Reading) => Number(r.q.data.length > 0) + Number(r.q.durations.some((d) => !d.window)) + Number(r.q.prices.some((p) => !p.discount && !p.otherFee));
  const hasFact = (r: Reading) => factKinds(r) > 0;
  // Options are often buttons, which outside a <main> weigh as little as chrome: a picker's options are read all the
  // same when each names a whole plan ("15天 50GB"), while a selected filter chip names one fact ("7天", "Unlimited").
  // On a page with no plan cards, controls of one fact each (tabs 「7日間」「15日間」「30日間」) are a picker's options;
  // a row of chips with one that names nothing ("All", 「全部」) filters instead.
  const oneFactControl = (r: Reading) => !set && r.st.kind === 'button' && factKinds(r) === 1;
  const controls = new Map<number, Reading[]>();
  for (const r of all) if (isBodyText(r) && r.st.kind === 'button' && r.st.groups[0]) (controls.get(r.st.groups[0][0]) ?? controls.set(r.st.groups[0][0], []).get(r.st.groups[0][0])!).push(r);
  const pickerControl = (r: Reading) => oneFactControl(r) && controls.get(r.st.groups[0][0])!.every(hasFact);
  const options = all.filter((r) => isContent(r) || (isBodyText(r) && r.st.groups.length > 0 && (factKinds(r) >= 2 || pickerControl(r))));
  const selected = options.filter((r) => r.st.selected);
  const bySet = new Map<number, Reading[]>();
  for (const r of options) for (const [s] of r.st.groups.slice(0, 1)) (bySet.get(s) ?? bySet.set(s, []).get(s)!).push(r);
  const isOption = (r: Reading) => {
    if (!hasFact(r)) return false;
    const g = r.st.groups[0];
    if (!g) return true; // "Selected: 10GB / 15 days" in words
    return (bySet.get(g[0]) ?? []).some((o) => o !== r && o.st.groups[0][1] !== g[1] && hasFact(o));
  };
  const pickedOptions = selected.filter(isOption);
  const picksPlan = pickedOptions.length > 0;
  // A title that lists lengths ("1天/10天/30天") names the choice the page offers, not one plan.
  const listsLengths = head.some((r) => new Set(r.q.durations.filter((d) => !d.window).map((d) => d.days)).size >= 2);
  const headNamesPlan = !listsLengths && (headPlan.dataGb !== undefined || headPlan.dailyGb !== undefined || headPlan.validityDays !== undefined);
  const namesOnePlan =
    !!set?.selected ||
    picksPlan ||
    headNamesPlan ||
    japaneseLine(provider);

  // Each card's plan facts, read once for the title's tests below.
  const cardPlans = set?.cards.map((c) => cardFacts(c).plan) ?? [];
  // A title that names what every card shares ("Korea Unlimited eSIM – 1GB/day") names the family, not one plan.
  const familyTitle = headNamesPlan && !set?.selected && !picksPlan && cardPlans.filter((p) => inFamily(p, headPlan)).length >= 2;
  // A title that sums up the range (「毎日2GB・合計容量・無制限」): each fact it names is some card's, and no card has them all.
  const rangeTitle = headNamesPlan && !!set && !set.selected && !picksPlan && rangeOf(cardPlans, headPlan);
  if (set && !set.selected && (!namesOnePlan || familyTitle || rangeTitle)) {
    const inCards = new Set(set.cards.flatMap((c) => c.readings));
    const outside = all.filter((r) => !inCards.has(r));
    const { listing, plan, topUp, term } = listingOf(set, snapshot, all, outside, lex, provider, voice);
    const requirements = findRequirements(outside, lex, snapshot.lang, kindOf(plan, term.value, voice));
    const japaneseCarrier = japaneseLine(provider);
    for (const [i, c] of set.cards.entries()) {
      const cf = readFacts({ readings: c.readings, all, plan: listing.cards![i], snapshot, japaneseCarrier, withRating: false }, lex);
      if (cf) listing.cards![i].facts = cf;
    }
    const facts = withSharedFacts(readFacts({ readings: outside.filter(forFacts), all, plan, snapshot, japaneseCarrier }, lex), listing.cards!);
    return { ...base, isEsimProduct: true, topUp, term, plan, requirements, listing, ...(facts ? { facts } : {}) };
  }

  // One plan. Its option among several (the selected one, or the card that matches the title) speaks for it.
  // Other cards are other plans (a cross-sell, the options not chosen), whose words say nothing about this
  // one; on a carrier's page whose title names no plan they are the tiers of this plan, which speak for its
  // term and top-up but give it no single price.
  const chosen = set ? (set.selected ?? set.cards.find((_, i) => sameFacts(cardPlans[i], headPlan))) : undefined;
  const otherCards = set ? set.cards.filter((c) => c !== chosen) : [];
  const tiers = !chosen && otherCards.length > 0 && japaneseLine(provider) && !headNamesPlan;
  // Every item of a set of plan cards but the chosen one speaks of another plan.
  const others = new Set(
    set
      ? all.filter((r) => r.st.groups.some(([s, i]) => set.sets.has(s) && !(chosen && chosen.set === s && chosen.item === i)) && !(chosen && chosen.readings.includes(r)))
      : [],
  );
  const own = tiers ? all : all.filter((r) => !others.has(r));
  // The chosen option's own words first, then the rest of its card.
  const picked = [...pickedOptions, ...(chosen ? chosen.readings.filter((r) => !pickedOptions.includes(r)) : [])];
  const ordered = [...picked, ...head, ...ld, ...content.filter((r) => !others.has(r) && !picked.includes(r))];
  const ldOffer = snapshot.products[0];
  const read = planFrom({
    ordered,
    trusted: new Set([...picked, ...head, ...ld.filter((r) => r.st.kind === 'heading')]),
    fallback: all.filter((r) => r.st.region === 'aside'),
    structured: ldOffer ? { price: ldOffer.price, currency: ldOffer.currency } : undefined,
  });
  if (tiers && !read.plan.billing) {
    const billings = new Set(otherCards.map((c) => cardFacts(c).plan.billing));
    if (billings.size === 1 && billings.has('monthly')) read.plan.billing = 'monthly';
  }
  const { plan, term, topUp } = judge(read, own, all, lex, provider, voice);
  const requirements = findRequirements(own, lex, snapshot.lang, kindOf(plan, term.value, voice));
  const facts = readFacts(
    { readings: own.filter(forFacts), all, plan, snapshot, japaneseCarrier: japaneseLine(provider) },
    lex,
  );
  return { ...base, isEsimProduct: true, topUp, term, plan, requirements, ...(facts ? { facts } : {}) };
}
