import { formatDateTime, useTimeZone } from '@vhod/ui';
import { useTranslation } from 'react-i18next';

export interface Submitted {
  number: string;
  createdAt: string;
  organisation: { name: string };
  className: string | null;
  childFullName: string | null;
  email: string;
  alreadyExisted: boolean;
}

/** The sent request's number, day, organisation and child, to keep: on screen, and on paper with «Распечатать». */
export function RequestConfirmation({ request }: { request: Submitted }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <div role="status">
      {request.alreadyExisted ? (
        <p className="lead">{t('accessRequest.alreadyExists', { number: request.number })}</p>
      ) : (
        <>
          <p className="lead success">{t('accessRequest.created')}</p>
          <p className="lead">{t('accessRequest.number', { number: request.number })}</p>
        </>
      )}
      <h2>{t('accessRequest.confirmationTitle')}</h2>
      <dl className="facts">
        <dt>{t('myRequests.number')}</dt>
        <dd>{request.number}</dd>
        <dt>{t('accessRequest.sentAt')}</dt>
        <dd>{formatDateTime(request.createdAt, timeZone, 'day')}</dd>
        <dt>{t('myRequests.organisation')}</dt>
        <dd>
          {request.organisation.name}
          {request.className ? `, ${request.className}` : ''}
        </dd>
        {request.childFullName ? (
          <>
            <dt>{t('myRequests.child')}</dt>
            <dd>{request.childFullName}</dd>
          </>
        ) : null}
      </dl>
      {request.alreadyExisted ? null : <p>{t('accessRequest.emailSent', { email: request.email })}</p>}
      <div className="actions no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('accessRequest.print')}
        </button>
      </div>
    </div>
  );
}
