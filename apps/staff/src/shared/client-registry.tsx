import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPages, type PageReport } from './cursor-pages';
import { SecretOncePanel, type IssuedSecret } from './secret-once-panel';

/** What a change in the registry tells: a line for everyone, and a secret to show once (or none). */
export interface RegistryChange<Secret extends IssuedSecret> {
  notice: string;
  issued: Secret | null;
}

type Changed<Secret extends IssuedSecret> = (change: RegistryChange<Secret>) => void;

/**
 * A registry of clients with secrets (API clients, systems signing in through Vhod): the
 * introduction, a form behind «Новый …», a secret shown once at the top after a creation or a
 * rotation, and the list with «Показать ещё». Every change reloads the list from its first page
 * (clients are few; the newest come first). `texts`: whose wording the page takes.
 */
export function ClientRegistry<Secret extends IssuedSecret>({
  texts,
  introduction,
  columns,
  form,
  secretUsage,
  rows,
}: {
  texts: 'apiClients' | 'oidcClients';
  /** More than the intro text, under it. */
  introduction?: ReactNode;
  columns: readonly string[];
  form(changed: Changed<Secret>, cancel: () => void): ReactNode;
  secretUsage(issued: Secret): ReactNode;
  rows(after: string | null, report: PageReport, changed: Changed<Secret>): ReactNode;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<Secret | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const changed: Changed<Secret> = (change) => {
    setCreating(false);
    setIssued(change.issued);
    setNotice(change.notice);
    setGeneration((value) => value + 1);
  };

  return (
    <>
      <h1>{t(`${texts}.title`)}</h1>
      <p className="hint">{t(`${texts}.intro`)}</p>
      {introduction}
      {notice ? (
        <p role="status" className="success">
          {notice}
        </p>
      ) : null}
      {issued ? (
        <SecretOncePanel issued={issued} texts={texts} onDone={() => setIssued(null)}>
          {secretUsage(issued)}
        </SecretOncePanel>
      ) : null}
      <section className="card">
        {creating ? (
          form(changed, () => setCreating(false))
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            {t(`${texts}.new`)}
          </button>
        )}
      </section>
      <section className="card wide">
        <h2>{t(`${texts}.list`)}</h2>
        <div className="table-scroll">
          <CursorPages
            key={generation}
            emptyText={t(`${texts}.empty`)}
            moreText={t(`${texts}.showMore`)}
            head={
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
            }
            renderPage={(after, report) => rows(after, report, changed)}
          />
        </div>
      </section>
    </>
  );
}
