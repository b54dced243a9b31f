import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests: the pages render in happy-dom with the GraphQL client mocked (@vhod/ui/testing).
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['@vhod/ui/testing/setup'],
    // The pages keep no module state; a fresh module graph per file would double the time.
    isolate: false,
  },
});
