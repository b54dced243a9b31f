import type { Messages } from '@vhod/i18n';
import { useState, type ReactNode } from 'react';
import { type Exchange, Provider } from 'urql';
import { Router } from 'wouter';
import { I18nProvider } from './i18n-provider';
import { createUrqlClient } from './urql-client';

/** Providers every SPA needs: its translations, the GraphQL client (with the app's own further exchanges), and the router under the app's base path. */
export function AppShell({
  base,
  messages,
  exchanges,
  children,
}: {
  base: string;
  messages: Partial<Messages>;
  exchanges?: readonly Exchange[];
  children: ReactNode;
}) {
  const [client] = useState(() => createUrqlClient(exchanges));
  return (
    <I18nProvider messages={messages}>
      <Provider value={client}>
        <Router base={base}>{children}</Router>
      </Provider>
    </I18nProvider>
  );
}
