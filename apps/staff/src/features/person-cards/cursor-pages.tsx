import { Fragment, useState, type ReactNode } from 'react';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

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
  renderPage(after: string | null, report: (info: PageInfo & { count: number }) => void): ReactNode;
  emptyText: string;
  moreText: string;
}) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [reports, setReports] = useState<Record<string, PageInfo & { count: number }>>({});
  const keyOf = (after: string | null) => after ?? '';
  const last = reports[keyOf(cursors.at(-1) ?? null)];
  const first = reports[''];

  return (
    <>
      <table className="table">
        {head}
        {cursors.map((after) => (
          <Fragment key={keyOf(after)}>
            {renderPage(after, (info) =>
              setReports((previous) => {
                const known = previous[keyOf(after)];
                if (known && known.count === info.count && known.endCursor === info.endCursor && known.hasNextPage === info.hasNextPage) return previous;
                return { ...previous, [keyOf(after)]: info };
              }),
            )}
          </Fragment>
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
