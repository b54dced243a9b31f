import { describe, expect, it } from 'vitest';
import { startOfDay } from './wall-clock';

describe('startOfDay', () => {
  it('is midnight of that day on the deployment’s wall clock, whatever the machine’s zone', () => {
    expect(startOfDay('2026-11-23', 'Europe/Moscow').toISOString()).toBe('2026-11-22T21:00:00.000Z');
    expect(startOfDay('2026-11-23', 'Asia/Vladivostok').toISOString()).toBe('2026-11-22T14:00:00.000Z');
  });

  it('with `next` is the midnight that ends the day, so «по 23.11» keeps the evening of the 23rd', () => {
    expect(startOfDay('2026-11-23', 'Europe/Moscow', { next: true }).toISOString()).toBe('2026-11-23T21:00:00.000Z');
    expect(startOfDay('2026-12-31', 'Europe/Moscow', { next: true }).toISOString()).toBe('2026-12-31T21:00:00.000Z');
  });

  it('refuses what is not a day', () => {
    expect(() => startOfDay('23.11.2026', 'Europe/Moscow')).toThrow();
  });
});
