import { useTranslation } from 'react-i18next';

/** Before the form: what happens to the request, who reads it, and when one may be sent. */
export function RequestIntro({ onContinue }: { onContinue(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('accessRequest.intro.what')}</p>
      <p>{t('accessRequest.intro.answer')}</p>
      <p>{t('accessRequest.intro.conditions')}</p>
      <ul className="steps">
        <li>{t('accessRequest.intro.confirmed')}</li>
        <li>{t('accessRequest.intro.children')}</li>
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={onContinue}>
          {t('common.continue')}
        </button>
      </div>
    </>
  );
}
