import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useRoute } from 'wouter';
import { AccessRequestPlaceholder } from '../access-request-placeholder';
import { AuthErrorPanel } from '../auth-error-panel';
import { EsiaSignIn } from '../esia-sign-in';
import { PageLayout } from '../page-layout';
import { ChooseAccountStep } from './choose-account-step';
import { ConsentStep } from './consent-step';
import { ViewerQuery } from './viewer-query';
import type { Viewer } from './viewer-types';

interface SignInFlowProps {
  app: 'family' | 'staff';
  title: string;
  signInTitle: string;
  roles: ReadonlyArray<'parent' | 'student' | 'staff'>;
  /** Where «Вход» leads back to (the app's root). */
  homeHref: string;
  /** What a signed-out visitor sees; gets the default ESIA sign-in to place. */
  signedOut?(esiaSignIn: ReactNode): ReactNode;
  /** «Обратиться в организацию» (/access-request) for a visitor not (fully) in the system; a placeholder otherwise. */
  accessRequest?(viewer: Viewer): ReactNode;
  notFound(viewer: Viewer): ReactNode;
  children(viewer: Viewer): ReactNode;
}

/**
 * The part both SPAs share: whatever stage the session is in (not signed in, consent,
 * organisation choice, not found, signed in), show the page for it.
 */
export function SignInFlow({ app, title, signInTitle, roles, homeHref, signedOut, accessRequest, notFound, children }: SignInFlowProps) {
  const { t } = useTranslation();
  const [isAuthError] = useRoute('/auth-error');
  const [isAccessRequest] = useRoute('/access-request');
  const [{ data, fetching }, refetchViewer] = useQuery({ query: ViewerQuery });
  const refresh = () => refetchViewer({ requestPolicy: 'network-only' });
  // A session of the other app does not count here: each app offers its own sign-in.
  const viewer = data?.viewer?.app === app.toUpperCase() ? data.viewer : null;

  let body: ReactNode;
  if (isAuthError) body = <AuthErrorPanel code={new URLSearchParams(location.search).get('code')} signInHref={homeHref} />;
  else if (fetching && !data) body = <p>{t('common.loading')}</p>;
  else if (!viewer) {
    const esiaSignIn = (
      <>
        <h1>{signInTitle}</h1>
        <EsiaSignIn roles={roles} app={app} />
      </>
    );
    body = signedOut ? signedOut(esiaSignIn) : esiaSignIn;
  } else if (isAccessRequest && viewer.stage !== 'ACTIVE') body = accessRequest ? accessRequest(viewer) : <AccessRequestPlaceholder />;
  else if (viewer.stage === 'CONSENT') body = <ConsentStep viewer={viewer} onDone={refresh} />;
  else if (viewer.stage === 'CHOOSE_ACCOUNT') body = <ChooseAccountStep viewer={viewer} onDone={refresh} />;
  else if (viewer.stage === 'UNMATCHED') body = notFound(viewer);
  else body = children(viewer);

  return (
    <PageLayout
      title={title}
      app={app}
      userName={isAuthError ? null : (viewer?.person?.fullName ?? viewer?.esiaFullName)}
      userHref={viewer?.stage === 'ACTIVE' ? '/settings' : undefined}
    >
      {body}
    </PageLayout>
  );
}
