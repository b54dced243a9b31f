import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { Router } from 'wouter';
import { I18nProvider } from './i18n-provider';
import { urqlClient } from './urql-client';

/** Providers every SPA needs: translations, the GraphQL client, and the router under the app's base path. */
export function AppShell({ base, children }: { base: string; children: ReactNode }) {
  return (
    <I18nProvider>
      <Provider value={urqlClient}>
        <Router base={base}>{children}</Router>
      </Provider>
    </I18nProvider>
  );
}
