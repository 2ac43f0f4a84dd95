import type { Verdict } from '@/lib/classify/verdict';
import { CHECKLIST_ITEMS, type Checklist as Ticks, type ChecklistItem } from '@/lib/checklist';
import { t, type MessageKey } from '@/lib/i18n';
import { priceText, ratingText, unitPrices } from '@/lib/verdict-text';

/** The buying checklist: real checkboxes, ticks kept, and a note where this page already answers an item. */

const TEXT: Record<ChecklistItem, [MessageKey, MessageKey]> = {
  use: ['checkUse', 'checkUseHelp'],
  fees: ['checkFees', 'checkFeesHelp'],
  device: ['checkDevice', 'checkDeviceHelp'],
  reviews: ['checkReviews', 'checkReviewsHelp'],
};

/** What this page already says about an item, if anything. */
export function pageAnswer(item: ChecklistItem, v: Verdict | null): string | null {
  if (!v?.isEsimProduct) return null;
  if (item === 'use') {
    if (v.term.value === 'contract') return t('answerUseContract');
    if (v.term.value === 'short-term' && v.topUp.value === 'yes') return t('answerUseShortYes');
    if (v.term.value === 'short-term' && v.topUp.value === 'no') return t('answerUseShortNo');
  }
  if (item === 'fees' && v.plan.price !== undefined) {
    const u = unitPrices(v.plan);
    const parts = [priceText(v.plan), u.perDay ? t('perDay', u.perDay) : '', u.perGb ? t('perGb', u.perGb) : ''].filter(Boolean);
    return t('answerFees', parts.join(' · '));
  }
  // The guide's "read other users' reviews": the page's own rating, where it shows one.
  if (item === 'reviews' && v.facts?.rating) return ratingText(v.facts.rating.value, 'answerReviews');
  return null;
}

export function Checklist({ ticks, verdict, onTick, onReset }: { ticks: Ticks; verdict: Verdict | null; onTick: (item: ChecklistItem, on: boolean) => void; onReset: () => void }) {
  return (
    <section className="card" id="checklist" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t('checklistTitle')}</h2>
      <ul className="checklist">
        {CHECKLIST_ITEMS.map((item) => {
          const [label, help] = TEXT[item];
          const answer = pageAnswer(item, verdict);
          return (
            <li key={item}>
              <label>
                <input type="checkbox" checked={ticks[item]} onChange={(e) => onTick(item, e.currentTarget.checked)} aria-describedby={`help-${item}`} />
                <span className="strong">{t(label)}</span>
              </label>
              <p className="muted small" id={`help-${item}`}>
                {t(help)}
              </p>
              {answer && <p className="answer small">{answer}</p>}
            </li>
          );
        })}
      </ul>
      <button type="button" className="link" onClick={onReset}>
        {t('checklistReset')}
      </button>
    </section>
  );
}
