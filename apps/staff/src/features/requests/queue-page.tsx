import { isIsoDate, startOfDay } from '@vhod/domain';
import { DateInput, Loading, useDocumentTitle, useTimeZone } from '@vhod/ui';
import { readFragment, type ResultOf } from '@vhod/ui/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSearchParams } from 'wouter';
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

const statuses = ['NEW', 'IN_REVIEW', 'RESOLVED', 'REJECTED'] as const;
const roles = ['PARENT', 'STUDENT'] as const;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' => values.find((known) => known === value) ?? '';

/** The filters live in the address (?q=&status=&role=&from=&to=): a bookmark or a shared link shows the same list, and Back restores it. */
function filterOf(params: URLSearchParams): QueueFilterState {
  return {
    search: params.get('q') ?? '',
    status: oneOf(statuses, params.get('status')),
    role: oneOf(roles, params.get('role')),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

/** The organisation's requests, newest first, filtered; «Показать ещё» follows the cursor. */
export function QueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffQueue.title'), 'staff');
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [generation, setGeneration] = useState(0);
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const names: Record<keyof QueueFilterState, string> = { search: 'q', status: 'status', role: 'role', from: 'from', to: 'to' };
  // Typing replaces the entry instead of adding one per letter; Back then leaves the queue as it was.
  const set = <K extends keyof QueueFilterState>(key: K, value: QueueFilterState[K]) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(names[key], value);
        else next.delete(names[key]);
        return next;
      },
      { replace: true },
    );

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
              {statuses.map((status) => (
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
          <label className="field" htmlFor={`${id}-from`}>
            <span>{t('staffQueue.from')}</span>
            <DateInput id={`${id}-from`} value={filter.from} onChange={(value) => set('from', value)} />
          </label>
          <label className="field" htmlFor={`${id}-to`}>
            <span>{t('staffQueue.to')}</span>
            <DateInput id={`${id}-to`} value={filter.to} onChange={(value) => set('to', value)} />
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

/** Calendar days of the deployment's time zone: «по» includes its whole day; a day still being typed filters nothing yet. */
function variablesOf(filter: QueueFilterState, after: string | null, timeZone: string) {
  return {
    first: 25,
    after,
    filter: {
      search: filter.search.trim() || null,
      statuses: filter.status ? [filter.status] : null,
      role: filter.role || null,
      from: isIsoDate(filter.from) ? startOfDay(filter.from, timeZone).toISOString() : null,
      to: isIsoDate(filter.to) ? new Date(startOfDay(filter.to, timeZone, { next: true }).getTime() - 1).toISOString() : null,
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
  const timeZone = useTimeZone();
  const [{ data, fetching }, refetch] = useQuery({ query: QueueQuery, variables: variablesOf(filter, after, timeZone) });
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
            <td colSpan={8}>
              <Loading />
            </td>
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
