import type { Reading } from './read';

/**
 * Plan cards: the repeated items of one set (the cards of a grid, the rows of
 * a plan table, the options of a picker) that each name a plan — a price that
 * is not a discount or a fee for something else, and a data amount, a
 * duration or a monthly fee. The reader marks repeated items from the page's
 * structure ([set, item] on each block), so a card is found by where its text
 * stands, not by guessing where one card's text ends.
 */

const MOSTLY = 0.6;
/** A speed, in the units every language writes the same way (the facts lexicon's speed needs the lexicon, cards do not). */
const SPEED = /\d\s?(?:kbps|mbps|kb\/s|mb\/s)/i;

export interface Card {
  set: number;
  item: number;
  readings: Reading[];
  /** The card's own title as the page shows it. */
  heading: Reading;
  selected: boolean;
}

export interface CardSet {
  set: number;
  /** Every set that holds plan cards: its other items (a cross-sell entry without a price) are other plans too. */
  sets: Set<number>;
  cards: Card[];
  /** The option a picker has selected, if the set is a picker. */
  selected?: Card;
}

/**
 * A card names a plan: a price and a data amount or a duration. A row of a
 * spec table ("Monthly fee : ¥4,730/month", "Extra data : 1GB for ¥1,100")
 * is one fact of one plan, and a set of such rows has at most one that
 * looks like a plan, so it never makes two cards.
 */
function namesPlan(readings: Reading[]): boolean {
  let price = false;
  let named = false;
  const data = new Set<string>();
  const days = new Set<number>();
  for (const r of readings) {
    const priced = r.q.prices.some((p) => !p.discount && !p.otherFee);
    if (priced) price = true;
    named ||= r.q.data.some((d) => !d.range) || r.q.durations.some((d) => !d.window && !d.range);
    // The sizes of a card's top-ups ("add a 1GB or 3GB pack to this eSIM", "extend by 7 or 15 days") are not the
    // card's own plan: they do not make it look like a whole picker. A priced top-up line ("buy a 1-day pass for $15
    // or another 10-day pass") still counts: a section of such lines is an FAQ, not a card.
    if (!priced && r.mentions.some((m) => m.family === 'topUp')) continue;
    // Nor is the allowance of a slowdown ("当日超过 5GB 后降至 1Mbps" on an unlimited card) a second size.
    if (!priced && SPEED.test(r.st.text)) continue;
    for (const d of r.q.data) if (!d.range) data.add(d.unlimited ? 'u' : `${d.gb}${d.daily ? '/d' : ''}`);
    for (const d of r.q.durations) if (!d.window && !d.range) days.add(d.days);
  }
  // A section that holds a whole picker ("1GB / 3 days … 50GB / 30 days") is not one plan's card.
  return price && named && data.size <= 2 && days.size <= 2;
}

/** Data, days and price of a card, when it states all three: two cards with the same key are the same plan. */
function planKey(readings: Reading[]): string | undefined {
  const spec = specKey(readings);
  const price = priceKey(readings);
  return spec && price ? `${spec}|${price}` : undefined;
}

/** A card's price, as a key: two cards of one price in two sets may be one plan shown twice. */
function priceKey(readings: Reading[]): string | undefined {
  const price = readings.flatMap((r) => r.q.prices).find((p) => !p.discount && !p.otherFee);
  return price ? `${price.amount}${price.currency}` : undefined;
}

/** Data and days alone: what a picker's option button shows ("10GB｜15日"), without the price. */
function specKey(readings: Reading[]): string | undefined {
  const data = readings.flatMap((r) => r.q.data).find((d) => !d.range);
  const days = readings.flatMap((r) => r.q.durations).find((d) => !d.window && !d.range);
  if (!data || !days) return undefined;
  return `${data.unlimited ? 'u' : data.gb}${data.daily ? '/d' : ''}|${days.days}`;
}

/**
 * A picker of bare options ("3GB｜5日" buttons, one pressed) beside a price table of the same plans: the pressed
 * option is not a card itself (it has no price), but it says which card is chosen when exactly one has its data and days.
 */
function chosenBySpec(cards: Card[], readings: Reading[]): Card | undefined {
  const picked = new Set(readings.filter((r) => r.st.selected && r.st.weight > 0).map((r) => specKey([r])).filter(Boolean));
  if (picked.size !== 1) return undefined;
  const matching = cards.filter((c) => picked.has(specKey(c.readings)));
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * The plan cards of a page: the items of every set that holds at least two
 * of them (a page may show travel plans and monthly plans in two grids). A
 * statement inside nested sets belongs to the innermost one that qualifies.
 * `selected` is the one card a picker has chosen, if any.
 */
export function findCards(readings: Reading[]): CardSet | undefined {
  const sets = new Map<number, Map<number, Reading[]>>();
  for (const r of readings) {
    if (r.st.source !== 'body' || r.st.weight <= 0) continue;
    for (const [set, item] of r.st.groups) {
      let items = sets.get(set);
      if (!items) sets.set(set, (items = new Map()));
      let list = items.get(item);
      if (!list) items.set(item, (list = []));
      list.push(r);
    }
  }
  const qualifying = new Set<number>();
  for (const [set, items] of sets) {
    let n = 0;
    for (const list of items.values()) if (namesPlan(list)) n++;
    // Plan cards are alike: most items of the set name a plan. In a spec table ("Monthly fee", "Minimum term",
    // "Extra data: 1GB for ¥1,100") a row or two with a price and a number among many others are facts of one plan.
    if (n >= 2 && n >= MOSTLY * items.size) qualifying.add(set);
  }
  if (!qualifying.size) return undefined;
  const byCard = new Map<string, { set: number; item: number; readings: Reading[] }>();
  for (const r of readings) {
    if (r.st.source !== 'body' || r.st.weight <= 0) continue;
    const g = r.st.groups.find(([set]) => qualifying.has(set));
    if (!g) continue;
    const key = `${g[0]}.${g[1]}`;
    let c = byCard.get(key);
    if (!c) byCard.set(key, (c = { set: g[0], item: g[1], readings: [] }));
    c.readings.push(r);
  }
  const cards: Card[] = [];
  // The same plan shown twice (in a grid and again in a comparison table) is one card with both its texts.
  const byPlan = new Map<string, Card>();
  // A card that does not state all of data, days and price (a column of a comparison table) is the twin of the one
  // card of another set with its price, when only one has it: the grid and the table under it show the same plans.
  // Their titles name the same plan too: every word of the shorter stands in the longer ("ULTRA" in 「暢日卡 ULTRA
  // 日本 5日間」, 「遊日卡 1GB」 in 「遊日卡 毎日1GB 日本 5日間」).
  const words = (r: Reading) => r.st.text.normalize('NFKC').toLowerCase().split(/[\s/／・·|｜,，()（）【】\-–—]+/).filter(Boolean);
  const sameName = (a: Reading, b: Reading) => {
    const [x, y] = [words(a), words(b)].sort((p, q) => p.join('').length - q.join('').length);
    const long = y.join('');
    return x.join('').length >= 2 && x.every((w) => long.includes(w));
  };
  // The cards so far by price: looked up, not the whole list scanned for every card of a long listing.
  const ofPrice = new Map<string, Card[]>();
  const byPrice = (c: { set: number; readings: Reading[] }, price: string | undefined, key: string | undefined): Card | undefined => {
    if (!price) return undefined;
    const heading = c.readings.find((r) => r.st.kind === 'heading') ?? c.readings[0];
    const same = (ofPrice.get(price) ?? []).filter((o) => o.set !== c.set && (!key || !planKey(o.readings)) && sameName(o.heading, heading));
    return same.length === 1 ? same[0] : undefined;
  };
  for (const c of byCard.values()) {
    if (!namesPlan(c.readings)) continue;
    const key = planKey(c.readings);
    const price = priceKey(c.readings);
    const twin = (key ? byPlan.get(key) : undefined) ?? byPrice(c, price, key);
    if (twin) {
      twin.readings.push(...c.readings);
      twin.selected ||= c.readings.some((r) => r.st.selected);
      continue;
    }
    const heading = c.readings.find((r) => r.st.kind === 'heading') ?? c.readings[0];
    const card = { ...c, heading, selected: c.readings.some((r) => r.st.selected) };
    cards.push(card);
    if (key) byPlan.set(key, card);
    if (price) ofPrice.set(price, [...(ofPrice.get(price) ?? []), card]);
  }
  if (cards.length < 2) return undefined;
  const chosen = cards.filter((c) => c.selected);
  const selected = chosen.length === 1 ? chosen[0] : chosen.length ? undefined : chosenBySpec(cards, readings);
  if (selected) selected.selected = true;
  else for (const c of loneCards(readings, qualifying)) if (!byPlan.has(planKey(c.readings) ?? '')) cards.push(c);
  return { set: cards[0].set, sets: qualifying, cards, selected };
}

/** Statements under one heading, at most this many, make a lone card. */
const LONE_CARD_STATEMENTS = 8;

/**
 * A plan in a section of its own beside a listing's grid ("Monthly plan" after the day plans, drawn with other
 * markup than the grid's cards): a heading that names a plan (a data amount, or a monthly or subscription plan)
 * and the few statements under it, which state a price and data or days. Its set is -1: no element of the page
 * is known for it, so it gets no chip.
 */
function loneCards(readings: Reading[], sets: Set<number>): Card[] {
  const inSets = (r: Reading) => r.st.groups.some(([set]) => sets.has(set));
  // The page's own title (its h1, the head statement's last part) names the page's plan, not one more card beside
  // a grid: a single plan's page that compares itself with a table of other offers is no listing.
  const head = readings.find((r) => r.st.source === 'head')?.st.text ?? '';
  const out: Card[] = [];
  for (let i = 0; i < readings.length; i++) {
    const h = readings[i];
    if (h.st.source !== 'body' || h.st.weight <= 0 || h.st.kind !== 'heading' || h.st.question || inSets(h)) continue;
    if (head.endsWith(`| ${h.st.text}`)) continue;
    const namesOne = h.q.data.some((d) => !d.range) || h.mentions.some((m) => m.family === 'term' && m.polarity > 0);
    if (!namesOne) continue;
    const group = [h];
    for (let j = i + 1; j < readings.length && group.length < LONE_CARD_STATEMENTS; j++) {
      const r = readings[j];
      if (r.st.kind === 'heading' || inSets(r)) break;
      if (r.st.source === 'body' && r.st.weight > 0) group.push(r);
    }
    if (group.length >= 2 && namesPlan(group)) out.push({ set: -1, item: out.length, readings: group, heading: h, selected: false });
  }
  return out;
}
