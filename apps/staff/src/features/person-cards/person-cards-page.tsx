import { formatDate, useDocumentTitle } from '@vhod/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useSearchParams } from 'wouter';
import { accountLabel } from './account-label';
import { CursorPages, PageRows, type PageReport } from '../../shared/cursor-pages';
import { PersonCardsQuery } from './person-card-documents';

const pageSize = 25;

/** «Личные карточки»: search by ФИО, SNILS or document number; the API shows only the staff member's organisation(s). */
export function PersonCardsPage() {
  const { t } = useTranslation();
  const id = useId();
  useDocumentTitle(t('personCards.title'), 'staff');
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const term = draft.trim();
    setParams(term ? { q: term } : {});
  }

  return (
    <>
      <h1>{t('personCards.title')}</h1>
      <section className="card">
        <search>
          <form className="form" onSubmit={onSubmit}>
            <div className="field">
              <label htmlFor={`${id}-search`}>
                <span>{t('personCards.searchLabel')}</span>
              </label>
              <input
                id={`${id}-search`}
                type="search"
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                aria-describedby={`${id}-hint`}
              />
              <span className="hint" id={`${id}-hint`}>
                {t('personCards.searchHint')}
              </span>
            </div>
            <div>
              <button type="submit" className="button">
                {t('personCards.search')}
              </button>
            </div>
          </form>
        </search>
      </section>
      <section className="card">
        {/* A new search starts from its first page. */}
        <CursorPages
          key={search}
          emptyText={t('personCards.empty')}
          moreText={t('personCards.showMore')}
          head={
            <thead>
              <tr>
                <th scope="col">{t('personCards.fullName')}</th>
                <th scope="col">{t('personCards.birthDate')}</th>
                <th scope="col">{t('personCards.rolesAndClasses')}</th>
                <th scope="col">{t('personCards.esia')}</th>
              </tr>
            </thead>
          }
          renderPage={(after, report) => <CardRows search={search} after={after} report={report} />}
        />
      </section>
    </>
  );
}

function CardRows({ search, after, report }: { search: string; after: string | null; report: PageReport }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: PersonCardsQuery,
    variables: { search: search || null, first: pageSize, after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <PageRows
      connection={data?.personCards}
      fetching={fetching}
      error={error}
      columns={4}
      report={report}
      row={(node) => (
        <tr key={node.id}>
          <td>
            <Link href={`/cards/${node.id}`}>{node.fullName}</Link>
          </td>
          <td>{node.birthDate ? formatDate(node.birthDate) : '—'}</td>
          <td>
            {node.accounts.map((account) => (
              <div key={account.id}>
                {accountLabel(t, account)}
                <span className="hint"> · {account.organisationName}</span>
              </div>
            ))}
          </td>
          <td>
            {node.esiaLink ? <span className="status status-resolved">{t('personCards.esiaLinked')}</span> : t('personCards.esiaNotLinked')}
          </td>
        </tr>
      )}
    />
  );
}
