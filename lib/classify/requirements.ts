import { scriptOf, REQUIREMENTS, type Lexicon, type Requirement, type Script } from '../data/lexicon';
import { statementCue } from './context';
import type { Reading } from './read';
import { bindFactor, type PlanKind } from './top-up';

/** Ways to pay that a Japanese contract may ask for; a statement naming both offers them as the choice. */
const PAYMENT = new Set<string>(['jp-bank-account', 'jp-credit-card']);
const bothJapanesePayments = (r: Reading) =>
  r.mentions.some((m) => m.family === 'jp-bank-account' && m.polarity > 0) && r.mentions.some((m) => m.family === 'jp-credit-card' && m.polarity > 0);

/**
 * An item of a list whose lead offers a choice ("ID: any one of the following", 「次のいずれか1点」, 「以下任一证件」):
 * a residence card there is one document among those the identity check accepts.
 */
function itemOfChoice(readings: Reading[], i: number, lex: Lexicon, lang: string): boolean {
  const set = readings[i].st.groups[0]?.[0];
  if (set === undefined) return false;
  let k = i;
  while (k > 0 && readings[k - 1].st.groups.some(([s]) => s === set)) k--;
  const lead = readings[k - 1]?.st;
  const heading = readings[i].st.heading;
  return (!!lead && !!statementCue(lead.text, lead.script, lex, 'oneOfList')) || (!!heading && !!statementCue(heading, scriptOf(heading, lang), lex, 'oneOfList'));
}

/**
 * What a contract asks of a buyer, as the page states it: a requirement
 * concept ("residence card", 「口座振替」, 「实名认证」) in a clause that asks
 * for it (a "need" cue in the clause or in its heading: "You will need",
 * 「お申し込みに必要なもの」), not negated ("no Japanese bank account needed"),
 * not about another product ("voice plans require ID" on a data-only plan) and not a question.
 */
export function findRequirements(readings: Reading[], lex: Lexicon, lang: string, kind: PlanKind): Requirement[] {
  const found = new Set<Requirement>();
  const needs = new Map<string, boolean>();
  const asks = (text: string, script: Script) => {
    let v = needs.get(text);
    // "Those who need a Japanese number choose the voice plan", 「番号が必要な方は」: a choice offered, not asked for.
    if (v === undefined) needs.set(text, (v = !!statementCue(text, script, lex, 'need') && !statementCue(text, script, lex, 'whoNeeds')));
    return v;
  };
  for (const [i, r] of readings.entries()) {
    const st = r.st;
    if (st.question || st.weight < 0.5) continue;
    for (const m of r.mentions) {
      if (!(REQUIREMENTS as readonly string[]).includes(m.family) || m.polarity < 0 || m.otherProduct) continue;
      // 「实名认证(eKYC) : 无需认证」: a statement that waives a requirement waives it under every name it gives it.
      if (r.mentions.some((o) => o.family === m.family && o.polarity < 0)) continue;
      if (bindFactor(m.binds, kind, m.days) === 0) continue;
      // "Upload your passport or residence card": one document among those the identity check accepts (but
      // 「在留カードに加えてパスポート」 asks for both).
      if (m.family === 'residence-card' && (statementCue(st.text, st.script, lex, 'otherId') || (itemOfChoice(readings, i, lex, lang) && !asks(st.text, st.script)))) {
        found.add('identity-check');
        continue;
      }
      // "Credit card or bank account transfer": the buyer may pay with any card, so the bank account is not
      // required. "A Japanese bank account or a Japan-issued card" still asks for one of the two: both stay.
      if (PAYMENT.has(m.family) && !bothJapanesePayments(r) && statementCue(st.text, st.script, lex, 'otherPayment')) continue;
      if (!lex.requirements[m.family as Requirement].find((c) => c.id === m.concept)?.asks) {
        found.add(m.family as Requirement);
        continue;
      }
      // A heading asks for what the list under it names ("What you need"), unless it is a question ("How long do you need it?").
      const headingAsks = st.heading && !/[?？]/.test(st.heading) && asks(st.heading, scriptOf(st.heading, lang));
      if (!asks(st.text, st.script) && !headingAsks) continue;
      found.add(m.family as Requirement);
    }
  }
  // "A foreign-issued card is fine", 「海外で発行されたカードもご利用いただけます」: a card is asked for, not a Japanese one.
  if (found.has('jp-credit-card') && readings.some((r) => r.st.weight >= 0.5 && !r.st.question && statementCue(r.st.text, r.st.script, lex, 'foreignCard'))) found.delete('jp-credit-card');
  return REQUIREMENTS.filter((r) => found.has(r));
}
