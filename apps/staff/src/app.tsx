import { AccountSummary, NotFoundPanel, SettingsPage, SignInFlow } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';

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
      {(viewer) => (
        <Switch>
          <Route path="/settings">
            <SettingsPage app="staff" />
          </Route>
          <Route>
            <AccountSummary viewer={viewer}>
              <p className="hint">{t('staffHome.placeholder')}</p>
            </AccountSummary>
          </Route>
        </Switch>
      )}
    </SignInFlow>
  );
}
