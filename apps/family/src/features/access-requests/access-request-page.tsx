import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { AccessRequestFormQuery } from './access-request-documents';
import { AccessRequestForm, type Submitted } from './access-request-form';

/** «Обратиться в организацию»: the form, or why it is not offered, or the number once sent. */
export default function AccessRequestPage() {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: AccessRequestFormQuery, requestPolicy: 'network-only' });
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const form = data?.accessRequestForm;

  let body: ReactNode;
  if (fetching && !data) body = <p>{t('common.loading')}</p>;
  else if (submitted)
    body = (
      <div role="status">
        {submitted.alreadyExisted ? (
          <p className="lead">{t('accessRequest.alreadyExists', { number: submitted.number })}</p>
        ) : (
          <>
            <p className="lead success">{t('accessRequest.created')}</p>
            <p className="lead">{t('accessRequest.number', { number: submitted.number })}</p>
            <p>{t('accessRequest.emailSent', { email: submitted.email })}</p>
          </>
        )}
      </div>
    );
  else if (!form) body = <p>{t('accessRequest.unavailable')}</p>;
  else if (!form.eligible && form.ineligibility)
    body = (
      <p role="alert" className="warning">
        {t(`accessRequest.ineligible.${form.ineligibility.toLowerCase().replaceAll('_', '-')}`)}
      </p>
    );
  else body = <AccessRequestForm form={form} onSubmitted={setSubmitted} />;

  return (
    <section className="card">
      <h1>{t('accessRequest.title')}</h1>
      {body}
      <p>
        <Link href="/my-requests">{t('accessRequest.myRequests')}</Link>
      </p>
    </section>
  );
}
