import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { deviceById, deviceId, devices, searchDevices } from '@/lib/data/devices';
import { providers } from '@/lib/data/providers';
import { t, type MessageKey } from '@/lib/i18n';
import { applyLanguage } from '@/lib/i18n-locales';
import { CORNERS, DEFAULT_SETTINGS, LANGUAGES, type Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';
import { exportData, importData } from '@/lib/settings/transfer';
import { userOrigins } from '@/lib/tabs/user-sites';
import { HistorySection } from './HistorySection';

/** The options page: grouped sections, saved as you go, every control labelled. */

const EVERY_SITE = '*://*/*';
const CORNER_KEY: Record<(typeof CORNERS)[number], MessageKey> = {
  'bottom-right': 'cornerBottomRight',
  'bottom-left': 'cornerBottomLeft',
  'top-right': 'cornerTopRight',
  'top-left': 'cornerTopLeft',
};
const LANGUAGE_NAME: Record<(typeof LANGUAGES)[number], string> = { browser: '', en: 'English', ja: '日本語', zh_CN: '简体中文', zh_TW: '繁體中文' };
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'HKD', 'TWD', 'KRW', 'SGD', 'AUD', 'CAD'];

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [message, setMessage] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);
  const [, rerender] = useState(0);
  const timer = useRef<number>(undefined);

  useEffect(() => {
    void loadSettings().then(({ settings: s, reset }) => {
      applyLanguage(s.language);
      setSettings(s);
      setRepaired(reset);
      // Write the repaired value back, so the next reader finds valid settings.
      if (reset.length) void saveSettings(s);
    });
    return watchSettings(({ settings: s }) => {
      applyLanguage(s.language);
      setSettings(s);
    });
  }, []);

  if (!settings) return <main className="options" aria-busy="true" />;

  const update = (change: (s: Settings) => Settings) => {
    const next = change(structuredClone(settings));
    setSettings(next);
    applyLanguage(next.language);
    rerender((n) => n + 1);
    void saveSettings(next).then(() => {
      setStatus(t('saved'));
      clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setStatus(''), 2000);
    });
  };

  return (
    <main className="options">
      <header className="top">
        <h1>{t('optionsTitle')}</h1>
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {repaired.length > 0 && <p className="notice">{t('settingsRepaired', repaired.join(', '))}</p>}
      {message && <p className={message.kind}>{message.text}</p>}

      <DisplaySection settings={settings} update={update} />
      <SitesSection settings={settings} update={update} />
      <TripSection settings={settings} update={update} />
      <DeviceSection settings={settings} update={update} />
      <HistorySection settings={settings} update={update} />

      <section className="card" aria-labelledby="lang-h">
        <h2 id="lang-h">{t('secLanguage')}</h2>
        <div className="field">
          <label htmlFor="language" className="sr-only">
            {t('secLanguage')}
          </label>
          <select id="language" value={settings.language} onChange={(e) => update((s) => ({ ...s, language: e.currentTarget.value as Settings['language'] }))}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'browser' ? t('langBrowser') : LANGUAGE_NAME[l]}
              </option>
            ))}
          </select>
        </div>
      </section>

      <DataSection
        onExport={async () => {
          const blob = new Blob([JSON.stringify(await exportData(), null, 2)], { type: 'application/json' });
          const a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = 'esim-lens-settings.json';
          a.click();
          URL.revokeObjectURL(a.href);
        }}
        onImport={async (file) => {
          const r = await importData(await file.text());
          if (r.ok) {
            setSettings(r.settings);
            applyLanguage(r.settings.language);
            setMessage({ kind: 'notice', text: t('dataImported') });
          } else setMessage({ kind: 'error', text: t('dataImportFailed', r.reason) });
        }}
        onReset={async () => {
          await saveSettings(DEFAULT_SETTINGS);
          setSettings(DEFAULT_SETTINGS);
          applyLanguage(DEFAULT_SETTINGS.language);
          setRepaired([]);
          setMessage({ kind: 'notice', text: t('dataResetDone') });
        }}
      />

      <p className="muted small">{t('privacy')}</p>
    </main>
  );
}

type SectionProps = { settings: Settings; update: (change: (s: Settings) => Settings) => void };

function Check({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void; hint?: string }) {
  return (
    <div className="field">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      )}
    </div>
  );
}

function DisplaySection({ settings, update }: SectionProps) {
  const d = settings.display;
  const set = (patch: Partial<Settings['display']>) => update((s) => ({ ...s, display: { ...s.display, ...patch } }));
  return (
    <section className="card" aria-labelledby="display-h">
      <h2 id="display-h">{t('secDisplay')}</h2>
      <Check id="badge" label={t('optBadge')} checked={d.badge} onChange={(badge) => set({ badge })} />
      <div className="field">
        <label htmlFor="corner">{t('optCorner')}</label>
        <select id="corner" value={d.corner} onChange={(e) => set({ corner: e.currentTarget.value as Settings['display']['corner'] })}>
          {CORNERS.map((c) => (
            <option key={c} value={c}>
              {t(CORNER_KEY[c])}
            </option>
          ))}
        </select>
      </div>
      <Check id="detailed" label={t('optDetailed')} checked={d.view === 'detailed'} onChange={(on) => set({ view: on ? 'detailed' : 'compact' })} />
      <Check id="highlights" label={t('optHighlights')} checked={d.highlights} onChange={(highlights) => set({ highlights })} />
      <Check id="card-chips" label={t('optCardChips')} checked={d.cardChips} onChange={(cardChips) => set({ cardChips })} />
    </section>
  );
}

function SitesSection({ settings, update }: SectionProps) {
  const [filter, setFilter] = useState('');
  const [extra, setExtra] = useState<string[]>([]);
  const [every, setEvery] = useState(false);
  const refresh = async () => {
    const origins = await userOrigins();
    setEvery(origins.includes(EVERY_SITE));
    setExtra(origins.filter((o) => o !== EVERY_SITE));
  };
  useEffect(() => {
    void refresh();
  }, []);
  const shops = useMemo(() => providers().filter((p) => `${p.name} ${p.domains.join(' ')}`.toLowerCase().includes(filter.toLowerCase())), [filter]);
  const disabled = new Set(settings.sites.disabledShops);
  return (
    <section className="card" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('secSites')}</h2>
      <p>{t('sitesKnown', providers().length)}</p>
      <div className="field">
        <label htmlFor="shop-filter" className="sr-only">
          {t('sitesFilter')}
        </label>
        <input id="shop-filter" type="search" placeholder={t('sitesFilter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
      </div>
      <div className="shops" role="group" aria-label={t('sitesKnown', providers().length)}>
        {shops.map((p) => (
          <label key={p.id}>
            <input
              type="checkbox"
              checked={!disabled.has(p.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                update((s) => ({ ...s, sites: { disabledShops: on ? s.sites.disabledShops.filter((x) => x !== p.id) : [...s.sites.disabledShops, p.id].sort() } }));
              }}
            />
            {p.name}
          </label>
        ))}
      </div>
      <h3>{t('sitesExtra')}</h3>
      {extra.length === 0 ? (
        <p className="muted small">{t('sitesNoExtra')}</p>
      ) : (
        <ul>
          {extra.map((o) => (
            <li key={o}>
              {o}{' '}
              <button type="button" className="link" onClick={() => void browser.permissions.remove({ origins: [o] }).then(refresh)}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Check
        id="every-site"
        label={t('sitesEvery')}
        checked={every}
        hint={t('sitesEveryHint')}
        onChange={(on) =>
          void (on ? browser.permissions.request({ origins: [EVERY_SITE] }) : browser.permissions.remove({ origins: [EVERY_SITE] })).then(refresh)
        }
      />
    </section>
  );
}

function TripSection({ settings, update }: SectionProps) {
  const trip = settings.trip;
  const set = (patch: Partial<Settings['trip']>) => update((s) => ({ ...s, trip: { ...s.trip, ...patch } }));
  const num = (v: string, min: number, max: number, fallback: number) => {
    const n = Number(v);
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
  };
  return (
    <section className="card" aria-labelledby="trip-h">
      <h2 id="trip-h">{t('secTrip')}</h2>
      <fieldset>
        <legend>{t('tripStay')}</legend>
        {(['short', 'long'] as const).map((stay) => (
          <div className="field" key={stay}>
            <input id={`stay-${stay}`} type="radio" name="stay" checked={trip.stay === stay} onChange={() => set({ stay })} />
            <label htmlFor={`stay-${stay}`}>{t(stay === 'short' ? 'tripShort' : 'tripLong')}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="trip-days">{t('tripDays')}</label>
        <input id="trip-days" type="number" min={1} max={365} value={trip.days} onChange={(e) => set({ days: Math.round(num(e.currentTarget.value, 1, 365, trip.days)) })} />
      </div>
      <div className="field">
        <label htmlFor="trip-gb">{t('tripDailyGb')}</label>
        <input id="trip-gb" type="number" min={0} max={100} step={0.5} value={trip.dailyGb} onChange={(e) => set({ dailyGb: num(e.currentTarget.value, 0, 100, trip.dailyGb) })} />
      </div>
      <Check id="trip-number" label={t('tripNeedsNumber')} checked={trip.needsNumber} onChange={(needsNumber) => set({ needsNumber })} />
      <div className="field">
        <label htmlFor="trip-currency">{t('tripCurrency')}</label>
        <select id="trip-currency" value={trip.currency} onChange={(e) => set({ currency: e.currentTarget.value })}>
          {CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </div>
    </section>
  );
}

function DeviceSection({ settings, update }: SectionProps) {
  const [query, setQuery] = useState('');
  const chosen = settings.device.id ? deviceById(settings.device.id) : undefined;
  const results = searchDevices(query);
  const choose = (id: string | null) => update((s) => ({ ...s, device: { id } }));
  return (
    <section className="card" aria-labelledby="device-h">
      <h2 id="device-h">{t('secDevice')}</h2>
      <p>
        <span className="strong">{chosen ? `${chosen.brand} ${chosen.model}` : t('deviceNone')}</span>{' '}
        {chosen && (
          <button type="button" className="link" onClick={() => choose(null)}>
            {t('deviceClear')}
          </button>
        )}
      </p>
      <div className="field">
        <label htmlFor="device-search">{t('deviceSearch')}</label>
        <input id="device-search" type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} aria-controls="device-results" />
      </div>
      <ul id="device-results" className="results" aria-live="polite">
        {results.map((d) => (
          <li key={deviceId(d)}>
            <button
              type="button"
              onClick={() => {
                choose(deviceId(d));
                setQuery('');
              }}
            >
              {d.brand} {d.model}
              {d.year ? ` (${d.year})` : ''}
            </button>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('deviceCount', devices().length)}</p>
    </section>
  );
}

function DataSection({ onExport, onImport, onReset }: { onExport: () => Promise<void>; onImport: (f: File) => Promise<void>; onReset: () => Promise<void> }) {
  return (
    <section className="card" aria-labelledby="data-h">
      <h2 id="data-h">{t('secData')}</h2>
      <div className="buttons">
        <button type="button" onClick={() => void onExport()}>
          {t('dataExport')}
        </button>
        <label className="button" htmlFor="import-file">
          {t('dataImport')}
        </label>
        <input
          id="import-file"
          className="sr-only"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void onImport(f);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" onClick={() => void onReset()}>
          {t('dataReset')}
        </button>
      </div>
    </section>
  );
}
