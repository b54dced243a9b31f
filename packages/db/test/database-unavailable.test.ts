import { describe, expect, it } from 'vitest';
import { databaseUnavailableCode } from '../src/database-unavailable';

/** As drizzle hands errors up: its DrizzleQueryError with the driver's error as the cause. */
const wrapped = (cause: object) => Object.assign(new Error('Failed query: select …'), { cause: Object.assign(new Error('driver'), cause) });

describe('databaseUnavailableCode: an outage, not a bug', () => {
  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'CONNECT_TIMEOUT',
    'CONNECTION_CLOSED',
    'CONNECTION_DESTROYED',
    '08006',
    '08P01',
    '57P01',
    '57P03',
    '57014',
  ])('%s is the database being away', (code) => {
    expect(databaseUnavailableCode(wrapped({ code }))).toBe(code);
  });

  it.each(['23505', '42P01', '22P02', '57P06', 'ENOENT'])('%s is not', (code) => {
    expect(databaseUnavailableCode(wrapped({ code }))).toBeUndefined();
  });

  it('an error without a code is not', () => {
    expect(databaseUnavailableCode(new Error('boom'))).toBeUndefined();
    expect(databaseUnavailableCode('boom')).toBeUndefined();
  });
});
