import { Fragment, useRef, useState, type ReactNode } from 'react';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

type PageReport = (info: PageInfo & { count: number }) => void;

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
