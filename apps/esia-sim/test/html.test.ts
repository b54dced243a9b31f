import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from '../src/pages/layout';

describe('html escaping', () => {
  it('escapes every interpolated value', () => {
    const evil = `<script>alert("x")</script>' & \``;
    expect(html`<p title="${evil}">${evil}</p>`.toString()).toBe(`<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`);
    expect(escapeHtml(evil)).not.toMatch(/[<>"']/);
  });

  it('does not escape nested fragments twice and joins lists', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
    expect(html`${trustedHtml('<br>')}`.toString()).toBe('<br>');
  });
});
