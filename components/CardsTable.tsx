import { useState } from 'react';
import type { Card } from '@/lib/classify/verdict';
import { t, type MessageKey } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import { bestFit } from '@/lib/settings/trip-fit';
import { TERM_ORDER, TOP_UP_ORDER, compareValues, type SortValue } from '@/lib/sort';
import { SortHeader, nextSort } from './SortHeader';
import { cardPlan, money, termShort, topUpShort } from '@/lib/verdict-text';

/**
 * The plans of a listing page as a small table: data, days, price, per day,
 * per GB, top-up, term. Every column sorts (its header is a button); the plan
 * that fits the trip from Options is marked. Used by the badge and the popup.
 */

type Column = 'plan' | 'data' | 'days' | 'price' | 'perDay' | 'perGb' | 'topUp' | 'term';
const COLUMNS: Array<{ id: Column; label: MessageKey }> = [
  { id: 'plan', label: 'colPlan' },
  { id: 'data', label: 'colData' },
  { id: 'days', label: 'colDays' },
  { id: 'price', label: 'colPrice' },
  { id: 'perDay', label: 'colPerDay' },
  { id: 'perGb', label: 'colPerGb' },
  { id: 'topUp', label: 'colTopUp' },
  { id: 'term', label: 'colTerm' },
];

interface Row {
  card: Card;
  perDay?: number;
  perGb?: number;
}

function sortValue(r: Row, col: Column): SortValue {
  const c = r.card;
  switch (col) {
    case 'plan':
      return c.heading;
    case 'data':
      return c.unlimited ? Infinity : c.dailyGb !== undefined ? c.dailyGb * (c.validityDays ?? 1) : c.dataGb;
    case 'days':
      return c.validityDays;
    case 'price':
      return c.price;
    case 'perDay':
      return r.perDay;
    case 'perGb':
      return r.perGb;
    case 'topUp':
      return TOP_UP_ORDER[c.topUp.value];
    case 'term':
      return TERM_ORDER[c.term.value];
  }
}

function dataText(c: Card): string {
  if (c.unlimited) return t('unlimited');
  if (c.dailyGb !== undefined) return t('dataPerDay', c.dailyGb);
  return c.dataGb !== undefined ? t('dataGb', c.dataGb) : '–';
}


export function CardsTable({ cards, trip }: { cards: Card[]; trip?: Settings['trip'] }) {
  const [sort, setSort] = useState<{ key: Column; dir: 1 | -1 } | null>(null);
  const fit = trip ? bestFit(cards, trip) : undefined;
  const rows: Row[] = cards.map((card) => {
    const plan = cardPlan(card);
    const days = plan.validityDays;
    return {
      card,
      perDay: plan.price !== undefined && days && plan.billing !== 'monthly' ? plan.price / days : undefined,
      perGb: plan.price !== undefined && plan.dataGb && !plan.unlimited && plan.billing !== 'monthly' ? plan.price / plan.dataGb : undefined,
    };
  });
  if (sort) {
    rows.sort((a, b) => compareValues(sortValue(a, sort.key), sortValue(b, sort.key), sort.dir));
  }
  const onSort = (col: Column) => setSort((s) => nextSort(s, col));
  return (
    <table className="cards">
      <caption className="sr-only">{t('cardsHeading')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <SortHeader key={c.id} id={c.id} label={c.label} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ card, perDay, perGb }, i) => (
          <tr key={i} className={card === fit ? 'fits' : undefined} data-top-up={card.topUp.value}>
            <th scope="row">
              {card.heading}
              {card === fit && <span className="fit"> · {t('cardFitsTrip')}</span>}
            </th>
            <td>{dataText(card)}</td>
            <td>{card.validityDays && card.term.value !== 'contract' ? card.validityDays : '–'}</td>
            <td>{card.price !== undefined ? money(card.price, card.currency) + (card.billing === 'monthly' ? ` · ${t('monthly')}` : '') : '–'}</td>
            <td>{perDay !== undefined ? money(Math.round(perDay * 100) / 100, card.currency) : '–'}</td>
            <td>{perGb !== undefined ? money(Math.round(perGb * 100) / 100, card.currency) : '–'}</td>
            <td className="topup">{topUpShort(card)}</td>
            <td>{termShort(card)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
