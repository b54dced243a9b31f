import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every test starts a sim of its own and the modules keep no state: files share one module graph, twice as fast.
    isolate: false,
  },
});
