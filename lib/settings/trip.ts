import type { Verdict } from '../classify/verdict';
import { t } from '../i18n';
import { convert, RATES_DATE } from '../data/rates';
import { REQUIREMENT_KEY, money } from '../verdict-text';
import type { Settings } from './schema';

/** What a plan means for the user's own trip (from Options): too short, too little data, a contract on a short trip. */
export function tripNotes(v: Verdict, trip: Settings['trip']): string[] {
  if (!v.isEsimProduct) return [];
  const notes: string[] = [];
  const { plan } = v;
  if (trip.stay === 'short' && v.term.value === 'contract') {
    notes.push(v.requirements.length ? t('tripContractShort', t(REQUIREMENT_KEY[v.requirements[0]])) : t('tripContractShortPlain'));
    return notes;
  }
  if (v.term.value !== 'contract' && plan.validityDays) {
    if (plan.validityDays < trip.days) {
      const key = v.topUp.value === 'yes' ? 'tripTooShortYes' : v.topUp.value === 'no' ? 'tripTooShortNo' : 'tripTooShortUnknown';
      notes.push(t(key, plan.validityDays, trip.days));
    } else notes.push(t('tripFits', trip.days));
    if (plan.dataGb !== undefined && !plan.unlimited && trip.dailyGb > 0) {
      const perDay = plan.dataGb / plan.validityDays;
      if (perDay < trip.dailyGb) notes.push(t('tripDataShort', plan.dataGb, plan.validityDays, Math.round(perDay * 10) / 10, trip.dailyGb));
    }
    if (plan.dailyGb !== undefined && plan.dailyGb < trip.dailyGb) notes.push(t('tripDailyShort', plan.dailyGb, trip.dailyGb));
  }
  const facts = v.facts ?? {};
  // "Unlimited" that slows after a daily allowance smaller than the traveller's use.
  const fair = facts.fairUse?.value;
  if (fair && fair.per === 'day' && fair.highSpeedGb < trip.dailyGb && (plan.unlimited || plan.dailyGb === undefined)) notes.push(t('tripFairUseSlow', fair.highSpeedGb, trip.dailyGb));
  if (trip.stay === 'short' && facts.validityStart?.value === 'install') notes.push(t('tripStartsInstall'));
  if (trip.stay === 'short' && facts.validityStart?.value === 'purchase') notes.push(t('tripStartsPurchase'));
  if (trip.needsNumber && facts.number?.value === 'data-only') notes.push(t('tripNoNumber'));
  else if (trip.needsNumber && v.term.value === 'short-term' && !facts.number) notes.push(t('tripNumberCheck'));
  // Other currencies: converted with the shipped, dated rate table, marked approximate; named where it has no rate.
  if (plan.currency && plan.price !== undefined && plan.currency !== trip.currency) {
    const home = convert(plan.price, plan.currency, trip.currency);
    notes.push(home !== undefined ? t('tripOtherCurrencyApprox', plan.currency, money(Math.round(home * 100) / 100, trip.currency), RATES_DATE) : t('tripOtherCurrency', plan.currency, trip.currency));
  }
  return notes;
}
