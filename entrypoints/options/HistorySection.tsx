import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { clearHistory, readHistory, watchHistory } from '@/lib/history/store';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';

/** Options › Plans you viewed: remember them or not, how many there are, clear them, open the comparison. */
export function HistorySection({ settings, update }: { settings: Settings; update: (change: (s: Settings) => Settings) => void }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    void readHistory().then((rows) => setCount(rows.length));
    return watchHistory((rows) => setCount(rows.length));
  }, []);
  return (
    <section className="card" aria-labelledby="history-h">
      <h2 id="history-h">{t('secHistory')}</h2>
      <label className="field">
        <input
          type="checkbox"
          name="rememberPlans"
          checked={settings.history.remember}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            update((s) => ({ ...s, history: { remember: on } }));
          }}
        />
        {t('optRemember')}
      </label>
      <p className="muted small history-count">
        {count === 1 ? t('optHistoryCountOne') : t('optHistoryCount', count)}
      </p>
      <div className="buttons">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') })}>
          {t('optHistoryOpen')}
        </button>
        <button type="button" disabled={count === 0} onClick={() => void clearHistory()}>
          {t('optHistoryClear')}
        </button>
      </div>
    </section>
  );
}
