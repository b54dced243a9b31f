import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DeploymentQuery } from '../deployment-query';
import { useDocumentTitle } from '../document-title';
import { LegacyCredentialsForm } from './legacy-credentials-form';
import { SignInWithLegacyLoginMutation } from './legacy-mutations';

/** Sign-in with the school-issued login, where the deployment still allows it. */
export function LegacySignIn({ onSignedIn }: { onSignedIn(): void }) {
  const { t } = useTranslation();
  // Only the family portal offers it: staff sign in through ESIA.
  useDocumentTitle(t('legacy.signInTitle'), 'family');
  const [state, signIn] = useMutation(SignInWithLegacyLoginMutation);
  // Said up front: a login that may not be used here is answered like a wrong password.
  const [{ data }] = useQuery({ query: DeploymentQuery });
  const who = data ? (data.deployment.selfLinkOpen ? 'legacy.signInWhoFamily' : 'legacy.signInWhoUnder14') : null;
  return (
    <section className="card">
      <h1>{t('legacy.signInTitle')}</h1>
      <p className="hint">{t('legacy.signInIntro')}</p>
      {who ? <p className="hint">{t(who)}</p> : null}
      <LegacyCredentialsForm
        busy={state.fetching}
        onSubmit={async (input) => {
          const result = await signIn({ input });
          const payload = result.data?.signInWithLegacyLogin;
          if (payload?.__typename === 'DomainError') return payload;
          if (!payload) return { code: 'UNKNOWN', message: t('errors.unknown') };
          onSignedIn();
          return null;
        }}
      />
    </section>
  );
}
