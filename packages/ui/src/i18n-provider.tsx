import { createTranslator } from '@vhod/i18n';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

const translator = createTranslator();

export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={translator}>{children}</I18nextProvider>;
}
