import { vi } from 'vitest';

/**
 * Every stored hash the API checked a legacy password against, in order: what the brute-force
 * limits are about. A test file records them with
 * `vi.mock('@vhod/db', async () => (await import('../support/password-checks')).dbRecordingPasswordChecks())`.
 */
export const checkedHashes: string[] = [];

export async function dbRecordingPasswordChecks() {
  const actual = await vi.importActual<typeof import('@vhod/db')>('@vhod/db');
  return {
    ...actual,
    verifyLegacyPassword: (plain: string, stored: string) => {
      checkedHashes.push(stored);
      return actual.verifyLegacyPassword(plain, stored);
    },
  };
}
