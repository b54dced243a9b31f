import { useTranslation } from 'react-i18next';

export function AuthErrorPanel({ code, signInHref }: { code: string | null; signInHref: string }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('authErrors.title')}</h1>
      <p role="alert">{t(`authErrors.${code ?? 'invalid-request'}`, { defaultValue: t('authErrors.invalid-request') })}</p>
      <a className="button" href={signInHref}>
        {t('common.backToSignIn')}
      </a>
    </section>
  );
}
