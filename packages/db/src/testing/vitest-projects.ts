/**
 * Vitest projects that run the same tests once per database: always PGlite, and PostgreSQL
 * too when DATABASE_URL points at a server (CI sets it), so both drivers stay honest.
 * Imported by vitest config files, so it must not import TypeScript workspace packages.
 */
export const TEST_DATABASE_ENV = 'VHOD_TEST_DATABASE';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function databaseProjects() {
  const kinds: TestDatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  return kinds.map((kind) => ({
    extends: true as const,
    test: { name: kind, env: { [TEST_DATABASE_ENV]: kind } },
  }));
}
