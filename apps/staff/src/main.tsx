import '@vhod/ui/styles.css';
import { ru } from '@vhod/i18n';
import { AppShell } from '@vhod/ui';
import { sseSubscriptionExchange } from '@vhod/ui/sse-subscriptions';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell base="/staff" messages={ru} exchanges={[sseSubscriptionExchange]}>
      <App />
    </AppShell>
  </StrictMode>,
);
