import { auditActions, isIsoDate, startOfDay } from '@vhod/domain';
import { DateInput, formatDateTime, useDocumentTitle, useTimeZone } from '@vhod/ui';
import type { ResultOf } from '@vhod/ui/graphql';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { CursorPages, PageRows, type PageReport } from '../../shared/cursor-pages';
import { AuditLogQuery } from './audit-log-documents';

type Entry = NonNullable<ResultOf<typeof AuditLogQuery>['auditLog']>['edges'][number]['node'];

const pageSize = 50;

interface Filter {
  action: string;
  from: string;
  to: string;
}

const noFilter: Filter = { action: '', from: '', to: '' };

/** Calendar days of the deployment's time zone become the moments the API filters by; «по» includes its whole day. */
function apiFilter(filter: Filter, timeZone: string) {
  return {
    action: filter.action || null,
    from: filter.from ? startOfDay(filter.from, timeZone).toISOString() : null,
    to: filter.to ? startOfDay(filter.to, timeZone, { next: true }).toISOString() : null,
  };
}

export function actionLabel(t: TFunction, action: string): string {
  return t(`auditLog.actions.${action}`, { defaultValue: action });
}

/** «Журнал аудита»: the organisation's entries, newest first, filtered by action and days. */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auditLog.title'), 'staff');
  const id = useId();
  const [draft, setDraft] = useState<Filter>(noFilter);
  const [applied, setApplied] = useState<Filter>(noFilter);
  const [dateError, setDateError] = useState<'validation.date' | 'auditLog.rangeInvalid' | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = [draft.from, draft.to].some((day) => day && !isIsoDate(day))
      ? 'validation.date'
      : draft.from && draft.to && draft.to < draft.from
        ? 'auditLog.rangeInvalid'
        : null;
    setDateError(problem);
    if (!problem) setApplied(draft);
  }

  const set = (field: keyof Filter) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));

  return (
    <>
      <h1>{t('auditLog.title')}</h1>
      <section className="card">
        <form className="form" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={`${id}-action`}>
              <span>{t('auditLog.action')}</span>
            </label>
            <select id={`${id}-action`} value={draft.action} onChange={set('action')}>
              <option value="">{t('auditLog.allActions')}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {actionLabel(t, action)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>
              <span>{t('auditLog.from')}</span>
            </label>
            <DateInput id={`${id}-from`} value={draft.from} onChange={(from) => setDraft((previous) => ({ ...previous, from }))} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>
              <span>{t('auditLog.to')}</span>
            </label>
            <DateInput
              id={`${id}-to`}
              value={draft.to}
              onChange={(to) => setDraft((previous) => ({ ...previous, to }))}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${id}-date-error` : undefined}
            />
            {dateError ? (
              <span className="field-error" role="alert" id={`${id}-date-error`}>
                {t(dateError)}
              </span>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t('auditLog.apply')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setDraft(noFilter);
                setApplied(noFilter);
                setDateError(null);
              }}
            >
              {t('auditLog.reset')}
            </button>
          </div>
        </form>
      </section>
      <section className="card">
        {/* Another filter starts again from the newest entry. */}
        <CursorPages
          key={JSON.stringify(applied)}
          emptyText={t('auditLog.empty')}
          moreText={t('auditLog.showMore')}
          head={
            <thead>
              <tr>
                <th scope="col">{t('auditLog.at')}</th>
                <th scope="col">{t('auditLog.action')}</th>
                <th scope="col">{t('auditLog.actor')}</th>
                <th scope="col">{t('auditLog.target')}</th>
                <th scope="col">{t('auditLog.clientAddress')}</th>
              </tr>
            </thead>
          }
          renderPage={(after, report) => <EntryRows filter={applied} after={after} report={report} />}
        />
      </section>
    </>
  );
}

function EntryRows({ filter, after, report }: { filter: Filter; after: string | null; report: PageReport }) {
  const timeZone = useTimeZone();
  const [{ data, fetching, error }] = useQuery({
    query: AuditLogQuery,
    variables: { filter: apiFilter(filter, timeZone), first: pageSize, after },
    requestPolicy: 'network-only',
  });
  return (
    <PageRows
      connection={data?.auditLog}
      fetching={fetching}
      error={error}
      columns={5}
      report={report}
      row={(entry) => <EntryRow key={entry.id} entry={entry} />}
    />
  );
}

function EntryRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const actor =
    entry.actorName ?? (entry.esiaSubject ? t('auditLog.esiaSubject', { subject: entry.esiaSubject }) : t('auditLog.anonymous'));
  const kindName = entry.targetKind ? t(`auditLog.targetKinds.${entry.targetKind}`, { defaultValue: entry.targetKind }) : null;
  const targetText =
    entry.targetKind === 'access-request' && entry.targetName
      ? t('auditLog.requestNumber', { number: entry.targetName })
      : (entry.targetName ?? kindName ?? '—');
  const targetHref =
    entry.targetId && entry.targetName
      ? entry.targetKind === 'person'
        ? `/cards/${entry.targetId}`
        : entry.targetKind === 'access-request'
          ? `/requests/${entry.targetId}`
          : null
      : null;
  return (
    <tr>
      <td>{formatDateTime(entry.at, timeZone, 'second')}</td>
      <td>
        {actionLabel(t, entry.action)}
        {entry.organisationName ? <div className="hint">{entry.organisationName}</div> : null}
        {entry.details !== '{}' ? (
          <details>
            <summary className="hint">{t('auditLog.details')}</summary>
            <code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: '0.85rem' }}>{entry.details}</code>
          </details>
        ) : null}
      </td>
      <td>{actor}</td>
      <td>
        {targetHref ? <Link href={targetHref}>{targetText}</Link> : targetText}
        {entry.targetName && kindName && entry.targetKind !== 'access-request' ? <div className="hint">{kindName}</div> : null}
      </td>
      <td>{entry.clientAddress ?? '—'}</td>
    </tr>
  );
}
