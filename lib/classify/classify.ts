import { lexicon, type Lexicon } from '../data/lexicon';
import { providerForHost, type Provider } from '../data/providers';
import type { Block, PageSnapshot } from '../page/snapshot';
import { normalize } from '../text/normalize';
import { blockWeight, isPromo, scanPair, negatorsOf, toSentences } from './evidence';
import { findData, findPrice, findValidity, hasData, mergePlan } from './plan';
import { headText, isProduct } from './product';
import { findRequirements } from './requirements';
import { decideTerm, termHits } from './term';
import { decideTopUp, topUpHits } from './top-up';
import type { Listing, Plan, Verdict } from './verdict';

/**
 * PageSnapshot → Verdict. Pure: no DOM, no browser API, so it runs the same
 * in the content script, in tests and in the CLI.
 */

const VALIDITY_CONTEXT = /valid|validity|duration|有効|有效|期間|期间|天數|天数|利用日数|使用天数|日数/i;
const MAX_PLAN_BLOCKS = 120;

function contentBlocks(blocks: Block[]): Block[] {
  return blocks.filter((b) => blockWeight(b) > 0);
}

interface PlanRead {
  plan: Plan;
  quote?: string;
}

function readPlan(snapshot: PageSnapshot, head: string, content: Block[]): PlanRead {
  const { lang, host } = snapshot;
  const ld = snapshot.products[0];
  const fromHead: Partial<Plan> = { ...findData(head), validityDays: findValidity(head) };
  const fromLd: Partial<Plan> = ld
    ? { ...findData(ld.name), validityDays: findValidity(ld.name), price: ld.price, currency: ld.currency }
    : {};
  // The chosen option of a plan picker names this page's plan; then the content in page order;
  // then a sidebar buy box (many shops put price and "Buy" in a sticky <aside>).
  const picked = content.filter((b) => b.selected);
  const sidebar = snapshot.blocks.filter((b) => b.region === 'aside').slice(0, 60);
  const ordered = [...picked, ...content.slice(0, MAX_PLAN_BLOCKS).filter((b) => !b.selected)];
  const fromBody: Partial<Plan> = {};
  // Evidence reads best as the page's own line: the h1, not "title | og:title | h1".
  const headQuote = fromHead.validityDays ? snapshot.h1 || snapshot.title : undefined;
  let quote: string | undefined;
  let billing: Plan['billing'];
  let dailyPrice: Partial<Plan> | undefined;
  const scan = (blocks: Block[], priceOnly: boolean) => {
    for (const b of blocks) {
      if (b.kind === 'link' || b.preamble || isPromo(b)) continue;
      const text = normalize(b.text);
      const data = findData(text);
      if (!priceOnly) {
        if (fromBody.dataGb === undefined && !fromBody.unlimited && fromBody.dailyGb === undefined) Object.assign(fromBody, data);
        if (fromBody.validityDays === undefined && (hasData(data) || VALIDITY_CONTEXT.test(text))) {
          const v = findValidity(text);
          if (v) {
            fromBody.validityDays = v;
            quote ??= text;
          }
        }
      }
      if (fromBody.price === undefined) {
        const p = findPrice(text, lang, host);
        if (!p) continue;
        // A per-day rate shown before the plan's total: keep looking for the total.
        if (p.billing === 'daily') {
          dailyPrice ??= { price: p.price, currency: p.currency };
          continue;
        }
        fromBody.price = p.price;
        fromBody.currency = p.currency;
        billing = p.billing;
        if (billing) quote = text;
      }
    }
  };
  // The chosen option of a picker is read first and wins over JSON-LD (whose price is often the lowest offer).
  scan(picked, false);
  const fromPicked: Partial<Plan> = { ...fromBody };
  scan(ordered, false);
  // A buy box in a sidebar gives the price only when nothing else does, and never the billing:
  // sidebars also carry other plans ("Monthly 20GB $25/month").
  if (fromBody.price === undefined && fromLd.price === undefined && !findPrice(head, lang, host)) {
    scan(sidebar, true);
    billing = undefined;
  }
  if (fromBody.price === undefined && dailyPrice) {
    Object.assign(fromBody, dailyPrice);
    billing = 'daily';
  }
  const headPrice = findPrice(head, lang, host);
  const plan = mergePlan(fromPicked, picked.length ? {} : fromHead, fromLd, headPrice ?? {}, fromBody, fromHead);
  plan.billing = headPrice?.billing ?? billing;
  if (!plan.billing) delete plan.billing;
  return { plan, quote: quote ?? headQuote };
}

/**
 * Several plans on one page (a country page, a plan grid): cards that each
 * name a data amount, a validity or monthly price, and a price. Each card's
 * own words decide its top-up and term, so a mixed page can say so.
 */
const DATA_HINT = /\d\s?(?:GB|G|MB|TB|ギガ|ＧＢ)|[０-９]|unlimited|無制限|使い放題|无限|無限|吃到飽|不限/i;

interface Card {
  key: string;
  text: string;
}

function readCards(content: Block[]): Card[] {
  const cards: Card[] = [];
  let open: string[] | null = null;
  let openData = '';
  const close = () => {
    if (!open) return;
    const text = normalize(open.join(' '));
    const days = findValidity(text);
    const price = findPrice(text, '', '');
    if (price && (days || price.billing)) cards.push({ key: `${openData}|${days ?? 'm'}|${price.price}`, text });
    open = null;
  };
  for (const b of content) {
    if (blockWeight(b) < 0.2 || b.text.length > 300) continue;
    if (DATA_HINT.test(b.text)) {
      const d = findData(normalize(b.text));
      // A card ends at its price: a data amount before that is the same card's detail.
      if (hasData(d)) {
        if (!open || findPrice(normalize(open.join(' ')), '', '')) {
          close();
          open = [b.text];
          openData = d.unlimited ? 'u' : d.dailyGb !== undefined ? `${d.dailyGb}/day` : String(d.dataGb);
          continue;
        }
      }
    }
    if (open && open.length < 10) open.push(b.text);
    else close();
  }
  close();
  const seen = new Set<string>();
  return cards.filter((c) => !seen.has(c.key) && seen.add(c.key));
}

interface ListingRead {
  listing: Listing;
  contract: number;
  short: number;
}

function readListing(content: Block[], lex: Lexicon): ListingRead | undefined {
  const cards = readCards(content);
  if (cards.length < 3) return undefined;
  const negators = negatorsOf(lex);
  let topUpYes = 0;
  let topUpNo = 0;
  let contract = 0;
  let short = 0;
  for (const card of cards) {
    const r = scanPair(card.text, lex.signals.topUpNo, lex.signals.topUpYes, negators);
    const no = r.first.reduce((s, h) => s + h.weight, 0);
    const yes = r.second.reduce((s, h) => s + h.weight, 0);
    if (no >= 2 && no >= yes) topUpNo++;
    else if (yes >= 2) topUpYes++;
    const t = scanPair(card.text, lex.signals.termShort, lex.signals.termContract);
    if (findPrice(card.text, '', '')?.billing === 'monthly' || t.second.some((h) => h.weight >= 2.5)) contract++;
    else short++;
  }
  return { listing: { plans: cards.length, topUpYes, topUpNo }, contract, short };
}

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

export function classify(snapshot: PageSnapshot, lex: Lexicon = lexicon()): Verdict {
  const provider: Provider | null = snapshot.host ? providerForHost(snapshot.host) : null;
  const head = headText(snapshot.title, snapshot.meta['og:title'] ?? '', snapshot.h1);
  const content = contentBlocks(snapshot.blocks);
  const base = { url: snapshot.url, provider: provider?.id ?? null, ...(snapshot.truncated ? { truncated: true } : {}) };

  if (!isProduct({ snapshot, head, content }, lex)) return { ...notProductVerdict(snapshot.url, provider?.id ?? null), ...base };

  const { plan, quote } = readPlan(snapshot, head, content);
  const anchorBlocks: Block[] = [
    { text: head, region: 'main', kind: 'heading', preamble: false },
    ...snapshot.products.map((p): Block => ({ text: `${p.name}. ${p.description}`, region: 'main', kind: 'text', preamble: false })),
    ...snapshot.blocks,
  ];
  const units = toSentences(anchorBlocks, lex.interesting);

  let topUp = decideTopUp(topUpHits(units, lex, plan), provider);
  let term = decideTerm(termHits(units, lex), plan, quote, provider);
  if (!plan.billing && term.value !== 'unknown') plan.billing = term.value === 'contract' ? 'monthly' : 'one-time';
  // A contract runs until cancelled: day counts on its page are add-on expiries, not its validity.
  if (term.value === 'contract') delete plan.validityDays;

  const read = readListing(content, lex);
  // Carrier pages list data add-ons beside the monthly plan, and a title that names one plan
  // ("Long-term eSIM 25GB") makes the other cards extras: neither is a listing.
  const namesOnePlan =
    // A plan picker with one option chosen is one plan's page, not a listing.
    content.some((b) => b.selected && hasData(findData(normalize(b.text)))) ||
    findData(head).dataGb !== undefined ||
    findValidity(head) !== undefined ||
    (provider !== null && ['carrier', 'mvno', 'prepaid-topup-carrier'].includes(provider.kind));
  const listing = read && !namesOnePlan ? read.listing : undefined;
  if (listing) {
    // Several plans: one plan's data, days and price would misstate the others.
    for (const k of ['dataGb', 'dailyGb', 'unlimited', 'validityDays', 'price'] as const) delete plan[k];
    if (listing.topUpYes > 0 && listing.topUpNo > 0) topUp = { value: 'unknown', source: 'page', evidence: [] };
    if (read!.contract > 0 && read!.short > 0) term = { value: 'unknown', source: 'page', evidence: [] };
  }

  return {
    ...base,
    isEsimProduct: true,
    topUp,
    term,
    plan,
    requirements: findRequirements(units, lex),
    ...(listing ? { listing } : {}),
  };
}
