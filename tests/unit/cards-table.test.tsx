// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardsTable } from '../../components/CardsTable';
import type { Card, Verdict } from '../../lib/classify/verdict';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { cardFitsTrip } from '../../lib/settings/trip-fit';
import { cardChipText, summary } from '../../lib/verdict-text';

afterEach(cleanup);

const card = (heading: string, o: Partial<Card>, topUp: Card['topUp']['value'] = 'yes', term: Card['term']['value'] = 'short-term'): Card => ({
  heading,
  currency: 'USD',
  billing: 'one-time',
  ...o,
  topUp: { value: topUp, source: 'page', evidence: [] },
  term: { value: term, source: 'page', evidence: [] },
});
const cards = [
  card('Japan 3GB', { dataGb: 3, validityDays: 30, price: 10 }),
  card('Japan Unlimited 7 days', { unlimited: true, validityDays: 7, price: 24 }, 'no'),
  card('Daily 1GB × 10 days', { dailyGb: 1, validityDays: 10, price: 12 }),
  card('Japan 25GB monthly', { dataGb: 25, price: 29, billing: 'monthly' }, 'yes', 'contract'),
];
const rowNames = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent?.split(' · ')[0]);

describe('the plans of a listing page', () => {
  it('lists every plan with its data, days, price, per-day price, top-up and term', () => {
    render(<CardsTable cards={cards} />);
    expect(rowNames()).toEqual(['Japan 3GB', 'Japan Unlimited 7 days', 'Daily 1GB × 10 days', 'Japan 25GB monthly']);
    const daily = screen.getByRole('row', { name: /Daily 1GB/ });
    expect(daily.textContent).toContain('$1.20'); // $12 over 10 days
    expect(screen.getByRole('row', { name: /25GB monthly/ }).textContent).toMatch(/monthly/);
  });

  it('sorts by any column, both ways, unknown values last', () => {
    render(<CardsTable cards={cards} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Per day' }));
    expect(rowNames()).toEqual(['Japan 3GB', 'Daily 1GB × 10 days', 'Japan Unlimited 7 days', 'Japan 25GB monthly']);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Per day' }));
    expect(rowNames()).toEqual(['Japan Unlimited 7 days', 'Daily 1GB × 10 days', 'Japan 3GB', 'Japan 25GB monthly']);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Top-up' }));
    expect(rowNames().at(-1)).toBe('Japan Unlimited 7 days');
  });

  it('marks the cheapest plan that fits the trip from Options', () => {
    const trip = { ...DEFAULT_SETTINGS.trip, days: 7, dailyGb: 1 };
    render(<CardsTable cards={cards} trip={trip} />);
    expect(screen.getByRole('row', { name: /Daily 1GB/ }).textContent).toContain('Fits your trip');
    expect(cardFitsTrip(cards[0], trip)).toBe(false); // 3 GB over 30 days is 0.1 GB a day
    expect(cardFitsTrip(cards[3], trip)).toBe(false); // a contract on a short trip
  });
});

describe('card chips and the pill of a mixed page', () => {
  it('a chip says top-up, days and price per day; a contract card says monthly and its fee', () => {
    expect(cardChipText(cards[2])).toBe('Top-up ✓ · 10 days · $1.20 per day');
    expect(cardChipText(cards[1])).toBe('No top-up · 7 days · $3.43 per day');
    expect(cardChipText(cards[3])).toBe('Top-up ✓ · monthly · $29');
  });

  it('the pill counts the plans that can be topped up instead of "not stated"', () => {
    const v = {
      url: 'https://x', isEsimProduct: true, plan: {}, requirements: [], provider: null,
      topUp: { value: 'unknown', source: 'none', evidence: [] }, term: { value: 'short-term', source: 'page', evidence: [] },
      listing: { plans: 4, topUpYes: 2, topUpNo: 2, cards },
    } as Verdict;
    expect(summary(v)).toContain('4 plans · 2 can be topped up');
  });
});
