import type { Verdict } from '../classify/verdict';
import { t } from '../i18n';
import { REQUIREMENT_KEY } from '../verdict-text';
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
  if (trip.needsNumber && v.term.value === 'short-term') notes.push(t('tripNumberCheck'));
  // No exchange rates without the network: say so rather than convert.
  if (plan.currency && plan.price !== undefined && plan.currency !== trip.currency) notes.push(t('tripOtherCurrency', plan.currency, trip.currency));
  return notes;
}
