import { defineConfig } from 'vitest/config';
import { databaseProjects } from './src/testing/vitest-projects';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: databaseProjects(),
  },
});
