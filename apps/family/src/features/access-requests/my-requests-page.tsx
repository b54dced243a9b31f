import { formatDate } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { MyAccessRequestsQuery } from './access-request-documents';

/** «Мои обращения»: status and the organisation's comment without waiting for the email. */
export default function MyRequestsPage() {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: MyAccessRequestsQuery, requestPolicy: 'cache-and-network' });
  const requests = data?.myAccessRequests.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="card">
      <h1>{t('myRequests.title')}</h1>
      {fetching && !data ? <p>{t('common.loading')}</p> : null}
      {data && requests.length === 0 ? <p>{t('myRequests.empty')}</p> : null}
      {requests.length > 0 ? (
        <table className="table">
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
                <td>{request.number}</td>
                <td>{formatDate(request.createdAt.slice(0, 10))}</td>
                <td>
                  {request.organisation.name}
                  {request.className ? `, ${request.className}` : ''}
                </td>
                <td>{request.childFullName ?? '—'}</td>
                <td>
                  <span className={`status status-${request.status.toLowerCase()}`}>
                    {t(`requestStatus.${request.status.toLowerCase()}`)}
                  </span>
                </td>
                <td>{request.decisionComment ?? '—'}</td>
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
