import { ConsentPanel } from '@vhod/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AllowClientSignInMutation, ClientSignInQuery } from './client-sign-in-documents';
import { SignInExpired } from './sign-in-expired';

/** Leaves the SPA for the provider, which sends the browser on to the system. */
const leaveFor = (path: string) => window.location.assign(path);

/**
 * Signed in, with a system waiting: «<Система> запрашивает: …» once for a system that is not
 * trusted, then back to the system through the provider.
 */
export function ClientSignInPage({ uid, leave = leaveFor }: { uid: string; leave?(path: string): void }) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: ClientSignInQuery, variables: { interaction: uid }, requestPolicy: 'network-only' });
  const [allowState, allow] = useMutation(AllowClientSignInMutation);
  const [error, setError] = useState<string | null>(null);
  const pending = data?.clientSignIn;
  const ready = pending !== undefined && pending !== null && !pending.consentRequired;

  useEffect(() => {
    if (ready) leave(pending.continuePath);
  }, [ready, pending, leave]);

  if (fetching && !data) return <p>{t('common.loading')}</p>;
  if (!pending) return <SignInExpired />;
  if (ready) return <p role="status">{t('clientSignIn.returning', { client: pending.clientName })}</p>;

  async function onAllow() {
    setError(null);
    const payload = (await allow({ interaction: uid })).data?.allowClientSignIn;
    if (payload?.__typename === 'MutationAllowClientSignInSuccess') return leave(payload.data.continuePath);
    setError(payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown'));
  }

  return (
    <ConsentPanel
      title={t('clientSignIn.consentTitle', { client: pending.clientName })}
      items={pending.scopes.map((scope) => t(`oidcScopes.${scope}`))}
      hint={t('clientSignIn.consentIntro')}
      acceptLabel={t('clientSignIn.allow')}
      declineLabel={t('clientSignIn.deny')}
      busy={allowState.fetching}
      error={error}
      onAccept={onAllow}
      onDecline={() => leave(pending.declinePath)}
    />
  );
}
