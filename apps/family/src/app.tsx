import { LinkWithLegacyLogin, Loading, SettingsPage, SignInFlow } from '@vhod/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { HomeNotices } from './routes/home-notices';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { SignedOutPage } from './routes/signed-out-page';

// The request pages carry the form rules (zod): loaded only when someone opens them.
const AccessRequestPage = lazy(() => import('./features/access-requests/access-request-page'));
const MyRequestsPage = lazy(() => import('./features/access-requests/my-requests-page'));
// A system's sign-in through Vhod is a path of its own: its pages load when a system sends someone.
const ClientSignInIntro = lazy(() =>
  import('./features/client-sign-in/client-sign-in-intro').then((module) => ({ default: module.ClientSignInIntro })),
);
const ClientSignInPage = lazy(() =>
  import('./features/client-sign-in/client-sign-in-page').then((module) => ({ default: module.ClientSignInPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function App() {
  const { t } = useTranslation();
  // The session changed under every cached query: start the portal afresh.
  const startOver = (search = '') => window.location.assign(`/${search}`);
  const myRequests = (
    <Route path="/my-requests">
      <Lazy>
        <MyRequestsPage />
      </Lazy>
    </Route>
  );
  return (
    <SignInFlow
      app="family"
      title={t('common.appName')}
      signInTitle={t('signIn.title')}
      roles={['parent', 'student']}
      homeHref="/"
      signedOut={(esiaSignIn) => (
        <Switch>
          {/* A regional system sent this visitor: sign in (nested, so the legacy sign-in keeps the system's id), then return there. */}
          <Route path="/authorize/:uid" nest>
            {({ uid }) => (
              <SignedOutPage esiaSignIn={<ClientSignInIntro uid={uid} />} onSignedIn={() => window.location.assign(`/authorize/${uid}`)} />
            )}
          </Route>
          <Route>
            <SignedOutPage esiaSignIn={esiaSignIn} onSignedIn={startOver} />
          </Route>
        </Switch>
      )}
      accessRequest={() => (
        <Lazy>
          <AccessRequestPage />
        </Lazy>
      )}
      notFound={(viewer) => (
        <Switch>
          <Route path="/link">
            <LinkWithLegacyLogin viewer={viewer} onLinked={() => startOver('?linked=1')} />
          </Route>
          {myRequests}
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
          {myRequests}
          <Route path="/authorize/:uid">
            {({ uid }) => (
              <Lazy>
                <ClientSignInPage uid={uid} />
              </Lazy>
            )}
          </Route>
          <Route>
            <HomeNotices />
            <HomePage viewer={viewer} />
          </Route>
        </Switch>
      )}
    </SignInFlow>
  );
}
