// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareTable } from '../../components/compare/CompareTable';
import type { Verdict } from '../../lib/classify/verdict';
import { viewedFromVerdict } from '../../lib/history/viewed';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

afterEach(cleanup);

const answer = <V extends string>(value: V) => ({ value, source: 'page' as const, evidence: [] });
const viewed = (host: string, plan: Verdict['plan'], topUp: 'yes' | 'no' | 'unknown', term: 'short-term' | 'contract' = 'short-term', seenAt = 1) =>
  viewedFromVerdict({ url: `https://${host}/japan`, isEsimProduct: true, topUp: answer(topUp), term: answer(term), plan, requirements: [], provider: null }, `${host} Japan`, seenAt)[0];

const rows = [
  viewed('a.example', { dataGb: 3, validityDays: 7, price: 14, currency: 'USD' }, 'yes', 'short-term', 4),
  viewed('b.example', { dataGb: 20, validityDays: 30, price: 2970, currency: 'JPY' }, 'no', 'short-term', 3),
  viewed('c.example', { dataGb: 25, price: 29, currency: 'USD', billing: 'monthly' }, 'yes', 'contract', 2),
  viewed('d.example', { unlimited: true, validityDays: 15, price: 15, currency: 'GBP' }, 'unknown', 'short-term', 1),
];
const shops = () => screen.getAllByRole('row').slice(1).map((r) => r.getAttribute('data-url')!.split('/')[2]);

describe('the compare page table', () => {
  it('shows one row per plan with its URL and price per day in the home currency as attributes', () => {
    render(<CompareTable viewed={rows} settings={DEFAULT_SETTINGS} onRemove={() => undefined} />);
    const trs = screen.getAllByRole('row').slice(1);
    expect(trs).toHaveLength(4);
    expect(trs[0].getAttribute('data-price-per-day')).toBe('2'); // $14 / 7 days
    expect(Number(trs[1].getAttribute('data-price-per-day'))).toBeCloseTo(2970 / 30 / 148.54, 2);
    expect(trs[2].getAttribute('data-price-per-day')).toBe(''); // monthly
    expect(trs[3].getAttribute('data-price-per-day')).toBe(''); // no GBP rate in the table
    expect(within(trs[3]).getAllByTitle(/No rate for GBP/).length).toBeGreaterThan(0);
    expect(screen.getByText(/approximate/).textContent).toMatch(/USD/);
    expect(screen.getByRole('link', { name: /Federal Reserve/ }).getAttribute('href')).toMatch(/federalreserve\.gov/);
  });

  it('sorts by price per day, ascending first, then descending, unknowns last', () => {
    render(<CompareTable viewed={rows} settings={DEFAULT_SETTINGS} onRemove={() => undefined} />);
    const byDay = () => document.querySelector<HTMLButtonElement>('[data-sort="pricePerDay"]')!;
    fireEvent.click(byDay());
    expect(shops()).toEqual(['b.example', 'a.example', 'c.example', 'd.example']);
    expect(byDay().closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(byDay());
    expect(shops().slice(0, 2)).toEqual(['a.example', 'b.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Shop' }));
    expect(shops()).toEqual(['a.example', 'b.example', 'c.example', 'd.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Seen' }));
    expect(shops()[0]).toBe('a.example'); // newest first
  });

  it('filters by top-up, short-term, trip and currency, and says how many are shown', () => {
    render(<CompareTable viewed={rows} settings={{ ...DEFAULT_SETTINGS, trip: { ...DEFAULT_SETTINGS.trip, days: 10 } }} onRemove={() => undefined} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Can be topped up' }));
    expect(shops()).toEqual(['a.example', 'c.example']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Short-term only' }));
    expect(shops()).toEqual(['a.example']);
    expect(screen.getByRole('status').textContent).toBe('1 of 4 plans');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Can be topped up' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Fits my trip \(10 days/ }));
    expect(shops()).toEqual(['a.example', 'b.example', 'd.example']); // top-up, 30 days, 15 days
    fireEvent.change(screen.getByRole('combobox', { name: /Currency/ }), { target: { value: 'JPY' } });
    expect(shops()).toEqual(['b.example']);
  });

  it('removes a row through its own button', () => {
    const onRemove = vi.fn();
    render(<CompareTable viewed={rows} settings={DEFAULT_SETTINGS} onRemove={onRemove} />);
    fireEvent.click(within(screen.getAllByRole('row')[2]).getByRole('button', { name: /^Remove/ }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onRemove).toHaveBeenCalledWith(expect.stringContaining('https://b.example/japan'));
  });

  it('renders page titles as text only', () => {
    const hostile = { ...rows[0], title: '<img src=x onerror=alert(1)>' };
    const { container } = render(<CompareTable viewed={[hostile]} settings={DEFAULT_SETTINGS} onRemove={() => undefined} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('shows the fine print each plan stated', () => {
    const withFacts = { ...rows[0], facts: { validityStart: { value: 'install' as const, evidence: [] }, hotspot: { value: 'no' as const, evidence: [] } } };
    render(<CompareTable viewed={[withFacts, rows[1]]} settings={DEFAULT_SETTINGS} onRemove={() => undefined} />);
    const [first, second] = screen.getAllByRole('row').slice(1);
    expect(first.querySelector('.fineprint')!.textContent).toBe('The days start at installation · No hotspot');
    expect(second.querySelector('.fineprint')!.textContent).toBe('–');
  });
});
