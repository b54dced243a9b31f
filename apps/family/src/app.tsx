import { AccountSummary, LinkWithLegacyLogin, SettingsPage, SignInFlow } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { NotFoundPage } from './routes/not-found-page';
import { SignedOutPage } from './routes/signed-out-page';

export function App() {
  const { t } = useTranslation();
  // The session changed under every cached query: start the portal afresh.
  const startOver = () => window.location.assign('/');
  return (
    <SignInFlow
      app="family"
      title={t('common.appName')}
      signInTitle={t('signIn.title')}
      roles={['parent', 'student']}
      homeHref="/"
      signedOut={(esiaSignIn) => <SignedOutPage esiaSignIn={esiaSignIn} onSignedIn={startOver} />}
      notFound={(viewer) => (
        <Switch>
          <Route path="/link">
            <LinkWithLegacyLogin viewer={viewer} onLinked={startOver} />
          </Route>
          <Route>
            <NotFoundPage viewer={viewer} />
          </Route>
        </Switch>
      )}
    >
      {(viewer) => (
        <Switch>
          <Route path="/settings">
            <SettingsPage app="family" />
          </Route>
          <Route>
            <AccountSummary viewer={viewer} />
          </Route>
        </Switch>
      )}
    </SignInFlow>
  );
}
