import { Loading, formatDateTime, useDocumentTitle, useTimeZone } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { MyAccessRequestsQuery } from './access-request-documents';

/** «Мои обращения»: status and the organisation's comment without waiting for the email. */
export default function MyRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myRequests.title'), 'family');
  const timeZone = useTimeZone();
  const [{ data, fetching }] = useQuery({ query: MyAccessRequestsQuery, requestPolicy: 'cache-and-network' });
  const requests = data?.myAccessRequests.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="card" aria-busy={fetching}>
      <h1>{t('myRequests.title')}</h1>
      {fetching && !data ? <Loading /> : null}
      {data && requests.length === 0 ? <p>{t('myRequests.empty')}</p> : null}
      {requests.length > 0 ? (
        <table className="table stacked-on-phone">
          <thead>
            <tr>
              <th>{t('myRequests.number')}</th>
              <th>{t('myRequests.sent')}</th>
              <th>{t('myRequests.organisation')}</th>
              <th>{t('myRequests.child')}</th>
              <th>{t('myRequests.status')}</th>
              <th>{t('myRequests.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id}>
                <td data-label={t('myRequests.number')}>{request.number}</td>
                <td data-label={t('myRequests.sent')}>{formatDateTime(request.createdAt, timeZone, 'day')}</td>
                <td data-label={t('myRequests.organisation')}>
                  {request.organisation.name}
                  {request.className ? `, ${request.className}` : ''}
                </td>
                <td data-label={t('myRequests.child')}>{request.childFullName ?? '—'}</td>
                <td data-label={t('myRequests.status')}>
                  <span className={`status status-${request.status.toLowerCase()}`}>
                    {t(`requestStatus.${request.status.toLowerCase()}`)}
                  </span>
                </td>
                <td data-label={t('myRequests.decision')}>{request.decisionComment ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <Link href="/access-request">{t('myRequests.newRequest')}</Link>
      </p>
    </section>
  );
}
