import type { Card } from '../classify/verdict';
import type { Settings } from './schema';

/**
 * Whether a plan card covers the user's trip (Options › Your trip): long
 * enough, and enough data a day. A contract fits a long stay only.
 */
export function cardFitsTrip(c: Card, trip: Settings['trip']): boolean {
  if (c.term.value === 'contract' || c.billing === 'monthly') return trip.stay === 'long';
  if (trip.stay === 'long' || !c.validityDays || c.validityDays < trip.days) return false;
  if (c.unlimited) return true;
  if (c.dailyGb !== undefined) return c.dailyGb >= trip.dailyGb;
  if (c.dataGb !== undefined) return c.dataGb / c.validityDays >= trip.dailyGb;
  return false;
}

/** The cheapest card that fits the trip, when prices compare (one currency). */
export function bestFit(cards: Card[], trip: Settings['trip']): Card | undefined {
  const fits = cards.filter((c) => cardFitsTrip(c, trip) && c.price !== undefined);
  if (new Set(fits.map((c) => c.currency)).size > 1) return undefined;
  return fits.sort((a, b) => a.price! - b.price!)[0];
}
