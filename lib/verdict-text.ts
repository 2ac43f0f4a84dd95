import type { Requirement } from './data/requirements';
import type { Card, Facts, Plan, Term, TopUp, Verdict } from './classify/verdict';
import { t, uiLanguage, type MessageKey } from './i18n';

/** Words for a verdict, shared by the badge, the toolbar icon and the popup. */

export const REQUIREMENT_KEY: Record<Requirement, MessageKey> = {
  'jp-bank-account': 'req_jp_bank_account',
  'jp-credit-card': 'req_jp_credit_card',
  'jp-phone-number': 'req_jp_phone_number',
  'residence-card': 'req_residence_card',
  'identity-check': 'req_identity_check',
  'jp-address': 'req_jp_address',
};

const TOP_UP_SHORT = { yes: 'topUpYesShort', no: 'topUpNoShort', unknown: 'topUpUnknownShort' } as const;
const TERM_SHORT = { 'short-term': 'termShort', contract: 'termContract', unknown: 'termUnknown' } as const;

/** "Top-up ✓", "No top-up", "Top-up?" for an answer, wherever it is shown (pill, chips, the plan tables). */
export const topUpWord = (value: TopUp['value']) => t(TOP_UP_SHORT[value]);
export const termWord = (value: Term['value']) => t(TERM_SHORT[value]);

export function topUpShort(v: Pick<Verdict, 'topUp'>): string {
  return topUpWord(v.topUp.value);
}

export function topUpLong(v: Verdict): string {
  // A listing whose plans differ has an answer per plan, not none at all.
  if (v.topUp.value === 'unknown' && v.listing && v.listing.topUpYes > 0 && v.listing.topUpNo > 0) return t('topUpMixed');
  return t(v.topUp.value === 'yes' ? 'topUpYes' : v.topUp.value === 'no' ? 'topUpNo' : 'topUpUnknown');
}

export function termShort(v: Pick<Verdict, 'term'>): string {
  return termWord(v.term.value);
}

export function termLong(v: Verdict): string {
  return t(v.term.value === 'short-term' ? 'termShortLong' : v.term.value === 'contract' ? 'termContractLong' : 'termUnknownLong');
}

/** Formatters are costly to make (a 300-row compare table made 1,200): one per language, currency and precision. */
const formats = new Map<string, Intl.NumberFormat>();

export function money(amount: number, currency: string | undefined): string {
  if (!currency) return String(amount);
  const digits = amount % 1 ? 2 : 0;
  const key = `${uiLanguage()} ${currency} ${digits}`;
  try {
    let f = formats.get(key);
    if (!f) formats.set(key, (f = new Intl.NumberFormat(uiLanguage(), { style: 'currency', currency, maximumFractionDigits: digits })));
    return f.format(amount);
  } catch {
    return `${currency} ${amount}`;
  }
}

/** Price per day and per GB, where the plan says enough to work them out. */
export function unitPrices(plan: Plan): { perDay?: string; perGb?: string } {
  const out: { perDay?: string; perGb?: string } = {};
  if (plan.price === undefined || plan.billing === 'monthly') return out;
  if (plan.billing === 'daily') return out;
  if (plan.validityDays) out.perDay = money(Math.round((plan.price / plan.validityDays) * 100) / 100, plan.currency);
  if (plan.dataGb && !plan.unlimited) out.perGb = money(Math.round((plan.price / plan.dataGb) * 100) / 100, plan.currency);
  return out;
}

/** "¥2,970 · monthly", "$1.99 · per day", "$15". */
export function priceText(plan: Plan): string | null {
  if (plan.price === undefined) return null;
  const per = plan.billing === 'monthly' ? ` · ${t('monthly')}` : plan.billing === 'daily' ? ` · ${t('daily')}` : '';
  return money(plan.price, plan.currency) + per;
}

/** The fee structure as short facts: data, days, price, price per day and per GB. */
export function planFacts(v: Verdict): string[] {
  const { plan } = v;
  const units = unitPrices(plan);
  return [
    plan.unlimited ? t('unlimited') : plan.dataGb !== undefined ? t('dataGb', plan.dataGb) : plan.dailyGb !== undefined ? t('dataPerDay', plan.dailyGb) : null,
    plan.validityDays && v.term.value !== 'contract' ? t('days', plan.validityDays) : null,
    priceText(plan),
    units.perDay ? t('perDay', units.perDay) : null,
    units.perGb ? t('perGb', units.perGb) : null,
  ].filter((f): f is string => !!f);
}

/** A card's plan facts as a Plan. */
export function cardPlan(c: Card): Plan {
  const { dataGb, dailyGb, unlimited, validityDays, price, currency, billing } = c;
  return { dataGb, dailyGb, unlimited, validityDays, price, currency, billing };
}

/** A plan card's chip: "Top-up ✓ · 7 days · $1.57 per day", "No top-up · monthly · ¥2,970". */
export function cardChipText(c: Card): string {
  const plan = cardPlan(c);
  const parts = [topUpShort(c)];
  if (c.term.value === 'contract' || plan.billing === 'monthly') {
    parts.push(t('monthly'));
    const price = plan.price !== undefined ? money(plan.price, plan.currency) : null;
    if (price) parts.push(price);
  } else {
    if (plan.validityDays) parts.push(t('days', plan.validityDays));
    const { perDay } = unitPrices(plan);
    if (perDay) parts.push(t('perDay', perDay));
  }
  return parts.join(' · ');
}

/** A listing whose plans differ on top-up: the pill counts them instead of saying "not stated". */
function mixedListing(v: Verdict): boolean {
  return !!v.listing && v.topUp.value === 'unknown' && (v.listing.topUpYes > 0 || v.listing.topUpNo > 0);
}

/** The compact line: "eSIM · Top-up ✓ · Short-term · 7 days" or "eSIM · Contract · monthly · needs a residence card". */
export function summaryParts(v: Verdict): string[] {
  const parts = [t('esim'), mixedListing(v) ? t('listingPill', v.listing!.plans, v.listing!.topUpYes) : topUpShort(v), termShort(v)];
  if (v.term.value === 'contract') {
    parts.push(t('monthly'));
    if (v.requirements.length) parts.push(t('needs', t(REQUIREMENT_KEY[v.requirements[0]])));
  } else if (v.plan.validityDays) parts.push(t('days', v.plan.validityDays));
  return parts;
}

export function summary(v: Verdict): string {
  return summaryParts(v).join(' · ');
}

/** The top-up answer as an icon beside its words (never colour alone). */
export const TOP_UP_ICON = { yes: '✓', no: '✕', unknown: '?' } as const;

/** The collapsed badge's words, for the page-side host that draws the pill before any frame exists. */
export function pillWords(v: Verdict): { lang: string; icon: string; parts: string[]; label: string; title: string } {
  return { lang: uiLanguage(), icon: TOP_UP_ICON[v.topUp.value], parts: summaryParts(v), label: t('badgeLabel', summary(v)), title: t('showDetails') };
}

/** A traveller fact as a short line, with the quote that states it (for finding it on the page). */
export interface FactLine {
  id: string;
  text: string;
  quote?: string;
}

const START_KEY = { 'first-connection': 'factStartFirst', install: 'factStartInstall', purchase: 'factStartPurchase', 'fixed-date': 'factStartFixed' } as const;

function speedText(kbps: number | undefined): string {
  if (!kbps) return t('factSlower');
  return kbps >= 1000 ? `${Math.round((kbps / 1000) * 10) / 10} Mbps` : `${kbps} kbps`;
}

/** The fine print of a plan as the page states it: one line per fact, in a fixed order. */
export function factLines(facts: Facts | undefined): FactLine[] {
  if (!facts) return [];
  const out: FactLine[] = [];
  const add = (id: string, text: string, f?: { evidence: string[] }) => out.push({ id, text, quote: f?.evidence[0] });
  const { fairUse, validityStart, activationWindowDays, number, jpNumber, hotspot, networks, refund, rating } = facts;
  if (fairUse) add('fairUse', t(fairUse.value.per === 'day' ? 'factFairUseDay' : 'factFairUseTotal', fairUse.value.highSpeedGb, speedText(fairUse.value.throttledKbps)), fairUse);
  if (validityStart) add('validityStart', t(START_KEY[validityStart.value]), validityStart);
  if (activationWindowDays) add('activationWindowDays', t('factActivation', activationWindowDays.value), activationWindowDays);
  if (number) {
    const key = number.value === 'data-only' ? 'factDataOnly' : number.value === 'sms' ? 'factSms' : jpNumber?.value ? 'factVoiceJp' : 'factVoice';
    add('number', t(key), number);
  }
  if (hotspot) add('hotspot', t(hotspot.value === 'yes' ? 'factHotspotYes' : 'factHotspotNo'), hotspot);
  if (networks) add('networks', t('factNetworks', networks.value.map(networkName).join(', ')), networks);
  if (refund) add('refund', t(refund.value === 'before-install' ? 'factRefundBefore' : 'factRefundNever'), refund);
  if (rating) add('rating', ratingText(rating.value), rating);
  return out;
}

/** "4.7★ from 5,904 reviews" in the UI language. */
export function ratingText(r: { stars: number; count: number }, key: 'factRating' | 'answerReviews' = 'factRating'): string {
  return t(key, r.stars, new Intl.NumberFormat(uiLanguage()).format(r.count));
}

const NETWORK_NAMES: Record<string, string> = { docomo: 'docomo', au: 'au (KDDI)', softbank: 'SoftBank', rakuten: 'Rakuten Mobile' };
function networkName(id: string): string {
  return NETWORK_NAMES[id] ?? id.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
