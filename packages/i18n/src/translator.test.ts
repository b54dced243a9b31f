import { describe, expect, it } from 'vitest';
import { createTranslator, pickLanguage } from './index';

describe('translator', () => {
  it('renders Russian text with interpolation and does not HTML-escape (React escapes)', () => {
    const t = createTranslator().t;
    expect(t('home.greeting', { name: 'Анна <b>' })).toBe('Здравствуйте, Анна <b>!');
    expect(t('notFound.message')).toBe('С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы');
  });

  it('falls back to Russian for languages not yet translated', () => {
    expect(pickLanguage('en-US,en;q=0.9')).toBe('ru');
    expect(pickLanguage(undefined)).toBe('ru');
    expect(pickLanguage('ru-RU')).toBe('ru');
  });
});
