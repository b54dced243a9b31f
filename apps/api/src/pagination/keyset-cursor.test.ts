import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createdAtCursor, InvalidCursorError, keysetCursor } from './keyset-cursor';

const nameCursor = keysetCursor({ name: z.string(), id: z.guid() });
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('a keyset cursor', () => {
  it('gives back the key of the row it was made from, and only the key', () => {
    const row = { createdAt: new Date('2026-11-23T09:00:00.123Z'), id: '0b7e8f3c-2a1d-4c5e-9f60-7a8b9c0d1e2f', name: 'Школа' };
    expect(createdAtCursor.decode(createdAtCursor.encode(row))).toEqual({ createdAt: row.createdAt, id: row.id });
  });

  it('still reads the cursors handed out before (a JSON array of the key in base64url)', () => {
    const id = '0b7e8f3c-2a1d-4c5e-9f60-7a8b9c0d1e2f';
    expect(nameCursor.decode(base64url(['МБОУ «Школа № 1»', id]))).toEqual({ name: 'МБОУ «Школа № 1»', id });
  });

  it('refuses anything it did not hand out, another list’s cursor included', () => {
    const id = '0b7e8f3c-2a1d-4c5e-9f60-7a8b9c0d1e2f';
    const forged = [
      'not-a-cursor',
      '%%%',
      '',
      base64url({ name: 'x', id }),
      base64url(['x', id, 1]),
      base64url(['x', 'not-an-id']),
      '\u0000',
    ];
    for (const cursor of [...forged, nameCursor.encode({ name: '2026-11-23T09:00:00.000Z', id }).slice(1)]) {
      expect(() => nameCursor.decode(cursor), cursor).toThrow(InvalidCursorError);
    }
    expect(() => createdAtCursor.decode(nameCursor.encode({ name: 'Школа', id }))).toThrow(InvalidCursorError);
  });
});
