import { Loading, NotFoundPanel, SettingsPage, SignInFlow } from '@vhod/ui';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { AuditLogPage } from './features/audit/audit-log-page';
import { DataDriftPage } from './features/data-drift/data-drift-page';
import { QueuePage } from './features/requests/queue-page';
import { ReplyTemplatesPage } from './features/requests/reply-templates-page';
import { RequestPage } from './features/requests/request-page';
import { staffAccessOf } from './layout/staff-access';
import { StaffNav } from './layout/staff-nav';

// The card pages carry the card rules (zod): loaded when opened, not with the queue.
const PersonCardPage = lazy(() =>
  import('./features/person-cards/person-card-page').then((module) => ({ default: module.PersonCardPage })),
);
const PersonCardsPage = lazy(() =>
  import('./features/person-cards/person-cards-page').then((module) => ({ default: module.PersonCardsPage })),
);
// The readiness report brings the chart library; API clients and systems are one administrator's occasional pages.
const ReadinessPage = lazy(() => import('./features/readiness/readiness-page').then((module) => ({ default: module.ReadinessPage })));
const ApiClientsPage = lazy(() => import('./features/api-clients/api-clients-page').then((module) => ({ default: module.ApiClientsPage })));
const UndeliveredEmailsPage = lazy(() =>
  import('./features/email-delivery/undelivered-emails-page').then((module) => ({ default: module.UndeliveredEmailsPage })),
);
const OidcClientsPage = lazy(() =>
  import('./features/oidc-clients/oidc-clients-page').then((module) => ({ default: module.OidcClientsPage })),
);

export function App() {
  const { t } = useTranslation();
  return (
    <SignInFlow
      app="staff"
      title={t('common.staffAppName')}
      signInTitle={t('signIn.staffTitle')}
      roles={['staff']}
      homeHref="/staff/"
      notFound={() => <NotFoundPanel hint={t('notFound.staffHint')} />}
    >
      {(viewer) => {
        const access = staffAccessOf(viewer);
        return (
          <>
            <StaffNav access={access} />
            <Suspense fallback={<Loading />}>
              <Switch>
                <Route path="/settings">
                  <SettingsPage app="staff" />
                </Route>
                {access.manageCards ? <Route path="/cards/:id">{(params) => <PersonCardPage id={params.id} />}</Route> : null}
                {access.manageCards ? (
                  <Route path="/cards">
                    <PersonCardsPage />
                  </Route>
                ) : null}
                {access.manageCards ? (
                  <Route path="/templates">
                    <ReplyTemplatesPage />
                  </Route>
                ) : null}
                {access.manageCards ? (
                  <Route path="/drift">
                    <DataDriftPage />
                  </Route>
                ) : null}
                {access.readReadiness ? (
                  <Route path="/readiness" nest>
                    <ReadinessPage regionWide={access.regionWide} />
                  </Route>
                ) : null}
                {access.readAudit ? (
                  <Route path="/audit">
                    <AuditLogPage />
                  </Route>
                ) : null}
                {access.manageApiClients ? (
                  <Route path="/api-clients">
                    <ApiClientsPage />
                  </Route>
                ) : null}
                {access.manageEmailDelivery ? (
                  <Route path="/undelivered-emails">
                    <UndeliveredEmailsPage />
                  </Route>
                ) : null}
                {access.manageApiClients ? (
                  <Route path="/systems">
                    <OidcClientsPage />
                  </Route>
                ) : null}
                <Route path="/requests/:id">{(params) => <RequestPage id={params.id} />}</Route>
                <Route>{access.readRequests ? <QueuePage /> : <p className="hint">{t('staffHome.noAccess')}</p>}</Route>
              </Switch>
            </Suspense>
          </>
        );
      }}
    </SignInFlow>
  );
}
