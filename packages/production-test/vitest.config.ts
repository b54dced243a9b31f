import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The build (a turbo cache hit after `pnpm build`, minutes when it is not), nginx, the API as a process.
    testTimeout: 120_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
