import { formatDateTime, useTimeZone, useDocumentTitle } from '@vhod/ui';
import { graphql } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';

const DataDriftQuery = graphql(`
  query DataDriftItems {
    dataDriftItems { edges { node { id personId personName detectedAt changes { field cardValue esiaValue } } } }
  }
`);

const AcceptMutation = graphql(`
  mutation AcceptDataDrift($id: ID!) {
    acceptDataDrift(id: $id) { __typename ... on DomainError { message } }
  }
`);

const DismissMutation = graphql(`
  mutation DismissDataDrift($id: ID!) {
    dismissDataDrift(id: $id) { __typename ... on DomainError { message } }
  }
`);

/** «Расхождения данных»: ESIA says something new about a linked person; accept it into the card or dismiss. */
export function DataDriftPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dataDrift.title'), 'staff');
  const timeZone = useTimeZone();
  const [{ data }, refetch] = useQuery({ query: DataDriftQuery, requestPolicy: 'cache-and-network' });
  const [accepting, accept] = useMutation(AcceptMutation);
  const [dismissing, dismiss] = useMutation(DismissMutation);
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const items = data?.dataDriftItems.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="card wide">
      <h1>{t('dataDrift.title')}</h1>
      <p className="hint">{t('dataDrift.intro')}</p>
      {data && items.length === 0 ? <p>{t('dataDrift.empty')}</p> : null}
      {items.map((item) => (
        <article key={item.id} className="drift-item" aria-label={item.personName}>
          <h2>
            <Link href={`/cards/${item.personId}`}>{item.personName}</Link>{' '}
            <span className="hint">{formatDateTime(item.detectedAt, timeZone)}</span>
          </h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t('dataDrift.field')}</th>
                <th>{t('dataDrift.card')}</th>
                <th>{t('dataDrift.esia')}</th>
              </tr>
            </thead>
            <tbody>
              {item.changes.map((change) => (
                <tr key={change.field}>
                  <td>{t(`dataDrift.fields.${change.field}`)}</td>
                  <td className="cmp cmp-different">{change.cardValue ?? '—'}</td>
                  <td className="cmp cmp-same">{change.esiaValue ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={accepting.fetching}
              onClick={async () => {
                await accept({ id: item.id });
                refresh();
              }}
            >
              {t('dataDrift.accept')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={dismissing.fetching}
              onClick={async () => {
                await dismiss({ id: item.id });
                refresh();
              }}
            >
              {t('dataDrift.dismiss')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
