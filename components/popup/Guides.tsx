import { t } from '@/lib/i18n';

/** Online top-up step by step, and what a Japanese contract asks for. Static text in four languages. */

export function TopUpSteps() {
  return (
    <section className="card" aria-labelledby="steps-h">
      <h2 id="steps-h">{t('stepsTitle')}</h2>
      <ol className="steps">
        <li>{t('step1')}</li>
        <li>{t('step2')}</li>
        <li>{t('step3')}</li>
        <li>{t('step4')}</li>
      </ol>
      <p className="warning" role="note">
        {t('stepsWarning')}
      </p>
    </section>
  );
}

export function LivingInJapan() {
  return (
    <section className="card" aria-labelledby="japan-h">
      <h2 id="japan-h">{t('japanTitle')}</h2>
      <p>{t('japanIntro')}</p>
      <ul>
        <li>{t('japanPay')}</li>
        <li>{t('japanResidence')}</li>
        <li>{t('japanIdentity')}</li>
        <li>{t('japanPhone')}</li>
      </ul>
      <p className="muted small">{t('japanOnline')}</p>
    </section>
  );
}
