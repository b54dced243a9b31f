import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useRoute } from 'wouter';
import { AccessRequestPlaceholder } from '../access-request-placeholder';
import { AuthErrorPanel } from '../auth-error-panel';
import { DeploymentQuery } from '../deployment-query';
import { DocumentTitle } from '../document-title';
import { EsiaSignIn, type SignInRole } from '../esia-sign-in';
import { Loading } from '../loading';
import { PageLayout } from '../page-layout';
import { TimeZoneProvider } from '../time-zone';
import { ChooseAccountStep } from './choose-account-step';
import { ConsentDeclined } from './consent-declined';
import { ConsentStep } from './consent-step';
import { ViewerQuery } from './viewer-query';
import type { Viewer } from './viewer-types';

interface SignInFlowProps {
  app: 'family' | 'staff';
  title: string;
  signInTitle: string;
  roles: readonly SignInRole[];
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
 * organisation choice, not found, signed in), show the page for it. Pages render once the
 * deployment's time zone is known, so no date is ever shown in the browser's.
 */
export function SignInFlow({ app, title, signInTitle, roles, homeHref, signedOut, accessRequest, notFound, children }: SignInFlowProps) {
  const { t } = useTranslation();
  const [isAuthError] = useRoute('/auth-error');
  const [isAccessRequest] = useRoute('/access-request');
  const [{ data, fetching }, refetchViewer] = useQuery({ query: ViewerQuery });
  const [{ data: deploymentData }] = useQuery({ query: DeploymentQuery });
  // The role of a sign-in whose consent was just declined: the session is gone, the explanation stays.
  const [declinedRole, setDeclinedRole] = useState<SignInRole | null>(null);
  const refresh = () => refetchViewer({ requestPolicy: 'network-only' });
  // A session of the other app does not count here: each app offers its own sign-in.
  const viewer = data?.viewer?.app === app.toUpperCase() ? data.viewer : null;

  let body: ReactNode;
  // The steps drawn here name the browser tab themselves; every other page does in its own component.
  if (isAuthError)
    body = (
      <>
        <DocumentTitle page={t('authErrors.title')} app={app} />
        <AuthErrorPanel code={new URLSearchParams(location.search).get('code')} signInHref={homeHref} />
      </>
    );
  else if ((fetching && !data) || !deploymentData) body = <Loading />;
  else if (declinedRole && !viewer)
    body = (
      <>
        <DocumentTitle page={t('consent.declinedTitle')} app={app} />
        <ConsentDeclined app={app} role={declinedRole} onBack={() => setDeclinedRole(null)} />
      </>
    );
  else if (!viewer) {
    const esiaSignIn = (
      <>
        <DocumentTitle page={signInTitle} app={app} />
        <h1>{signInTitle}</h1>
        <EsiaSignIn roles={roles} app={app} />
      </>
    );
    body = signedOut ? signedOut(esiaSignIn) : esiaSignIn;
  } else if (isAccessRequest && viewer.stage !== 'ACTIVE') body = accessRequest ? accessRequest(viewer) : <AccessRequestPlaceholder />;
  else if (viewer.stage === 'CONSENT')
    body = (
      <>
        <DocumentTitle page={t('consent.title')} app={app} />
        <ConsentStep
          viewer={viewer}
          onDone={refresh}
          onDeclined={() => {
            setDeclinedRole(viewer.signInRole.toLowerCase() as SignInRole);
            refresh();
          }}
        />
      </>
    );
  else if (viewer.stage === 'CHOOSE_ACCOUNT')
    body = (
      <>
        <DocumentTitle page={t('chooseAccount.title')} app={app} />
        <ChooseAccountStep viewer={viewer} onDone={refresh} />
      </>
    );
  else if (viewer.stage === 'UNMATCHED') body = notFound(viewer);
  else body = children(viewer);

  return (
    <PageLayout
      title={title}
      app={app}
      userName={isAuthError ? null : (viewer?.person?.fullName ?? viewer?.esiaFullName)}
      userHref={viewer?.stage === 'ACTIVE' ? '/settings' : undefined}
    >
      {deploymentData ? <TimeZoneProvider timeZone={deploymentData.deployment.timeZone}>{body}</TimeZoneProvider> : body}
    </PageLayout>
  );
}
