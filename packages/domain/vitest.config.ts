import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Pure functions without module state: one module graph for every file is four times faster than a fresh one per file.
    isolate: false,
  },
});
