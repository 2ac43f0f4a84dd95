import { z } from 'zod';
import raw from '../../data/rates.json';

/**
 * The shipped, dated exchange-rate table (data/rates.json): enough to put
 * plans from shops in different currencies side by side. Approximate by
 * design: nothing is fetched, and the compare page shows the table's date
 * and source next to every converted figure.
 */

const RatesSchema = z.object({
  source: z.object({ name: z.string(), url: z.string().url(), checked: z.string() }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  perUsd: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
  usdPer: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});

const rates = RatesSchema.parse(raw);

/** Units of each currency per US dollar, the usdPer quotes turned round. */
const PER_USD: Record<string, number> = {
  ...rates.perUsd,
  ...Object.fromEntries(Object.entries(rates.usdPer).map(([c, v]) => [c, 1 / v])),
};

export const RATES_DATE = rates.date;
export const RATES_SOURCE = rates.source;
export const RATE_CURRENCIES = Object.keys(PER_USD).sort();

/** An amount in another currency, or undefined when the table lacks either side. */
export function convert(amount: number, from: string | undefined, to: string): number | undefined {
  if (!from) return undefined;
  if (from === to) return amount;
  const a = PER_USD[from];
  const b = PER_USD[to];
  return a && b ? (amount / a) * b : undefined;
}
