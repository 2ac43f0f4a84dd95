import type { Card } from './cards';
import type { Reading } from './read';

/**
 * A listing's legend of marks: "⚡ = add-on data available", 「標有 ⚡ 的方案可以加購」, "※1 can be extended".
 * The cards carry only the mark; what it means is said once, outside them. A legend statement is the own word
 * of every card that shows its mark, and says nothing of the cards that do not (those a rule for "plans
 * without the mark" is about).
 */

/**
 * Marks a shop puts on cards: a footnote number (※1, *2), a dagger (†, ‡) or a symbol that stands for a feature.
 * Not stars or bullets (★★★★★ is a rating, ● a list), nor a symbol in a run.
 */
const MARK = /[※＊*]\s?\d{1,2}(?!\d)|(?<![⚡◎♻↻✚†‡])[⚡◎♻↻✚†‡](?![⚡◎♻↻✚†‡])|🔄/gu;

const squash = (t: string) => t.replace(/\s+/g, '');

export interface Legend {
  mark: string;
  reading: Reading;
}

/** The page's statements, outside the cards, that say what a mark means for top-up. */
export function legendsOf(outside: Reading[]): Legend[] {
  const out: Legend[] = [];
  for (const r of outside) {
    if (r.st.weight <= 0 || !r.mentions.some((m) => m.family === 'topUp')) continue;
    for (const m of r.st.text.matchAll(MARK)) out.push({ mark: squash(m[0]), reading: r });
  }
  return out;
}

/** Whether a card shows a mark ("※1" is not "※12"). */
export function shows(card: Card, mark: string): boolean {
  return card.readings.some((r) => {
    const text = squash(r.st.text);
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) if (!/\d/.test(text[at + mark.length] ?? '')) return true;
    return false;
  });
}
