import type { Reading } from './read';
import type { Plan } from './verdict';

/**
 * A plan's facts (data, validity, price, billing) from readings in order of
 * trust: the caller puts the selected option of a picker first, then the
 * page's own title, structured data and the content. Each fact comes from the
 * first reading that states it as this plan's: a day count only where it is
 * the plan's duration (a validity cue, a data amount beside it, or the
 * title), never an activation, refund or delivery window; a price only where
 * it is not a discount, a fee for something else or a "from" price.
 */

export interface PlanRead {
  plan: Plan;
  /** The sentence that gave the plan's fee structure, to quote. */
  quote?: string;
}

type DataFacts = Pick<Plan, 'dataGb' | 'unlimited' | 'dailyGb'>;

function dataOf(r: Reading): DataFacts | undefined {
  const amounts = r.q.data.filter((d) => !d.range);
  if (!amounts.length) return undefined;
  // "Unlimited plans can't be topped up" is a rule about other plans, not this plan's data.
  const unlimited = !r.rule && amounts.some((d) => d.unlimited);
  const daily = amounts.find((d) => d.daily && d.gb !== undefined);
  const total = amounts.find((d) => !d.daily && d.gb !== undefined);
  if (unlimited) return daily ? { unlimited: true, dailyGb: daily.gb } : { unlimited: true };
  if (daily) return { dailyGb: daily.gb };
  if (total) return { dataGb: total.gb };
  return undefined;
}

function validityOf(r: Reading, trusted: boolean): number | undefined {
  const hasData = r.q.data.length > 0;
  const d = r.q.durations.find((x) => !x.window && !x.range && x.days <= 365 && (x.validity || hasData || trusted));
  return d?.days;
}

function priceOf(r: Reading, days?: number): { price: Plan['price']; currency: string; billing?: 'monthly' | 'daily'; from: boolean } | undefined {
  const usable = r.q.prices.filter((p) => !p.discount && !p.otherFee);
  const listed = priceList(r, usable);
  if (listed) {
    // "7日間 ¥2,980 / 15日間 ¥4,480 / 30日間 ¥6,980": the plan's price is the one beside its own day count; without
    // that, a list of prices is no single plan's price, like a "from" price.
    const at = days === undefined ? -1 : listed.findIndex((d) => d.days === days);
    const p = at >= 0 ? usable[at] : usable[0];
    return { price: p.amount, currency: p.currency, billing: p.billing, from: at < 0 };
  }
  const p = usable.find((x) => !x.from && x.billing !== 'daily') ?? usable.find((x) => !x.from) ?? usable[0];
  return p && { price: p.amount, currency: p.currency, billing: p.billing, from: p.from };
}

/** The day counts of a line that lists prices by duration, one before each price, in order; else undefined. */
function priceList(r: Reading, usable: Reading['q']['prices']): Reading['q']['durations'] | undefined {
  if (usable.length < 2 || new Set(usable.map((p) => p.amount)).size < usable.length) return undefined;
  const days = r.q.durations.filter((d) => !d.window && !d.range);
  if (days.length !== usable.length || new Set(days.map((d) => d.days)).size < days.length) return undefined;
  return days.every((d, i) => d.end <= usable[i].start && (i === 0 || d.start >= usable[i - 1].end)) ? days : undefined;
}

export interface PlanSources {
  /** Readings in order of trust (selected option, title, structured data, content). */
  ordered: Reading[];
  /** Readings whose day counts are the plan's even without a validity cue (title, selected option). */
  trusted: Set<Reading>;
  /** Last resort for the price only: a sidebar buy box. */
  fallback?: Reading[];
  /** A single structured-data price. */
  structured?: { price?: number; currency?: string };
}

export function planFrom({ ordered, trusted, fallback = [], structured }: PlanSources): PlanRead {
  const plan: Plan = {};
  let quote: string | undefined;

  for (const r of ordered) {
    const d = dataOf(r);
    if (d) {
      Object.assign(plan, d);
      break;
    }
  }
  // "Unlimited" in the title and "2GB/day at full speed" in the body: the daily allowance is the plan's measure.
  if (plan.unlimited && plan.dailyGb === undefined) {
    const daily = ordered.find((r) => !r.rule && r.q.data.some((d) => d.daily && d.gb !== undefined));
    if (daily) plan.dailyGb = daily.q.data.find((d) => d.daily && d.gb !== undefined)!.gb;
  }

  for (const r of ordered) {
    const v = validityOf(r, trusted.has(r));
    if (v) {
      plan.validityDays = v;
      quote ??= r.st.text;
      break;
    }
  }

  let price: ReturnType<typeof priceOf>;
  let priceQuote: string | undefined;
  for (const r of ordered) {
    const p = priceOf(r, plan.validityDays);
    if (!p) continue;
    // A per-day rate in the title or the chosen option is how the plan is sold ("$1.99/day"); elsewhere, like a
    // "from" price, it may come before the plan's total: keep looking.
    if ((p.billing === 'daily' && !trusted.has(r)) || p.from) {
      if (!price) {
        price = p;
        priceQuote = r.st.text;
      }
      continue;
    }
    if (price && price.billing === 'daily' && trusted.has(r)) break;
    price = p;
    priceQuote = r.st.text;
    break;
  }
  if (!price && structured?.price !== undefined) price = { price: structured.price, currency: structured.currency ?? '', from: false };
  if (!price) {
    for (const r of fallback) {
      const p = priceOf(r);
      if (p) {
        price = { ...p, billing: undefined };
        break;
      }
    }
  }
  if (price) {
    plan.price = price.price;
    if (price.currency) plan.currency = price.currency;
    else if (structured?.currency) plan.currency = structured.currency;
    if (price.billing) {
      plan.billing = price.billing;
      quote = priceQuote;
    }
  } else if (structured?.currency) {
    plan.currency = structured.currency;
  }
  return { plan, quote };
}
