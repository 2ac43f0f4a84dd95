import type { Reading } from './read';

/**
 * Plan cards: the repeated items of one set (the cards of a grid, the rows of
 * a plan table, the options of a picker) that each name a plan — a price that
 * is not a discount or a fee for something else, and a data amount, a
 * duration or a monthly fee. The reader marks repeated items from the page's
 * structure ([set, item] on each block), so a card is found by where its text
 * stands, not by guessing where one card's text ends.
 */

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
  let spec = false;
  for (const r of readings) {
    if (r.q.prices.some((p) => !p.discount && !p.otherFee)) price = true;
    if (r.q.data.length || r.q.durations.some((d) => !d.window)) spec = true;
  }
  return price && spec;
}

/** The set with the most plan cards (at least two), or undefined. */
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
  let best: CardSet | undefined;
  for (const [set, items] of sets) {
    if (items.size < 2) continue;
    const cards: Card[] = [];
    for (const [item, list] of items) {
      if (!namesPlan(list)) continue;
      const heading = list.find((r) => r.st.kind === 'heading') ?? list[0];
      cards.push({ set, item, readings: list, heading, selected: list.some((r) => r.st.selected) });
    }
    if (cards.length < 2) continue;
    // More cards wins; on a tie, the tighter set (fewer statements per card: the cards, not a section holding them).
    const size = (c: CardSet) => c.cards.reduce((n, k) => n + k.readings.length, 0) / c.cards.length;
    const candidate: CardSet = { set, cards, selected: cards.filter((c) => c.selected).length === 1 ? cards.find((c) => c.selected) : undefined };
    if (!best || cards.length > best.cards.length || (cards.length === best.cards.length && size(candidate) < size(best))) best = candidate;
  }
  return best;
}
