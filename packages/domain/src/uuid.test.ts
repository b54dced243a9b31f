import { describe, expect, it } from 'vitest';
import { isUuid, uuidSchema } from './uuid';

describe('a record ID', () => {
  it('is any 8-4-4-4-12 hex text the database accepts, of any version and case', () => {
    expect(isUuid('0b7e8f3c-2a1d-4c5e-9f60-7a8b9c0d1e2f')).toBe(true);
    expect(isUuid('00000000-0000-0000-0000-0000000000AB')).toBe(true);
  });

  it('is refused when malformed, with the form’s code', () => {
    for (const id of [
      '',
      'not-an-id',
      '0b7e8f3c-2a1d-4c5e-9f60-7a8b9c0d1e2',
      '0b7e8f3c2a1d4c5e9f607a8b9c0d1e2f',
      `${'0'.repeat(8)}-0000-0000-0000-00000000000g`,
    ])
      expect(isUuid(id)).toBe(false);
    expect(uuidSchema.safeParse('x').error?.issues[0]?.message).toBe('validation.uuid');
  });
});
