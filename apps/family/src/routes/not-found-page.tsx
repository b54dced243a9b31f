import { DeploymentQuery, NotFoundPanel, formatDate, useDocumentTitle, type Viewer } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';

const hintKeys = {
  UNCONFIRMED_ACCOUNT: 'notFound.unconfirmed',
  NO_MATCHING_CARD: 'notFound.noCard',
  CARD_ALREADY_LINKED: 'notFound.cardLinked',
  AMBIGUOUS_MATCH: 'notFound.ambiguous',
} as const;

/** «С выбранной учётной записью … не связан ни один пользователь системы»: link, ask the organisation, or leave. */
export function NotFoundPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'), 'family');
  const [{ data }] = useQuery({ query: DeploymentQuery });
  const deployment = data?.deployment;
  const cutoff = deployment ? formatDate(deployment.selfLinkCutoff) : '';
  return (
    <NotFoundPanel hint={t(hintKeys[viewer.notFoundReason ?? 'NO_MATCHING_CARD'])}>
      {deployment ? (
        <div className="stack">
          {deployment.selfLinkOpen ? (
            <div>
              <p className="hint">{t('notFoundActions.linkHint', { date: cutoff })}</p>
              <Link href="/link" className="button">
                {t('notFoundActions.link')}
              </Link>
            </div>
          ) : (
            <p className="hint">{t('notFoundActions.linkClosed', { date: cutoff })}</p>
          )}
          <div className="actions">
            <Link href="/access-request" className="button button-secondary">
              {t('notFoundActions.request')}
            </Link>
            <Link href="/my-requests">{t('accessRequest.myRequests')}</Link>
          </div>
        </div>
      ) : null}
    </NotFoundPanel>
  );
}
