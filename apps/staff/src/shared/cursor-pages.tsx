import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export type PageReport = (info: PageInfo & { count: number }) => void;

/**
 * «Показать ещё» over a cursor connection: every loaded page keeps its own query (one <tbody>
 * each, so the rows stay in one table), and the last page says whether there is a next one.
 */
export function CursorPages({
  head,
  renderPage,
  emptyText,
  moreText,
}: {
  head: ReactNode;
  /** `report` keeps its identity for a page, so a page may list it among its effect's dependencies. */
  renderPage(after: string | null, report: PageReport): ReactNode;
  emptyText: string;
  moreText: string;
}) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [reports, setReports] = useState<Record<string, PageInfo & { count: number }>>({});
  const keyOf = (after: string | null) => after ?? '';
  const reporters = useRef(new Map<string, PageReport>());
  const reporterFor = (after: string | null): PageReport => {
    const key = keyOf(after);
    let report = reporters.current.get(key);
    if (!report) {
      report = (info) =>
        setReports((previous) => {
          const known = previous[key];
          if (known && known.count === info.count && known.endCursor === info.endCursor && known.hasNextPage === info.hasNextPage)
            return previous;
          return { ...previous, [key]: info };
        });
      reporters.current.set(key, report);
    }
    return report;
  };
  const last = reports[keyOf(cursors.at(-1) ?? null)];
  const first = reports[''];

  return (
    <>
      <table className="table">
        {head}
        {cursors.map((after) => (
          <Fragment key={keyOf(after)}>{renderPage(after, reporterFor(after))}</Fragment>
        ))}
      </table>
      {first && first.count === 0 ? <p className="hint">{emptyText}</p> : null}
      {last?.hasNextPage && last.endCursor ? (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => setCursors((previous) => [...previous, last.endCursor])}>
            {moreText}
          </button>
        </div>
      ) : null}
    </>
  );
}

/**
 * One page of CursorPages, from its query's result: tells the pages where it ends, and until its
 * rows come shows in one row that it is loading or that it failed.
 */
export function PageRows<Node>({
  connection,
  fetching,
  error,
  columns,
  report,
  row,
}: {
  connection: { edges: ReadonlyArray<{ node: Node }>; pageInfo: PageInfo } | undefined;
  fetching: boolean;
  error: unknown;
  columns: number;
  report: PageReport;
  row(node: Node): ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (connection) report({ ...connection.pageInfo, count: connection.edges.length });
  }, [connection, report]);

  if (!connection) {
    return (
      <tbody>
        <tr>
          <td colSpan={columns} role={error ? 'alert' : undefined} className={error ? 'error' : 'hint'}>
            {error ? t('errors.unknown') : fetching ? t('common.loading') : null}
          </td>
        </tr>
      </tbody>
    );
  }
  return <tbody>{connection.edges.map(({ node }) => row(node))}</tbody>;
}
