import { ru } from '@vhod/i18n';
import { describe, expect, it } from 'vitest';
import { authErrorCodeFor, authErrorCodes } from './auth-error-codes';
import type { SignInRefusalReason } from './identity-provider';

describe('auth-error codes', () => {
  it('each has a Russian text on the /auth-error page', () => {
    const texts: Record<string, string> = ru.authErrors;
    for (const code of authErrorCodes) expect(texts[code], code).toMatch(/\S/);
  });

  it('explains a refused student sign-in as the missing parental consent, anyone else’s as a refusal', () => {
    expect(authErrorCodeFor('access-denied', 'student')).toBe('minor-consent-required');
    expect(authErrorCodeFor('access-denied', 'parent')).toBe('esia-refused');
    expect(authErrorCodeFor('access-denied', 'staff')).toBe('esia-refused');
  });

  it.each<[SignInRefusalReason, string]>([
    ['unconfirmed-account', 'unconfirmed-account'],
    ['code-expired', 'esia-code-expired'],
    ['clock-skew', 'esia-clock-skew'],
    ['redirect-not-registered', 'esia-redirect-not-registered'],
    ['client-rejected', 'esia-client-rejected'],
    ['scope-not-granted', 'esia-scope-refused'],
    ['provider-error', 'esia-error'],
    ['invalid-response', 'invalid-response'],
    ['unavailable', 'provider-unavailable'],
    ['signing-failed', 'signing-unavailable'],
  ])('shows %s as %s', (reason, code) => {
    expect(authErrorCodeFor(reason, 'student')).toBe(code);
  });
});
