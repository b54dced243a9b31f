import { readFragment, type ResultOf } from '@vhod/ui/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BulkReject } from './bulk-reject';
import { QueueQuery, QueueRowFragment } from './request-documents';
import { QueueRow } from './queue-row';
import { useRequestChanges } from './request-changes';

type Status = 'NEW' | 'IN_REVIEW' | 'RESOLVED' | 'REJECTED';
export interface QueueFilterState {
  status: Status | '';
  role: 'PARENT' | 'STUDENT' | '';
  search: string;
  from: string;
  to: string;
}

/** The organisation's requests, newest first, filtered; «Показать ещё» follows the cursor. */
export function QueuePage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<QueueFilterState>({ status: '', role: '', search: '', from: '', to: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [generation, setGeneration] = useState(0);
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const set = <K extends keyof QueueFilterState>(key: K, value: QueueFilterState[K]) =>
    setFilter((previous) => ({ ...previous, [key]: value }));

  return (
    <section className="card wide">
      <h1>{t('staffQueue.title')}</h1>
      <search>
        <form className="filters" onSubmit={(event) => event.preventDefault()}>
          <label className="field">
            <span>{t('staffQueue.search')}</span>
            <input
              type="search"
              value={filter.search}
              placeholder={t('staffQueue.searchHint')}
              onChange={(e) => set('search', e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('staffQueue.status')}</span>
            <select value={filter.status} onChange={(e) => set('status', e.target.value as Status | '')}>
              <option value="">{t('staffQueue.allStatuses')}</option>
              {(['NEW', 'IN_REVIEW', 'RESOLVED', 'REJECTED'] as const).map((status) => (
                <option key={status} value={status}>
                  {t(`requestStatus.${status.toLowerCase()}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('staffQueue.role')}</span>
            <select value={filter.role} onChange={(e) => set('role', e.target.value as QueueFilterState['role'])}>
              <option value="">{t('staffQueue.allRoles')}</option>
              <option value="PARENT">{t('roles.parent')}</option>
              <option value="STUDENT">{t('roles.student')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('staffQueue.from')}</span>
            <input type="date" value={filter.from} onChange={(e) => set('from', e.target.value)} />
          </label>
          <label className="field">
            <span>{t('staffQueue.to')}</span>
            <input type="date" value={filter.to} onChange={(e) => set('to', e.target.value)} />
          </label>
        </form>
      </search>
      {selected.size > 0 ? (
        <BulkReject
          ids={[...selected]}
          onDone={() => {
            setSelected(new Set());
            setGeneration((value) => value + 1);
          }}
        />
      ) : null}
      <table className="table queue">
        <thead>
          <tr>
            <th aria-label={t('staffQueue.select')} />
            <th>{t('staffQueue.number')}</th>
            <th>{t('staffQueue.applicant')}</th>
            <th>{t('staffQueue.role')}</th>
            <th>{t('staffQueue.childAndClass')}</th>
            <th>{t('staffQueue.age')}</th>
            <th>{t('staffQueue.status')}</th>
            <th>{t('staffQueue.assignee')}</th>
          </tr>
        </thead>
        <QueueRows key={`${JSON.stringify(filter)}:${generation}`} filter={filter} after={null} selected={selected} onToggle={toggle} />
      </table>
    </section>
  );
}

function variablesOf(filter: QueueFilterState, after: string | null) {
  return {
    first: 25,
    after,
    filter: {
      search: filter.search.trim() || null,
      statuses: filter.status ? [filter.status] : null,
      role: filter.role || null,
      from: filter.from ? new Date(`${filter.from}T00:00:00`).toISOString() : null,
      to: filter.to ? new Date(`${filter.to}T23:59:59.999`).toISOString() : null,
    },
  };
}

/** One page of rows; it renders the next page below itself when asked. */
function QueueRows({
  filter,
  after,
  selected,
  onToggle,
}: {
  filter: QueueFilterState;
  after: string | null;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching }, refetch] = useQuery({ query: QueueQuery, variables: variablesOf(filter, after) });
  const [showNext, setShowNext] = useState(false);

  const connection = data?.staffAccessRequests;
  const rows: Array<ResultOf<typeof QueueRowFragment>> = connection?.edges.map((edge) => readFragment(QueueRowFragment, edge.node)) ?? [];
  // Live: the first page reloads on every change (new requests arrive at the top), a later page when one of its rows
  // changed, and every page when the subscription (re)starts.
  useRequestChanges((requestId) => {
    if (!after || requestId === null || rows.some((row) => row.id === requestId)) refetch({ requestPolicy: 'network-only' });
  });
  return (
    <>
      <tbody>
        {rows.map((row) => (
          <QueueRow key={row.id} row={row} selected={selected.has(row.id)} onToggle={() => onToggle(row.id)} />
        ))}
        {connection && rows.length === 0 && !after ? (
          <tr>
            <td colSpan={8} className="muted">
              {t('staffQueue.empty')}
            </td>
          </tr>
        ) : null}
        {fetching && !data ? (
          <tr>
            <td colSpan={8}>{t('common.loading')}</td>
          </tr>
        ) : null}
        {connection?.pageInfo.hasNextPage && !showNext ? (
          <tr>
            <td colSpan={8}>
              <button type="button" className="button button-secondary" onClick={() => setShowNext(true)}>
                {t('staffQueue.more')}
              </button>
            </td>
          </tr>
        ) : null}
      </tbody>
      {showNext && connection?.pageInfo.endCursor ? (
        <QueueRows filter={filter} after={connection.pageInfo.endCursor} selected={selected} onToggle={onToggle} />
      ) : null}
    </>
  );
}
