import { useEffect, useState } from 'react';
import { CompareTable } from '@/components/compare/CompareTable';
import { afterFirstPaint } from '@/lib/after-first-paint';
import { toCsv } from '@/lib/history/csv';
import { clearHistory, readHistory, removeViewed, watchHistory } from '@/lib/history/store';
import type { Viewed } from '@/lib/history/viewed';
import { t } from '@/lib/i18n';
import { applyLanguage } from '@/lib/i18n-locales';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/**
 * compare.html: every plan the user viewed, across shops. Reads the history
 * and the settings (home currency, trip, language) and follows both as they
 * change, so a plan viewed in another tab appears without a reload.
 */

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function App() {
  const [viewed, setViewed] = useState<Viewed[] | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    const apply = (s: Settings) => {
      applyLanguage(s.language);
      document.title = `${t('compareTitle')} · eSIM Lens`;
      setSettings(s);
    };
    void loadSettings().then(({ settings: s }) => apply(s));
    // The page's frame paints first, the rows after it: read at once, 300 rows held the first paint back by
    // 60–90 ms on the bench machine (npm run bench:compare).
    let unwatchHistory = () => {};
    const stop = afterFirstPaint(() => {
      void readHistory().then(setViewed);
      unwatchHistory = watchHistory(setViewed);
    });
    const unwatchSettings = watchSettings(({ settings: s }) => apply(s));
    return () => {
      stop();
      unwatchSettings();
      unwatchHistory();
    };
  }, []);

  return (
    <main className="comparepage" key={settings.language} aria-busy={viewed === null}>
      <header className="top">
        <h1>{t('compareTitle')}</h1>
      </header>
      <p className="muted">{t('compareIntro')}</p>
      {!settings.history.remember && <p className="notice">{t('compareOff')}</p>}
      {viewed && viewed.length === 0 && <p className="empty">{t('compareEmpty')}</p>}
      {viewed && viewed.length > 0 && (
        <CompareTable viewed={viewed} settings={settings} onRemove={(key) => void removeViewed([key])}>
          {(shown) => (
            <div className="buttons">
              <button type="button" onClick={() => download('esim-plans.csv', toCsv(shown, settings.trip.currency), 'text/csv;charset=utf-8')}>
                {t('exportCsv')}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t('clearConfirm', viewed.length))) void clearHistory();
                }}
              >
                {t('clearAll')}
              </button>
            </div>
          )}
        </CompareTable>
      )}
    </main>
  );
}
