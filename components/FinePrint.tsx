import type { Facts } from '@/lib/classify/verdict';
import { t } from '@/lib/i18n';
import { factLines } from '@/lib/verdict-text';

/**
 * The traveller facts the page states (fair use, when the days start, number,
 * hotspot, networks, refund, rating), a line each. With `onFind`, a line is a
 * button that selects its quote on the page; otherwise the quote is its title.
 */
export function FinePrint({ facts, onFind, heading = 'h2' }: { facts: Facts | undefined; onFind?: (quote: string) => void; heading?: 'h2' | 'h3' }) {
  const lines = factLines(facts);
  if (!lines.length) return null;
  const H = heading;
  return (
    <>
      <H className={heading === 'h2' ? 'panel__h' : undefined}>{t('factsHeading')}</H>
      <ul className="facts fineprint">
        {lines.map((l) => (
          <li key={l.id} data-fact={l.id}>
            {onFind && l.quote ? (
              <button type="button" className="quote" title={`“${l.quote}”`} onClick={() => onFind(l.quote!)}>
                {l.text}
              </button>
            ) : (
              <span title={l.quote ? `“${l.quote}”` : undefined}>{l.text}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
