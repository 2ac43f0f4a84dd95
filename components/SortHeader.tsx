import { t, type MessageKey } from '@/lib/i18n';

/** A sortable column header: a button that says what it sorts by, with the order shown and announced (aria-sort). */
export function SortHeader<K extends string>({ id, label, sort, onSort }: { id: K; label: MessageKey; sort: { key: K; dir: 1 | -1 } | null; onSort: (key: K) => void }) {
  const on = sort?.key === id;
  return (
    <th scope="col" aria-sort={on ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" data-sort={id} aria-label={t('sortBy', t(label))} onClick={() => onSort(id)}>
        {t(label)}
        {on ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}

/** The next order after a header is pressed: ascending first, then the other way. */
export function nextSort<K extends string>(s: { key: K; dir: 1 | -1 } | null, key: K): { key: K; dir: 1 | -1 } {
  return s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 };
}
