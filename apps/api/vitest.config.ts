import { defineConfig } from 'vitest/config';
import { graphqlAlias } from '../../vitest.graphql-alias';

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
