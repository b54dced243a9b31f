import { useTranslation } from 'react-i18next';
import { type SignInRole, esiaSignInHref } from '../esia-sign-in';
import { SignOutButton } from '../page-layout';

/**
 * After «Не даю согласия»: the sign-in ended and nothing was linked. Say why sign-in through
 * Госуслуги needs the consent, and offer to try again or to leave (which signs out at ESIA too).
 */
export function ConsentDeclined({ app, role, onBack }: { app: 'family' | 'staff'; role: SignInRole; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('consent.declinedTitle')}</h1>
      <p role="alert" className="lead">
        {t('consent.declined')}
      </p>
      <p>{t('consent.declinedExplanation')}</p>
      <div className="actions">
        <a className="button" href={esiaSignInHref(role, app)}>
          {t('consent.tryAgain')}
        </a>
        <SignOutButton app={app} label={t('common.signOut')} />
        <button type="button" className="link-button" onClick={onBack}>
          {t('common.backToSignIn')}
        </button>
      </div>
    </section>
  );
}
