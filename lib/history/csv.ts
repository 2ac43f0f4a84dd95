import type { CompareRow } from './compare-rows';

/**
 * The compare table as CSV (RFC 4180: fields quoted when they hold a comma,
 * quote or line break). Cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe: page titles come from shops.
 */

const HEADER = ['provider', 'title', 'plan', 'data_gb', 'daily_gb', 'unlimited', 'days', 'price', 'currency', 'billing', 'price_per_day', 'price_per_gb', 'home_currency', 'price_home', 'price_per_day_home', 'top_up', 'term', 'seen', 'url'];

function cell(v: string | number | boolean | undefined | null): string {
  if (v === undefined || v === null) return '';
  let s = typeof v === 'number' ? String(Math.round(v * 10000) / 10000) : String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: CompareRow[], home: string): string {
  const lines = rows.map(({ viewed: v, perDay, perGb, priceHome, perDayHome }) =>
    [v.provider, v.title, v.heading, v.dataGb, v.dailyGb, v.unlimited, v.validityDays, v.price, v.currency, v.billing, perDay, perGb, home, priceHome, perDayHome, v.topUp, v.term, new Date(v.seenAt).toISOString(), v.url]
      .map(cell)
      .join(','),
  );
  return [HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
