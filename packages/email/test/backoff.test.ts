import { describe, expect, it } from 'vitest';
import { defaultBackoff } from '../src/index';

describe('defaultBackoff', () => {
  it('starts at 30 s, doubles, and stops growing at one hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map(defaultBackoff)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
  });
});
