// Relative paths: config files are loaded by Node, which cannot import a workspace package's TypeScript.
import { databaseProjects } from '../db/src/testing/vitest-projects.ts';
import { defineConfig } from 'vitest/config';
import { graphqlAlias } from '../../vitest.graphql-alias.ts';

export default defineConfig({
  // The HTTP scenarios' tests run the API (GraphQL Yoga) in this process.
  resolve: { alias: graphqlAlias },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@vhod/db/testing/global-setup'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: databaseProjects(),
  },
});
