// A relative path: config files are loaded by Node, which cannot import a workspace package's TypeScript.
import { databaseProjects } from '../../packages/db/src/testing/vitest-projects.ts';
import { defineConfig } from 'vitest/config';
import { graphqlAlias } from '../../vitest.graphql-alias.ts';

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['@vhod/db/testing/global-setup'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A line per request is for operators; tests that read the logs give their logger its level.
    env: { VHOD_LOG_LEVEL: 'warn' },
    projects: databaseProjects(),
  },
});
