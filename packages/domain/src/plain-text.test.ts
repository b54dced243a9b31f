import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasControlCharacters, requirePlainText, withoutControlCharacters } from './plain-text';

describe('hasControlCharacters', () => {
  it.each(['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\r', '\n', '\t'])('single-line text refuses %j', (control) => {
    expect(hasControlCharacters(`Школа${control}1`)).toBe(true);
  });

  it('multi-line text keeps line breaks and tabs, and refuses the rest', () => {
    expect(hasControlCharacters('Строка 1\nСтрока 2\tс табуляцией', 'multi-line')).toBe(false);
    for (const control of ['\u0000', '\r', '\u001b', '\u007f'])
      expect(hasControlCharacters(`a${control}b`, 'multi-line'), control).toBe(true);
  });

  it('lets ordinary text through: letters, signs, spaces of any kind, emoji', () => {
    expect(hasControlCharacters('Соловьёва-Ким Д’Артаньян «Школа № 1» 2026-000123 \u00a0 👍🏽')).toBe(false);
  });
});

describe('withoutControlCharacters', () => {
  it('reports validation.control-characters, after the field trims its own whitespace', () => {
    const email = z.string().trim().check(withoutControlCharacters());
    expect(email.parse('  anna@example.ru \n')).toBe('anna@example.ru');
    expect(email.safeParse('anna\u0000@example.ru').error?.issues.map((issue) => issue.message)).toEqual(['validation.control-characters']);
  });
});

describe('requirePlainText', () => {
  it('returns the text, or refuses it with the field named', () => {
    expect(requirePlainText('Школа', 'search')).toBe('Школа');
    expect(requirePlainText(null, 'search')).toBeNull();
    expect(requirePlainText('Абзац\nещё абзац', 'comment', 'multi-line')).toBe('Абзац\nещё абзац');
    expect(() => requirePlainText('Школа\u0000', 'search')).toThrow(
      expect.objectContaining({ code: 'control-characters', details: { field: 'search' } }),
    );
  });
});
