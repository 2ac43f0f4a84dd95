import type { Provider } from '../data/providers';
import { MIN_PAGE_SCORE, quotes, score } from './evidence';
import type { PolarityEvidence } from './top-up';
import type { Plan, Term } from './verdict';

/**
 * Short-term plan or contract? The plan's own fee structure is the strongest
 * evidence ("¥2,970/月" is a contract; a prepaid "30 days" is short-term);
 * then what the statements say ("auto-renews", 「契約不要」, "no contract"
 * is a negated contract, hence short-term).
 */
export function decideTerm(hits: PolarityEvidence, plan: Plan, planQuote: string | undefined, provider: Provider | null): Term {
  const contract = [...hits.yes];
  const short = [...hits.no];
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
