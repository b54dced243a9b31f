import i18next, { type i18n } from 'i18next';
import { ru } from './locales/ru';
import type { Messages } from './messages';

export type { Messages } from './messages';
export { ru } from './locales/ru';

export const supportedLanguages = ['ru'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'ru';

const catalogues: Record<Language, Messages> = { ru };

/** One i18next instance per caller (the API keeps one, each SPA keeps one), over every text of the language. */
export function createTranslator(language: Language = defaultLanguage): i18n {
  return translatorOver(catalogues[language], language);
}

/**
 * An i18next instance over the given texts only: the family portal passes `ruPortal` (`@vhod/i18n/portal`) so that
 * its bundle does not carry the staff console's and the API's texts.
 */
export function translatorOver(messages: Partial<Messages>, language: Language = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: defaultLanguage,
    resources: { [language]: { translation: messages } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Picks the best supported language from an Accept-Language header value. */
export function pickLanguage(acceptLanguage: string | null | undefined): Language {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().split(';')[0]?.toLowerCase().split('-')[0])
    .filter((tag): tag is string => Boolean(tag));
  return (wanted.find((tag) => (supportedLanguages as readonly string[]).includes(tag)) as Language) ?? defaultLanguage;
}
