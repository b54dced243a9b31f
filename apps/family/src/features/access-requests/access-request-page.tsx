import { DeploymentQuery, Loading, useDocumentTitle } from '@vhod/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { AccessRequestFormQuery } from './access-request-documents';
import { AccessRequestForm } from './access-request-form';
import { RequestConfirmation, type Submitted } from './request-confirmation';
import { RequestIntro } from './request-intro';

/** «Обратиться в организацию»: what happens to a request, then the form, or why it is not offered, or the number once sent. */
export default function AccessRequestPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accessRequest.title'), 'family');
  const [{ data, fetching }] = useQuery({ query: AccessRequestFormQuery, requestPolicy: 'network-only' });
  const [{ data: deployment }] = useQuery({ query: DeploymentQuery });
  const [started, setStarted] = useState(false);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const form = data?.accessRequestForm;

  let body: ReactNode;
  if (fetching && !data) body = <Loading />;
  else if (submitted) body = <RequestConfirmation request={submitted} />;
  else if (!form) body = <p>{t('accessRequest.unavailable')}</p>;
  else if (!form.eligible && form.ineligibility)
    body = (
      <>
        <p role="alert" className="warning">
          {t(`accessRequest.ineligible.${form.ineligibility.toLowerCase().replaceAll('_', '-')}`)}
        </p>
        {/* Back to what else there is: the not-found page's options, and the legacy link while it is open. */}
        <div className="actions">
          <Link href="/" className="button button-secondary">
            {t('accessRequest.backToOptions')}
          </Link>
          {deployment?.deployment.selfLinkOpen ? <Link href="/link">{t('accessRequest.linkByLogin')}</Link> : null}
        </div>
      </>
    );
  else if (!started) body = <RequestIntro onContinue={() => setStarted(true)} />;
  else body = <AccessRequestForm form={form} onSubmitted={setSubmitted} />;

  return (
    <section className="card" aria-busy={fetching}>
      <h1>{t('accessRequest.title')}</h1>
      {body}
      <p className="no-print">
        <Link href="/my-requests">{t('accessRequest.myRequests')}</Link>
      </p>
    </section>
  );
}
