import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests: the pages render in happy-dom with the GraphQL client mocked (src/testing/render-with-api.tsx).
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['src/testing/setup.ts'],
    // The pages keep no module state; a fresh module graph per file would double the time.
    isolate: false,
  },
});
