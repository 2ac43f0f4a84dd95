import { useEffect, useMemo, useState } from 'react';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { RATES_DATE, RATES_SOURCE } from '@/lib/data/rates';
import { providerById } from '@/lib/data/providers';
import { NO_FILTERS, filterRows, sortRows, toCompareRow, type CompareRow, type Filters, type SortKey } from '@/lib/history/compare-rows';
import type { Viewed } from '@/lib/history/viewed';
import type { Settings } from '@/lib/settings/schema';
import { factLines, money, termWord, topUpWord } from '@/lib/verdict-text';
import { SortHeader, nextSort } from '../SortHeader';

/**
 * The plans the user viewed, one row each: every column sorts (its header
 * is a button, ascending first), filters narrow the rows, a row can be
 * removed. Prices per day and per GB are in the home currency where the
 * shipped rate table converts them, else in the plan's own currency, marked.
 * Each row carries its URL and its price per day in the home currency as
 * data attributes, for tests and for anyone scripting the page.
 */

const COLUMNS: Array<{ id: SortKey; label: MessageKey }> = [
  { id: 'provider', label: 'colShop' },
  { id: 'plan', label: 'colPlan' },
  { id: 'days', label: 'colDays' },
  { id: 'price', label: 'colPrice' },
  { id: 'pricePerDay', label: 'colPerDay' },
  { id: 'pricePerGb', label: 'colPerGb' },
  { id: 'topUp', label: 'colTopUp' },
  { id: 'term', label: 'colTerm' },
  { id: 'seen', label: 'colSeen' },
];
/** Fine print in the table: the facts that change what a plan is worth, briefly. */
const FINE_PRINT = new Set(['fairUse', 'validityStart', 'number', 'hotspot', 'refund']);

function planText(v: Viewed): string {
  const data = v.unlimited ? t('unlimited') : v.dailyGb !== undefined ? t('dataPerDay', v.dailyGb) : v.dataGb !== undefined ? t('dataGb', v.dataGb) : '';
  return [v.heading, data].filter(Boolean).join(' · ') || '–';
}

const FIRST_ROWS = 40;
const round = (n: number) => Math.round(n * 100) / 100;

/** A price in the home currency when converted, else in its own currency with a mark saying why. */
function Price({ own, home, currency, homeCurrency }: { own?: number; home?: number; currency?: string; homeCurrency: string }) {
  if (own === undefined) return <>–</>;
  if (home !== undefined) return <>{money(round(home), homeCurrency)}</>;
  return (
    <span className="unconverted" title={t('noRate', currency ?? '?')}>
      {money(round(own), currency)}*
    </span>
  );
}


export interface CompareTableProps {
  viewed: Viewed[];
  settings: Settings;
  onRemove: (key: string) => void;
  /** Receives the rows as shown (filtered and sorted), for the CSV export. */
  children?: (shown: CompareRow[]) => React.ReactNode;
}

export function CompareTable({ viewed, settings, onRemove, children }: CompareTableProps) {
  const home = settings.trip.currency;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const all = useMemo(() => viewed.map((v) => toCompareRow(v, home)), [viewed, home]);
  const currencies = useMemo(() => [...new Set(viewed.map((v) => v.currency).filter((c): c is string => !!c))].sort(), [viewed]);
  const shown = useMemo(() => {
    const kept = filterRows(all, filters, settings.trip);
    return sort ? sortRows(kept, sort.key, sort.dir) : kept;
  }, [all, filters, sort, settings.trip]);
  // The first screenful paints at once, the rest in the next frame: a table of 300 rows took 60–90 ms more
  // before anything showed (npm run bench:compare); slices of 60 a frame cost more in all (each relaid the table).
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(id);
  }, []);
  const dates = useMemo(() => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }), []);
  const onSort = (key: SortKey) => setSort((s) => nextSort(s, key));
  const toggle = (k: 'topUp' | 'shortTerm' | 'fitsTrip') => (e: React.ChangeEvent<HTMLInputElement>) => {
    const on = e.currentTarget.checked;
    setFilters((f) => ({ ...f, [k]: on }));
  };

  return (
    <>
      <fieldset className="filters">
        <label>
          <input type="checkbox" name="topUp" checked={filters.topUp} onChange={toggle('topUp')} /> {t('filterTopUp')}
        </label>
        <label>
          <input type="checkbox" name="shortTerm" checked={filters.shortTerm} onChange={toggle('shortTerm')} /> {t('filterShortTerm')}
        </label>
        <label>
          <input type="checkbox" name="fitsTrip" checked={filters.fitsTrip} onChange={toggle('fitsTrip')} /> {t('filterFitsTrip', settings.trip.days)}
        </label>
        <label>
          {t('filterCurrency')}{' '}
          <select name="currency" value={filters.currency} onChange={(e) => {
              const currency = e.currentTarget.value; // read now: the event is gone when the updater runs
              setFilters((f) => ({ ...f, currency }));
            }}>
            <option value="">{t('filterAllCurrencies')}</option>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {t('compareShown', shown.length, all.length)}
        </span>
      </fieldset>
      {children?.(shown)}
      <div className="scroll">
        <table className="compare">
          <caption className="sr-only">{t('compareTitle')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader key={c.id} id={c.id} label={c.label} sort={sort} onSort={onSort} />
              ))}
              <th scope="col">{t('colFinePrint')}</th>
              <th scope="col">
                <span className="sr-only">{t('colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(painted ? shown : shown.slice(0, FIRST_ROWS)).map((r) => {
              const v = r.viewed;
              const shop = (v.provider && providerById(v.provider)?.name) || new URL(v.url).hostname;
              return (
                <tr key={r.key} data-url={v.url} data-price-per-day={r.perDayHome !== undefined ? String(round(r.perDayHome)) : ''} data-top-up={v.topUp}>
                  <td>{shop}</td>
                  <th scope="row">
                    <a href={v.url} target="_blank" rel="noopener noreferrer" title={t('openPlanPage')}>
                      {planText(v)}
                    </a>
                    <span className="muted small title">{v.title}</span>
                  </th>
                  <td>{v.validityDays && v.term !== 'contract' ? v.validityDays : '–'}</td>
                  <td>
                    <Price own={v.price} home={r.priceHome} currency={v.currency} homeCurrency={home} />
                    {v.billing === 'monthly' ? ` · ${t('monthly')}` : v.billing === 'daily' ? ` · ${t('daily')}` : ''}
                  </td>
                  <td>
                    <Price own={r.perDay} home={r.perDayHome} currency={v.currency} homeCurrency={home} />
                  </td>
                  <td>
                    <Price own={r.perGb} home={r.perGbHome} currency={v.currency} homeCurrency={home} />
                  </td>
                  <td className="topup">{topUpWord(v.topUp)}</td>
                  <td>{termWord(v.term)}</td>
                  <td>
                    <time dateTime={new Date(v.seenAt).toISOString()}>{dates.format(v.seenAt)}</time>
                  </td>
                  <td className="small fineprint">
                    {factLines(v.facts)
                      .filter((l) => FINE_PRINT.has(l.id))
                      .map((l) => l.text)
                      .join(' · ') || '–'}
                  </td>
                  <td>
                    <button type="button" className="remove" aria-label={t('removeRow', planText(v))} onClick={() => onRemove(r.key)}>
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small rates">
        {t('ratesNote', home, RATES_DATE)} {t('ratesSource')}{' '}
        <a href={RATES_SOURCE.url} target="_blank" rel="noopener noreferrer">
          {RATES_SOURCE.name}
        </a>
      </p>
    </>
  );
}
