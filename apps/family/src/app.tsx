import { AccountSummary, SignInFlow } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from './routes/not-found-page';

export function App() {
  const { t } = useTranslation();
  return (
    <SignInFlow
      app="family"
      title={t('common.appName')}
      signInTitle={t('signIn.title')}
      roles={['parent', 'student']}
      homeHref="/"
      notFound={(viewer) => <NotFoundPage viewer={viewer} />}
    >
      {(viewer) => <AccountSummary viewer={viewer} />}
    </SignInFlow>
  );
}
