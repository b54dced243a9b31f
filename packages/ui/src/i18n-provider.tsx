import { type Messages, translatorOver } from '@vhod/i18n';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

/** The app's texts: the family portal gives only its own (`@vhod/i18n/portal`), the staff console every one. */
export function I18nProvider({ messages, children }: { messages: Partial<Messages>; children: ReactNode }) {
  const [translator] = useState(() => translatorOver(messages));
  return <I18nextProvider i18n={translator}>{children}</I18nextProvider>;
}
