import { describe, expect, it } from 'vitest';
import { nestingDepthOf } from './input-limits';

describe('nestingDepthOf', () => {
  it('counts braces, brackets and parentheses together', () => {
    expect(nestingDepthOf('{ a(ids: [[1], [2]]) { b } }')).toBe(4);
  });

  it('ignores brackets inside strings, block strings and comments', () => {
    expect(nestingDepthOf('{ a(text: "[[[{{{", other: """ ((( \\""" [[[ """) } # {{{{')).toBe(2);
  });

  it('stops counting once past the limit, so a huge text costs no more than the limit', () => {
    expect(nestingDepthOf('['.repeat(100_000), 64)).toBe(65);
  });
});
