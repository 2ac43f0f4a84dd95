import type { Lexicon } from '../data/lexicon';
import type { Provider } from '../data/providers';
import { negatorsOf, quotes, scanPair, score, type Hit, type Sentence } from './evidence';
import type { Plan, TopUp } from './verdict';

/**
 * Can this plan be topped up online? Page evidence beats the provider's
 * documented default; the default beats silence.
 */

// "Expired plans can't be topped up" says nothing about an active plan.
const AFTER_EXPIRY =
  /after (?:it |the plan |your plan |the e-?sim )?(?:has )?expir|once (?:it |the plan )?(?:has )?expired|after expiry|expired (?:plans?|e-?sims?|packages?)|after the validity|有効期限(?:が)?切れ|期限切れ|過期後|过期后|失效後|失效后/i;
const REBUY = new Set(['en-buy-new-esim', 'ja-buy-new', 'zh-rebuy', 'zh-use-up']);
const ANSWER_NO = /^(?:no\b|nope\b|unfortunately|sorry|いいえ|残念ながら|できません|不行|不可以|不能|不可|否|無法|无法|不支持|不支援|不会|不會)/i;
const ANSWER_YES = /^(?:yes\b|sure\b|of course|absolutely|definitely|はい|可能です|できます|可以|是的|能|支持|支援|當然|当然|可)/i;

export const MIN_PAGE_SCORE = 1.5;

export interface TopUpHits {
  yes: Hit[];
  no: Hit[];
}

/** Hits for and against top-up in the given sentences, with plan-specific rules applied. */
export function topUpHits(units: Sentence[], lex: Lexicon, plan: Plan): TopUpHits {
  const negators = negatorsOf(lex);
  const yes: Hit[] = [];
  const no: Hit[] = [];
  const unlimitedRule = lex.any.unlimitedQualifier;
  const fixedRule = lex.any.fixedQualifier;

  for (const u of units) {
    const r = scanPair(u.text, lex.signals.topUpNo, lex.signals.topUpYes, negators, [lex.any.topUpNo, lex.any.topUpYes]);
    if (!r.first.length && !r.second.length) continue;

    // Plan-specific rules: "Unlimited plans can't be topped up" only binds unlimited plans.
    let factor = u.weight;
    if (unlimitedRule.test(u.text)) factor *= plan.unlimited ? 1.5 : 0;
    else if (fixedRule.test(u.text)) factor *= plan.unlimited ? 0 : 1.2;

    if (u.question) {
      // "Can I top up this eSIM?" asks; the sentence after it answers.
      const answer = u.answer;
      if (answer && factor > 0) {
        if (ANSWER_NO.test(answer)) no.push({ id: 'answer-no', weight: 3 * factor, sentence: `${u.text} ${answer}`, at: 0 });
        else if (ANSWER_YES.test(answer)) yes.push({ id: 'answer-yes', weight: 3 * factor, sentence: `${u.text} ${answer}`, at: 0 });
      }
      factor *= 0.3;
    }
    const expiry = AFTER_EXPIRY.test(u.text);
    for (const h of r.first) {
      const w = expiry && !REBUY.has(h.phraseId) ? 0.2 : 1;
      no.push({ ...h, weight: h.weight * factor * w });
    }
    for (const h of r.second) yes.push({ ...h, weight: h.weight * factor });
  }
  return { yes, no };
}

export function decideTopUp(hits: TopUpHits, provider: Provider | null): TopUp {
  const yes = score(hits.yes);
  const no = score(hits.no);
  if (Math.max(yes, no) >= MIN_PAGE_SCORE) {
    // An explicit "no" is rarely written by a shop that sells top-ups.
    if (no >= yes * 0.8) return { value: 'no', source: 'page', evidence: quotes(hits.no) };
    return { value: 'yes', source: 'page', evidence: quotes(hits.yes) };
  }
  if (provider && (provider.topUp === 'yes' || provider.topUp === 'no')) {
    return { value: provider.topUp, source: 'provider', evidence: [provider.summary] };
  }
  return { value: 'unknown', source: 'none', evidence: [] };
}
