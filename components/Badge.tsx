import { useEffect, useId, useRef, useState } from 'react';
import type { Verdict } from '@/lib/classify/verdict';
import type { Settings } from '@/lib/settings/schema';
import { CardsTable } from './CardsTable';
import { FinePrint } from './FinePrint';
import { t, uiLanguage } from '@/lib/i18n';
import { REQUIREMENT_KEY, TOP_UP_ICON as ICON, planFacts, summary, summaryParts, termLong, topUpLong } from '@/lib/verdict-text';

/**
 * The badge on a shop page: a compact pill with the verdict in words, icon
 * and colour (never colour alone), that expands into the evidence, the fee
 * structure and a contract's requirements. Page text is rendered as text
 * only (React escapes it); nothing here touches innerHTML.
 */

export interface BadgeProps {
  verdict: Verdict;
  /** Scrolls to a quote on the page and selects it; false when it cannot be found (the page answers asynchronously). */
  onFind: (quote: string) => boolean | Promise<boolean>;
  onDismiss: (scope: 'page' | 'site') => void;
  onChecklist: () => void;
  defaultOpen?: boolean;
  /** What the plan means for the user's trip (Options › Your trip). */
  tripNotes?: string[];
  /** Quotes find their phrase on the page (Options › Badge). */
  findable?: boolean;
  /** The user's trip, to mark the plan of a listing that fits it. */
  trip?: Settings['trip'];
  /** Where this plan stands by price per day among the plans the user viewed. */
  standing?: { rank: number; of: number } | null;
  /** Closing hands back to a pill drawn elsewhere (the page-side host's): called instead of collapsing in place. */
  onCollapse?: () => void;
}

export function Badge({ verdict, onFind, onDismiss, onChecklist, defaultOpen = false, tripNotes = [], findable = true, trip, standing, onCollapse }: BadgeProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [missing, setMissing] = useState<string | null>(null);
  const pill = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const text = summary(verdict);
  const facts = planFacts(verdict);
  const { listing } = verdict;

  useEffect(() => setMissing(null), [verdict]);

  const close = () => {
    if (onCollapse) return onCollapse();
    setOpen(false);
    pill.current?.focus();
  };
  // Opened by the host's pill: this pill holds the focus the host hands over to the frame.
  useEffect(() => {
    if (onCollapse) pill.current?.focus({ preventScroll: true });
  }, [onCollapse]);

  return (
    <div
      className={`lens lens--${verdict.topUp.value}`}
      lang={uiLanguage()}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={pill}
        type="button"
        className="pill"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('badgeLabel', text)}
        title={t('showDetails')}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span className="pill__icon" aria-hidden="true">{ICON[verdict.topUp.value]}</span>
        {summaryParts(verdict).map((part, i) => (
          <span key={i} className={i === 1 ? 'pill__topup' : 'pill__part'}>
            {part}
          </span>
        ))}
      </button>
      <p className="sr-only" role="status" aria-live="polite">
        {text}
      </p>
      {open && (
        <section id={panelId} className="panel" aria-label={t('badgeLabel', text)}>
          <div className="panel__head">
            <strong>eSIM Lens</strong>
            <button type="button" className="panel__close" onClick={close} aria-label={t('close')}>
              ✕
            </button>
          </div>
          <p className="row row--topup">
            <span className="row__icon" aria-hidden="true">{ICON[verdict.topUp.value]}</span>
            <span>
              {topUpLong(verdict)}
              {verdict.topUp.source !== 'none' && (
                <small className="source"> ({t(verdict.topUp.source === 'page' ? 'sourcePage' : 'sourceProvider')})</small>
              )}
            </span>
          </p>
          <p className="row">
            <span className="row__icon" aria-hidden="true">{verdict.term.value === 'contract' ? '↻' : '◷'}</span>
            <span>{termLong(verdict)}</span>
          </p>
          {listing && <p className="row listing">{t('listingSummary', listing.plans, listing.topUpYes)}</p>}
          {listing?.cards && listing.cards.length > 0 && (
            <>
              <h2 className="panel__h">{t('cardsHeading')}</h2>
              <div className="table-scroll">
                <CardsTable cards={listing.cards} trip={trip} />
              </div>
            </>
          )}
          {tripNotes.length > 0 && (
            <>
              <h2 className="panel__h">{t('tripHeading')}</h2>
              <ul className="facts trip">
                {tripNotes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}

          {facts.length > 0 && (
            <>
              <h2 className="panel__h">{t('planHeading')}</h2>
              <ul className="facts">
                {facts.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
              {standing && (
                <p className="row standing">
                  {standing.rank === 1 ? t('standingCheapest', standing.of) : t('standingRank', standing.rank, standing.of)}
                </p>
              )}
            </>
          )}

          <FinePrint facts={verdict.facts} onFind={findable ? async (q) => setMissing((await onFind(q)) ? null : q) : undefined} />

          {verdict.requirements.length > 0 && (
            <>
              <h2 className="panel__h">{t('requirementsHeading')}</h2>
              <ul className="facts">
                {verdict.requirements.map((r) => (
                  <li key={r}>{t(REQUIREMENT_KEY[r])}</li>
                ))}
              </ul>
            </>
          )}

          {verdict.topUp.evidence.length + verdict.term.evidence.length > 0 && (
            <>
              <h2 className="panel__h">{t('evidenceHeading')}</h2>
              {findable && <p className="hint">{t('evidenceHint')}</p>}
              <ul className="quotes">
                {[...verdict.topUp.evidence, ...verdict.term.evidence].slice(0, 5).map((q, i) => (
                  <li key={i}>
                    {findable ? (
                      <button
                        type="button"
                        className={`quote${missing === q ? ' quote--missing' : ''}`}
                        onClick={async () => setMissing((await onFind(q)) ? null : q)}
                      >
                        “{q}”
                      </button>
                    ) : (
                      <span className="quote">“{q}”</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {verdict.truncated && <p className="hint">{t('truncated')}</p>}

          <div className="panel__foot">
            <button type="button" className="link" onClick={onChecklist}>
              {t('checklistLink')}
            </button>
            <span className="spacer" />
            <button type="button" className="link" onClick={() => onDismiss('page')}>
              {t('hidePage')}
            </button>
            <button type="button" className="link" onClick={() => onDismiss('site')}>
              {t('hideSite')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
