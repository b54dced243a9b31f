import { describe, expect, it } from 'vitest';
import { DomainError, domainErrorCodes, isDomainError, isDomainErrorCode } from './domain-error';

describe('DomainError', () => {
  it('carries a code the i18n layer can translate, and optional details', () => {
    const error = new DomainError('invalid-snils', { field: 'snils' });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('invalid-snils');
    expect(error.details).toEqual({ field: 'snils' });
    expect(error.name).toBe('DomainError');
    expect(error.message).toBe('invalid-snils');
  });

  it('keeps the cause', () => {
    const cause = new Error('inner');
    expect(new DomainError('invalid-configuration', undefined, { cause }).cause).toBe(cause);
  });

  it('lists the codes other packages rely on', () => {
    expect(domainErrorCodes).toEqual(
      expect.arrayContaining([
        'invalid-configuration',
        'invalid-snils',
        'invalid-document',
        'consent-required',
        'account-not-available',
        'session-expired',
        'not-signed-in',
        'wrong-stage',
        'legacy-credentials-invalid',
        'legacy-sign-in-locked',
        'self-link-closed',
        'link-role-mismatch',
        'link-identity-mismatch',
        'card-already-linked',
        'esia-already-linked',
        'not-linked',
        'organisation-not-found',
        'invalid-transition',
        'invalid-request-number',
        'access-request-not-eligible',
        'access-request-not-found',
        'validation-failed',
      ]),
    );
  });

  it('has no duplicate codes', () => {
    expect(new Set(domainErrorCodes).size).toBe(domainErrorCodes.length);
  });

  it('recognises its codes and its errors, also across package copies', () => {
    expect(isDomainErrorCode('session-expired')).toBe(true);
    expect(isDomainErrorCode('something-else')).toBe(false);
    expect(isDomainError(new DomainError('session-expired'))).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'DomainError', code: 'session-expired' });
    expect(isDomainError(foreign)).toBe(true);
    expect(isDomainError(Object.assign(new Error('x'), { name: 'DomainError', code: 'nope' }))).toBe(false);
    expect(isDomainError(new Error('session-expired'))).toBe(false);
    expect(isDomainError({ name: 'DomainError', code: 'session-expired' })).toBe(false);
  });
});
