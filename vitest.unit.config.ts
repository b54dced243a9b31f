import { defineConfig } from 'vitest/config';
import { graphqlAlias } from './vitest.graphql-alias.ts';

/**
 * `pnpm test:unit` and `pnpm test:watch`: every suite that needs no database and no browser, in one
 * vitest process, in seconds. The rest (database suites of api, db, email and bench; e2e in chromium)
 * runs with `pnpm test`, or one package at a time: `cd apps/api && npx vitest`.
 */
export default defineConfig({
  test: {
    projects: [
      'packages/domain',
      'packages/i18n',
      'apps/family',
      'apps/staff',
      'apps/esia-sim',
      'apps/smtp-sink',
      'apps/diary-demo',
      // The database packages' units: colocated src tests in the API, the email templates.
      { resolve: { alias: graphqlAlias }, test: { name: '@vhod/api units', root: 'apps/api', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: '@vhod/email units',
          root: 'packages/email',
          include: ['test/templates.test.ts', 'test/escape-html.test.ts', 'test/backoff.test.ts'],
        },
      },
    ],
  },
});
