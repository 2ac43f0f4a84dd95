import type { Verdict } from '@/lib/classify/verdict';
import type { Settings } from '@/lib/settings/schema';
import { CardsTable } from '../CardsTable';
import { t } from '@/lib/i18n';
import { REQUIREMENT_KEY, planFacts, termLong, topUpLong } from '@/lib/verdict-text';
import { FinePrint } from '../FinePrint';

/** "This page": the active tab's verdict, or why there is none and what to do about it. */

export type PageState =
  | { kind: 'loading' }
  /** `site`: a site the detector does not run on by itself (read now through activeTab): offer "always". */
  | { kind: 'verdict'; verdict: Verdict; site?: string }
  | { kind: 'not-read' }
  | { kind: 'not-allowed'; site: string }
  | { kind: 'unsupported' };

const ICON = { yes: '✓', no: '✕', unknown: '?' } as const;

export function PageVerdict({ state, onDetectAlways, trip = [], tripPlan }: { state: PageState; onDetectAlways: () => void; trip?: string[]; tripPlan?: Settings['trip'] }) {
  return (
    <section className="card page" aria-labelledby="page-h" aria-busy={state.kind === 'loading'}>
      <h2 id="page-h">{t('popupThisPage')}</h2>
      {state.kind === 'loading' && <p className="muted">{t('pageLoading')}</p>}
      {state.kind === 'unsupported' && <p className="muted">{t('pageUnsupported')}</p>}
      {state.kind === 'not-read' && <p className="muted">{t('pageNotReadYet')}</p>}
      {state.kind === 'not-allowed' && (
        <>
          <p>{t('pageNotAllowed')}</p>
          <AlwaysDetect site={state.site} onClick={onDetectAlways} />
        </>
      )}
      {state.kind === 'verdict' && !state.verdict.isEsimProduct && <p className="muted">{t('pageNotProduct')}</p>}
      {state.kind === 'verdict' && state.verdict.isEsimProduct && <VerdictDetails verdict={state.verdict} trip={tripPlan} />}
      {state.kind === 'verdict' && state.site && (
        <>
          <p className="muted small">{t('pageAlwaysHint')}</p>
          <AlwaysDetect site={state.site} onClick={onDetectAlways} />
        </>
      )}
      {state.kind === 'verdict' && trip.length > 0 && (
        <>
          <h3>{t('tripHeading')}</h3>
          <ul className="trip">
            {trip.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AlwaysDetect({ site, onClick }: { site: string; onClick: () => void }) {
  return (
    <>
      <button type="button" className="primary" onClick={onClick}>
        {t('pageDetectHere')}
      </button>
      <p className="muted small">{t('pageDetectHint', site)}</p>
    </>
  );
}

function VerdictDetails({ verdict, trip }: { verdict: Verdict; trip?: Settings['trip'] }) {
  const facts = planFacts(verdict);
  return (
    <div className={`verdict verdict--${verdict.topUp.value}`}>
      <p className="verdict__row verdict__topup">
        <span aria-hidden="true" className="verdict__icon">{ICON[verdict.topUp.value]}</span>
        <span>{topUpLong(verdict)}</span>
      </p>
      <p className="verdict__row">
        <span aria-hidden="true" className="verdict__icon">{verdict.term.value === 'contract' ? '↻' : '◷'}</span>
        <span>{termLong(verdict)}</span>
      </p>
      {verdict.listing && <p className="strong">{t('listingSummary', verdict.listing.plans, verdict.listing.topUpYes)}</p>}
      {verdict.listing?.cards && verdict.listing.cards.length > 0 && (
        <>
          <h3>{t('cardsHeading')}</h3>
          <div className="table-scroll">
            <CardsTable cards={verdict.listing.cards} trip={trip} />
          </div>
        </>
      )}
      {facts.length > 0 && (
        <>
          <h3>{t('planHeading')}</h3>
          <p className="facts">{facts.join(' · ')}</p>
        </>
      )}
      <FinePrint facts={verdict.facts} heading="h3" />
      {verdict.requirements.length > 0 && (
        <>
          <h3>{t('requirementsHeading')}</h3>
          <ul>
            {verdict.requirements.map((r) => (
              <li key={r}>{t(REQUIREMENT_KEY[r])}</li>
            ))}
          </ul>
        </>
      )}
      {verdict.topUp.evidence.length + verdict.term.evidence.length > 0 && (
        <details>
          <summary>{t('evidenceHeading')}</summary>
          <ul className="quotes">
            {[...verdict.topUp.evidence, ...verdict.term.evidence].slice(0, 5).map((q, i) => (
              <li key={i}>“{q}”</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
