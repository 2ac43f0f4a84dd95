import type { Lexicon } from '../data/lexicon';
import type { Provider } from '../data/providers';
import { quotes, scanPair, score, type Hit, type Sentence } from './evidence';
import { MIN_PAGE_SCORE } from './top-up';
import type { Plan, Term } from './verdict';

/**
 * Short-term plan or contract? A prepaid plan measured in days is short-term
 * even at 30 days; a monthly fee, subscription or line contract is a
 * contract. "No monthly fee" is found before "monthly fee" and masks it.
 */

export function termHits(units: Sentence[], lex: Lexicon): { short: Hit[]; contract: Hit[] } {
  const short: Hit[] = [];
  const contract: Hit[] = [];
  for (const u of units) {
    const r = scanPair(u.text, lex.signals.termShort, lex.signals.termContract, undefined, [lex.any.termShort, lex.any.termContract]);
    const f = u.question ? u.weight * 0.3 : u.weight;
    for (const h of r.first) short.push({ ...h, weight: h.weight * f });
    for (const h of r.second) contract.push({ ...h, weight: h.weight * f });
  }
  return { short, contract };
}

export function decideTerm(
  hits: { short: Hit[]; contract: Hit[] },
  plan: Plan,
  planQuote: string | undefined,
  provider: Provider | null,
): Term {
  const short = [...hits.short];
  const contract = [...hits.contract];
  // The plan's own fee structure is the strongest evidence of all.
  const quote = planQuote ?? '';
  if (plan.billing === 'monthly') contract.push({ id: 'plan-monthly', weight: 4, sentence: quote, at: 0 });
  if (plan.billing === 'daily') short.push({ id: 'plan-daily', weight: 3, sentence: quote, at: 0 });
  if (plan.validityDays && plan.billing !== 'monthly') short.push({ id: 'plan-validity', weight: 3, sentence: quote, at: 0 });

  const s = score(short);
  const c = score(contract);
  if (Math.max(s, c) >= MIN_PAGE_SCORE && s !== c) {
    return c > s
      ? { value: 'contract', source: 'page', evidence: quotes(contract) }
      : { value: 'short-term', source: 'page', evidence: quotes(short) };
  }
  if (provider && provider.term !== 'both') {
    return { value: provider.term, source: 'provider', evidence: [provider.summary] };
  }
  return { value: 'unknown', source: 'none', evidence: [] };
}
