import { AccountSummary, SignInFlow } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { StaffNotFoundPage } from './routes/staff-not-found-page';

export function App() {
  const { t } = useTranslation();
  return (
    <SignInFlow
      app="staff"
      title={t('common.staffAppName')}
      signInTitle={t('signIn.staffTitle')}
      roles={['staff']}
      homeHref="/staff/"
      notFound={() => <StaffNotFoundPage />}
    >
      {(viewer) => (
        <AccountSummary viewer={viewer}>
          <p className="hint">{t('staffHome.placeholder')}</p>
        </AccountSummary>
      )}
    </SignInFlow>
  );
}
