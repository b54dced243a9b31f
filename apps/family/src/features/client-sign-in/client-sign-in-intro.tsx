import { EsiaSignIn } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ClientSignInQuery } from './client-sign-in-documents';
import { SignInExpired } from './sign-in-expired';

/**
 * A regional system sent a signed-out visitor: Vhod's own sign-in, in any role (a teacher opens
 * the diary too), which returns to the system afterwards.
 */
export function ClientSignInIntro({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: ClientSignInQuery, variables: { interaction: uid } });
  if (fetching && !data) return <p>{t('common.loading')}</p>;
  const pending = data?.clientSignIn;
  if (!pending) return <SignInExpired />;
  return (
    <>
      <h1>{t('clientSignIn.title', { client: pending.clientName })}</h1>
      <p className="lead">{t('clientSignIn.intro', { client: pending.clientName })}</p>
      <EsiaSignIn roles={['parent', 'student', 'staff']} app="family" interaction={uid} />
    </>
  );
}
