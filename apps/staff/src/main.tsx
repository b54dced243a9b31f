import '@vhod/ui/styles.css';
import { AppShell } from '@vhod/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell base="/staff">
      <App />
    </AppShell>
  </StrictMode>,
);
