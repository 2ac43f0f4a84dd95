import { deviceNotes, type Device } from '@/lib/data/devices';
import type { DeviceGuess } from '@/lib/device/detect';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';

/** Compatibility tips: the chosen (or detected) phone's eSIM support, the known exceptions and how to check. */

const STATUS: Record<Device['esim'], MessageKey> = {
  yes: 'compatYes',
  no: 'compatNo',
  'region-dependent': 'compatRegion',
  unverified: 'compatUnverified',
};

export function Compatibility({ chosen, guess, onOptions }: { chosen: Device | null; guess: DeviceGuess; onOptions: () => void }) {
  const device = chosen ?? (guess.kind === 'android' ? (guess.device ?? null) : null);
  const lang = uiLanguage();
  const translated = device ? deviceNotes(device, lang) : '';
  const notes = device && (lang.startsWith('en') || translated !== device.notes) ? translated : '';
  return (
    <section className="card" aria-labelledby="compat-h">
      <h2 id="compat-h">{t('compatTitle')}</h2>
      {device ? (
        <div className={`device device--${device.esim}`}>
          <p className="strong">{t('compatYourPhone', `${device.model.startsWith(device.brand) ? '' : `${device.brand} `}${device.model}`)}</p>
          <p>{t(STATUS[device.esim])}</p>
          {/* Notes in the reader's language; an untranslated English note is shown only to English readers. */}
          {notes && <p className="muted small">{notes}</p>}
          <p className="small">
            {t('compatSources')}:{' '}
            {device.sources.slice(0, 3).map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                <a href={s} target="_blank" rel="noreferrer noopener">
                  {new URL(s).hostname}
                </a>
              </span>
            ))}
          </p>
        </div>
      ) : (
        <>
          {guess.kind === 'iphone' && guess.modernIos && <p>{t('compatIphoneModern')}</p>}
          {guess.kind !== 'iphone' && <p className="muted">{guess.kind === 'desktop' ? t('compatDesktop') : t('compatPick')}</p>}
          <button type="button" className="link" onClick={onOptions}>
            {t('compatPick')}
          </button>
        </>
      )}
      <ul className="tips small">
        <li>{t('compatExceptions')}</li>
        <li>{t('compatLocked')}</li>
        <li>{t('compatCheckIphone')}</li>
        <li>{t('compatCheckAndroid')}</li>
      </ul>
    </section>
  );
}
