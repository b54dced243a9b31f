import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/index';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>Том & Джерри</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Том &amp; Джерри&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, so entities in the input stay visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Петрова Анна Сергеевна, МБОУ «СОШ № 1»')).toBe('Петрова Анна Сергеевна, МБОУ «СОШ № 1»');
  });
});
