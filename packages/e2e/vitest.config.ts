import { defineConfig } from 'vitest/config';
import { graphqlAlias } from '../../vitest.graphql-alias.ts';

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one stack per file; files run one after another so two chromiums do not fight for 2 cores.
    fileParallelism: false,
    // The API's line per request is for operators, not for the test output.
    env: { VHOD_LOG_LEVEL: 'warn' },
  },
});
