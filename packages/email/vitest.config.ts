// A relative path: config files are loaded by Node, which cannot import a workspace package's TypeScript.
import { databaseProjects } from '../db/src/testing/vitest-projects.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@vhod/db/testing/global-setup'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: databaseProjects(),
  },
});
