import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Checklist } from '@/components/popup/Checklist';
import { Compatibility } from '@/components/popup/Compatibility';
import { LivingInJapan, TopUpSteps } from '@/components/popup/Guides';
import { PageVerdict, type PageState } from '@/components/popup/PageVerdict';
import { EMPTY_CHECKLIST, readChecklist, resetChecklist, setTick, type Checklist as Ticks } from '@/lib/checklist';
import { VerdictSchema, type Verdict } from '@/lib/classify/verdict';
import { deviceById } from '@/lib/data/devices';
import { guessDevice } from '@/lib/device/detect';
import { t } from '@/lib/i18n';
import { readTabNow, storedVerdict } from '@/lib/tabs/read-tab';
import { originPattern } from '@/lib/tabs/user-sites';
import { applyLanguage } from '@/lib/i18n-locales';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { tripNotes } from '@/lib/settings/trip';
import { afterFirstPaint } from '@/lib/after-first-paint';
import { readHistory, watchHistory } from '@/lib/history/store';

/**
 * The popup. `?tab=ID` shows that tab's verdict when the popup is opened as
 * a page (tests, the badge's checklist link); otherwise the active tab's.
 */

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param)).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Whether "Always detect on this site" is worth offering: a web page of a site the detector does not run on. */
async function alwaysOffer(url: string): Promise<string | undefined> {
  const pattern = originPattern(url);
  if (!pattern) return undefined;
  return (await browser.permissions.contains({ origins: [pattern] })) ? undefined : new URL(url).hostname;
}

/**
 * The tab's verdict: the one the background has, or, on any other web page,
 * read right now (opening the popup granted activeTab for this tab).
 */
async function loadState(): Promise<PageState> {
  const tab = await targetTab();
  if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) return { kind: 'unsupported' };
  const site = await alwaysOffer(tab.url);
  const known = await storedVerdict(tab.id);
  if (known) return { kind: 'verdict', verdict: known, site };
  const read = await readTabNow(tab.id);
  if (read === 'blocked') return site ? { kind: 'not-allowed', site } : { kind: 'unsupported' };
  if (read === 'timeout') return { kind: 'not-read' };
  return { kind: 'verdict', verdict: read, site };
}

export function App() {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [ticks, setTicks] = useState<Ticks>(EMPTY_CHECKLIST);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const apply = (s: Settings) => {
      applyLanguage(s.language);
      setSettings(s);
    };
    void loadSettings().then(({ settings: s }) => apply(s));
    return watchSettings(({ settings: s }) => apply(s));
  }, []);
  const [viewedCount, setViewedCount] = useState(0);
  useEffect(() => {
    let unwatch = () => {};
    const stop = afterFirstPaint(() => {
      void readHistory().then((rows) => setViewedCount(rows.length));
      unwatch = watchHistory((rows) => setViewedCount(rows.length));
    });
    return () => {
      stop();
      unwatch();
    };
  }, []);
  const guess = guessDevice(navigator.userAgent, navigator.maxTouchPoints);

  useEffect(() => {
    void loadState().then(setPage, () => setPage({ kind: 'unsupported' }));
    void readChecklist().then(setTicks);
    if (location.hash === '#checklist') document.getElementById('checklist')?.scrollIntoView();
  }, []);

  const verdict: Verdict | null = page.kind === 'verdict' ? page.verdict : null;
  // The phone chosen in Options: derived from the settings this popup already watches.
  const chosen = settings.device.id ? (deviceById(settings.device.id) ?? null) : null;

  const detectAlways = async () => {
    const site = page.kind === 'verdict' || page.kind === 'not-allowed' ? page.site : undefined;
    if (!site) return;
    // First thing in the click handler: the permission prompt needs the click's user gesture. A denied
    // prompt leaves everything as it was.
    const granted = await browser.permissions.request({ origins: [`*://${site}/*`] }).catch(() => false);
    if (!granted) return;
    // The background registers the detector for the site (permissions.onAdded); read this tab now.
    setPage({ kind: 'loading' });
    setPage(await loadState().catch((): PageState => ({ kind: 'unsupported' })));
  };

  return (
    <main className="popup" key={settings.language}>
      <header className="top">
        <h1>eSIM Lens</h1>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <PageVerdict
        key={settings.language}
        state={page}
        onDetectAlways={() => void detectAlways()}
        trip={verdict ? tripNotes(verdict, settings.trip) : []}
        tripPlan={settings.trip}
      />
      {viewedCount > 0 && (
        <p className="compare-link">
          <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') })}>
            {viewedCount === 1 ? t('popupCompareOne') : t('popupCompare', viewedCount)}
          </button>
        </p>
      )}
      <Checklist
        ticks={ticks}
        verdict={verdict}
        onTick={(item, on) => {
          // Show the tick at once; storage follows.
          setTicks((prev) => ({ ...prev, [item]: on }));
          void setTick(item, on);
        }}
        onReset={() => void resetChecklist().then(() => setTicks(EMPTY_CHECKLIST))}
      />
      <TopUpSteps />
      <Compatibility chosen={chosen} guess={guess} onOptions={() => void browser.runtime.openOptionsPage()} />
      <LivingInJapan />
    </main>
  );
}
