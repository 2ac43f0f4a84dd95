import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Card, Verdict } from '../../lib/classify/verdict';
import { convert, RATES_DATE, RATES_SOURCE } from '../../lib/data/rates';
import { filterRows, NO_FILTERS, sortRows, standingOfVerdict, toCompareRow } from '../../lib/history/compare-rows';
import { toCsv } from '../../lib/history/csv';
import { clearHistory, historyItem, readHistory, rememberPage, rememberVerdict, removeViewed } from '../../lib/history/store';
import { canonicalUrl, HISTORY_CAP, mergeViewed, repairViewed, viewedFromVerdict, viewedKey } from '../../lib/history/viewed';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { saveSettings } from '../../lib/settings/store';
import { exportData, importData } from '../../lib/settings/transfer';

beforeEach(() => fakeBrowser.reset());

const answer = <V extends string>(value: V) => ({ value, source: 'page' as const, evidence: [] });
function product(url: string, plan: Verdict['plan'], topUp: 'yes' | 'no' | 'unknown' = 'yes'): Verdict {
  return { url, isEsimProduct: true, topUp: answer(topUp), term: answer('short-term'), plan, requirements: [], provider: 'airalo' };
}
const card = (heading: string, o: Partial<Card>): Card => ({ heading, currency: 'USD', billing: 'one-time', topUp: answer('yes'), term: answer('short-term'), ...o });

describe('remembering the plans viewed', () => {
  it('gives one row for a product page and one per priced card for a listing', () => {
    const p = viewedFromVerdict(product('https://shop.example/japan-10gb', { dataGb: 10, validityDays: 30, price: 25, currency: 'USD' }), 'Japan 10 GB', 1000);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ url: 'https://shop.example/japan-10gb', title: 'Japan 10 GB', dataGb: 10, price: 25, topUp: 'yes', provider: 'airalo' });

    const listing: Verdict = {
      ...product('https://shop.example/japan', {}),
      topUp: answer('unknown'),
      listing: { plans: 3, topUpYes: 1, topUpNo: 1, cards: [card('3 GB', { dataGb: 3, validityDays: 7, price: 5 }), card('Unlimited', { unlimited: true, validityDays: 7, price: 20, topUp: answer('no') }), card('No price', { dataGb: 1 })] },
    };
    const rows = viewedFromVerdict(listing, 'Japan eSIMs', 1000);
    expect(rows.map((r) => [r.heading, r.topUp])).toEqual([['3 GB', 'yes'], ['Unlimited', 'no']]);
  });

  it('remembers nothing from a page that is not an eSIM plan, or with an address that is not a web page', () => {
    expect(viewedFromVerdict({ ...product('https://shop.example/', {}), isEsimProduct: false }, 'Home', 1)).toEqual([]);
    expect(viewedFromVerdict(product('about:blank', { price: 1 }), 'x', 1)).toEqual([]);
  });

  it('knows one page under its tracking, fragment and trailing-slash variants', () => {
    const a = canonicalUrl('https://Shop.example/plan/japan/?utm_source=x&size=10&gclid=1#reviews');
    expect(a).toBe('https://shop.example/plan/japan?size=10');
    expect(canonicalUrl('https://shop.example/plan/japan?size=10')).toBe(a);
    expect(canonicalUrl('https://shop.example/plan/japan?size=20')).not.toBe(a); // a plan picker's choice is a different plan
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
  });

  it('keeps one row per plan (the latest visit), newest first, capped with the oldest dropped', async () => {
    const v = product('https://shop.example/japan-10gb?utm_medium=ad', { dataGb: 10, validityDays: 30, price: 25, currency: 'USD' });
    await rememberVerdict(v, 'first', 1000);
    await rememberVerdict({ ...v, url: 'https://shop.example/japan-10gb#faq' }, 'again', 2000);
    let rows = await readHistory();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'again', seenAt: 2000 });
    // Same page, another plan (the picker changed): a second row.
    await rememberVerdict({ ...v, plan: { ...v.plan, dataGb: 20, price: 40 } }, 'bigger', 3000);
    rows = await readHistory();
    expect(rows.map((r) => r.dataGb)).toEqual([20, 10]);

    const many = Array.from({ length: HISTORY_CAP + 20 }, (_, i) => viewedFromVerdict(product(`https://shop.example/p${i}`, { price: i }), `p${i}`, 10_000 + i)[0]);
    const merged = mergeViewed([], many);
    expect(merged).toHaveLength(HISTORY_CAP);
    expect(merged[0].title).toBe(`p${HISTORY_CAP + 19}`);
    expect(merged.some((r) => r.title === 'p0')).toBe(false);
  });

  it('loses no row when many tabs finish at once', async () => {
    await Promise.all(Array.from({ length: 16 }, (_, i) => rememberVerdict(product(`https://shop${i}.example/japan`, { price: 10 + i, validityDays: 7, currency: 'USD' }), `tab ${i}`, 1000 + i)));
    expect(await readHistory()).toHaveLength(16);
  });

  it('skips private windows, a tab that does not say, and a user who turned it off', async () => {
    const v = product('https://shop.example/japan', { price: 10 });
    expect(await rememberPage({ verdict: v, title: 'x', incognito: true, settings: DEFAULT_SETTINGS })).toBe(0);
    expect(await rememberPage({ verdict: v, title: 'x', incognito: undefined, settings: DEFAULT_SETTINGS })).toBe(0);
    expect(await rememberPage({ verdict: v, title: 'x', incognito: false, settings: { ...DEFAULT_SETTINGS, history: { remember: false } } })).toBe(0);
    expect(await readHistory()).toEqual([]);
    expect(await rememberPage({ verdict: v, title: 'x', incognito: false, settings: DEFAULT_SETTINGS })).toBe(1);
    expect(await readHistory()).toHaveLength(1);
  });

  it('repairs corrupt or hand-edited history row by row: a bad row never costs the others', async () => {
    const good = viewedFromVerdict(product('https://shop.example/a', { price: 5 }), 'A', 5)[0];
    const stored = [good, { ...good, url: 'not a url' }, null, 'x', { ...good, url: 'https://shop.example/b', price: -3 }, { ...good, url: 'https://shop.example/c', seenAt: 9 }];
    await fakeBrowser.storage.local.set({ viewed: stored });
    const rows = await readHistory();
    expect(rows.map((r) => r.url)).toEqual(['https://shop.example/c', 'https://shop.example/a']);
    expect(repairViewed(stored).dropped).toBe(4);
    expect(repairViewed('garbage')).toEqual({ rows: [], dropped: 1 });
    // The next visit writes the repaired list back with the new row.
    await rememberVerdict(product('https://shop.example/d', { price: 1 }), 'D', 100);
    expect((await historyItem().getValue()) as unknown[]).toHaveLength(3);
  });

  it('removes one row or all of them', async () => {
    await rememberVerdict(product('https://shop.example/a', { price: 5 }), 'A', 1);
    await rememberVerdict(product('https://shop.example/b', { price: 6 }), 'B', 2);
    const [b] = await readHistory();
    await removeViewed([viewedKey(b)]);
    expect((await readHistory()).map((r) => r.title)).toEqual(['A']);
    await clearHistory();
    expect(await readHistory()).toEqual([]);
  });

  it('survives a settings import, which never touches the history', async () => {
    await rememberVerdict(product('https://shop.example/a', { price: 5 }), 'A', 1);
    await saveSettings({ ...DEFAULT_SETTINGS, trip: { ...DEFAULT_SETTINGS.trip, currency: 'JPY' } });
    const file = JSON.stringify(await exportData());
    expect(file).not.toContain('shop.example');
    expect((await importData(file)).ok).toBe(true);
    expect(await readHistory()).toHaveLength(1);
  });
});

describe('comparing in the home currency', () => {
  it('converts with the dated table and says when it cannot', () => {
    expect(RATES_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(RATES_SOURCE.url).toMatch(/^https:\/\/(www\.)?federalreserve\.gov\//);
    expect(convert(148.54, 'JPY', 'USD')).toBeCloseTo(1, 6);
    expect(convert(1, 'EUR', 'USD')).toBeCloseTo(1.0787, 6); // quoted as dollars per euro
    expect(convert(10, 'USD', 'USD')).toBe(10);
    expect(convert(10, 'XYZ', 'USD')).toBeUndefined();
    expect(convert(10, undefined, 'USD')).toBeUndefined();
  });

  it('works out per day and per GB, and leaves monthly plans without a per-day price', () => {
    const [one] = viewedFromVerdict(product('https://a.example/p', { dataGb: 10, validityDays: 10, price: 1485.4, currency: 'JPY' }), 'x', 1);
    const r = toCompareRow(one, 'USD');
    expect(r.perDay).toBeCloseTo(148.54);
    expect(r.perDayHome).toBeCloseTo(1, 4);
    expect(r.perGbHome).toBeCloseTo(1, 4);
    const [monthly] = viewedFromVerdict(product('https://b.example/p', { dataGb: 20, price: 2970, currency: 'JPY', billing: 'monthly' }), 'x', 1);
    expect(toCompareRow(monthly, 'USD').perDayHome).toBeUndefined();
    const [daily] = viewedFromVerdict(product('https://c.example/p', { dailyGb: 1, price: 2, currency: 'USD', billing: 'daily' }), 'x', 1);
    expect(toCompareRow(daily, 'USD').perDayHome).toBe(2);
  });

  it('sorts by price per day with unknowns last, filters, and ranks a plan among those viewed', () => {
    const rows = [
      viewedFromVerdict(product('https://a.example/p', { validityDays: 7, price: 14, currency: 'USD' }), 'A', 1)[0],
      viewedFromVerdict(product('https://b.example/p', { validityDays: 30, price: 2970, currency: 'JPY' }, 'no'), 'B', 2)[0],
      viewedFromVerdict(product('https://c.example/p', { validityDays: 15, price: 15, currency: 'USD' }), 'C', 3)[0],
      viewedFromVerdict(product('https://d.example/p', { dataGb: 5 }, 'unknown'), 'D', 4)[0],
    ].map((v) => toCompareRow(v, 'USD'));
    expect(sortRows(rows, 'pricePerDay', 1).map((r) => r.viewed.title)).toEqual(['B', 'C', 'A', 'D']);
    expect(sortRows(rows, 'pricePerDay', -1).map((r) => r.viewed.title)).toEqual(['A', 'C', 'B', 'D']);
    expect(filterRows(rows, { ...NO_FILTERS, topUp: true }, DEFAULT_SETTINGS.trip).map((r) => r.viewed.title)).toEqual(['A', 'C']);
    expect(filterRows(rows, { ...NO_FILTERS, currency: 'JPY' }, DEFAULT_SETTINGS.trip).map((r) => r.viewed.title)).toEqual(['B']);
    // Fits a 20-day trip: 30 days long, or can be topped up.
    const trip = { ...DEFAULT_SETTINGS.trip, days: 20 };
    expect(filterRows(rows, { ...NO_FILTERS, fitsTrip: true }, trip).map((r) => r.viewed.title)).toEqual(['A', 'B', 'C']);

    const viewed = rows.map((r) => r.viewed);
    expect(standingOfVerdict(product('https://b.example/p', { validityDays: 30, price: 2970, currency: 'JPY' }), viewed, 'USD')).toEqual({ rank: 1, of: 3 });
    expect(standingOfVerdict(product('https://a.example/p', { validityDays: 7, price: 14, currency: 'USD' }), viewed, 'USD')).toEqual({ rank: 3, of: 3 });
    // Not yet remembered (the badge may read first): counted in.
    expect(standingOfVerdict(product('https://e.example/p', { validityDays: 10, price: 1, currency: 'USD' }), viewed, 'USD')).toEqual({ rank: 1, of: 4 });
    expect(standingOfVerdict(product('https://e.example/p', { dataGb: 1 }), viewed, 'USD')).toBeNull();
  });

  it('exports CSV that a spreadsheet reads back, with formulas from page titles defused', () => {
    const [v] = viewedFromVerdict(product('https://a.example/p', { validityDays: 7, price: 14, currency: 'USD' }), '=HYPERLINK("x"), "quoted"', 1);
    const csv = toCsv([toCompareRow(v, 'JPY')], 'JPY');
    const [header, line] = csv.trim().split('\r\n');
    expect(header.split(',')).toContain('price_per_day_home');
    expect(line).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(line).toContain(',JPY,');
    expect(line).toContain('https://a.example/p');
  });
});
