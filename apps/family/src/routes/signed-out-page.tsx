import { DeploymentQuery, LegacySignIn } from '@vhod/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, Route, Switch } from 'wouter';

/** ESIA first; the school-issued login only while the deployment still accepts it. */
export function SignedOutPage({ esiaSignIn, onSignedIn }: { esiaSignIn: ReactNode; onSignedIn(): void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: DeploymentQuery });
  const legacyOpen = data?.deployment.legacySignInOpen ?? false;
  return (
    <Switch>
      {legacyOpen ? (
        <Route path="/legacy-sign-in">
          <LegacySignIn onSignedIn={onSignedIn} />
        </Route>
      ) : null}
      <Route>
        {esiaSignIn}
        {legacyOpen ? (
          <p>
            <Link href="/legacy-sign-in">{t('legacy.signInLink')}</Link>
          </p>
        ) : null}
      </Route>
    </Switch>
  );
}
