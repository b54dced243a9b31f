import { useTranslation } from 'react-i18next';

/** The system's sign-in is gone (expired, finished, or the system revoked): start again from the system. */
export function SignInExpired() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('authErrors.title')}</h1>
      <p role="alert">{t('errors.client-sign-in-not-found')}</p>
      <a className="button" href="/">
        {t('clientSignIn.backToPortal')}
      </a>
    </section>
  );
}
