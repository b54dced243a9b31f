import { AccountSummary, LinkWithLegacyLogin, Loading, SettingsPage, SignInFlow } from '@vhod/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { HomeNotices } from './routes/home-notices';
import { NotFoundPage } from './routes/not-found-page';
import { SignedOutPage } from './routes/signed-out-page';

// The request pages carry the form rules (zod): loaded only when someone opens them.
const AccessRequestPage = lazy(() => import('./features/access-requests/access-request-page'));
const MyRequestsPage = lazy(() => import('./features/access-requests/my-requests-page'));

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
      signedOut={(esiaSignIn) => <SignedOutPage esiaSignIn={esiaSignIn} onSignedIn={() => startOver()} />}
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
          <Route>
            <HomeNotices />
            <AccountSummary viewer={viewer}>
              {viewer.signInMethod === 'ESIA' ? (
                <p>
                  <Link href="/my-requests">{t('accessRequest.myRequests')}</Link>
                </p>
              ) : null}
            </AccountSummary>
          </Route>
        </Switch>
      )}
    </SignInFlow>
  );
}
