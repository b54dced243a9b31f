import { NotFoundPanel, SettingsPage, SignInFlow } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { AuditLogPage } from './features/audit/audit-log-page';
import { DataDriftPage } from './features/data-drift/data-drift-page';
import { PersonCardPage } from './features/person-cards/person-card-page';
import { PersonCardsPage } from './features/person-cards/person-cards-page';
import { ReadinessPage } from './features/readiness/readiness-page';
import { QueuePage } from './features/requests/queue-page';
import { ReplyTemplatesPage } from './features/requests/reply-templates-page';
import { RequestPage } from './features/requests/request-page';
import { staffAccessOf } from './layout/staff-access';
import { StaffNav } from './layout/staff-nav';

export function App() {
  const { t } = useTranslation();
  return (
    <SignInFlow
      app="staff"
      title={t('common.staffAppName')}
      signInTitle={t('signIn.staffTitle')}
      roles={['staff']}
      homeHref="/staff/"
      notFound={() => <NotFoundPanel app="staff" hint={t('notFound.staffHint')} />}
    >
      {(viewer) => {
        const access = staffAccessOf(viewer);
        return (
          <>
            <StaffNav access={access} />
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
              {access.readRequests ? (
                <Route path="/readiness">
                  <ReadinessPage />
                </Route>
              ) : null}
              {access.readAudit ? (
                <Route path="/audit">
                  <AuditLogPage />
                </Route>
              ) : null}
              <Route path="/requests/:id">{(params) => <RequestPage id={params.id} />}</Route>
              <Route>{access.readRequests ? <QueuePage /> : <p className="hint">{t('staffHome.noAccess')}</p>}</Route>
            </Switch>
          </>
        );
      }}
    </SignInFlow>
  );
}
