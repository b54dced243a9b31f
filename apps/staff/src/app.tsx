import { AccountSummary, NotFoundPanel, SignInFlow } from '@vhod/ui';
import { useTranslation } from 'react-i18next';

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
        <AccountSummary viewer={viewer}>
          <p className="hint">{t('staffHome.placeholder')}</p>
        </AccountSummary>
      )}
    </SignInFlow>
  );
}
