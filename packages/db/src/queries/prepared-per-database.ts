import type { Database } from '../database';

/**
 * A drizzle prepared statement is built once and bound to the database (or transaction) it was
 * prepared on. Hot-path queries keep one per database: drizzle does not build the SQL again, and
 * postgres.js sends it as a named statement, parsed once per connection and re-planned only when
 * PostgreSQL's plan cache decides to (unless the pool was opened with `prepare: false`, e.g.
 * behind a transaction-mode pooler: then the same SQL goes unnamed). A transaction gets its own
 * (it lives for one transaction); the server-side statement is still shared, postgres.js keys it
 * by the SQL text per connection.
 */
export function preparedPerDatabase<Statement>(prepare: (db: Database) => Statement): (db: Database) => Statement {
  const statements = new WeakMap<Database, Statement>();
  return (db) => {
    let statement = statements.get(db);
    if (!statement) {
      statement = prepare(db);
      statements.set(db, statement);
    }
    return statement;
  };
}
