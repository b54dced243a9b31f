import '@vhod/ui/styles.css';
import { ruPortal } from '@vhod/i18n/portal';
import { AppShell } from '@vhod/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell base="" messages={ruPortal}>
      <App />
    </AppShell>
  </StrictMode>,
);
