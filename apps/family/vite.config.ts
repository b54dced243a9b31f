import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In `vite dev` the API runs separately; the built SPA is served by the API itself.
const api = process.env.VHOD_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', proxy: { '/graphql': api, '/auth': api } },
  build: { target: 'es2022' },
});
