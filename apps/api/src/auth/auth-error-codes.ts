import type { SignInRole } from '@vhod/domain';
import type { SignInRefusalReason } from './identity-provider';

/**
 * The `?code=` of the SPAs' /auth-error page; packages/ui shows `authErrors.<code>` from packages/i18n for each (a test
 * checks every code has its text).
 */
export const authErrorCodes = [
  'invalid-request',
  'login-flow-missing',
  'login-flow-expired',
  'esia-refused',
  'minor-consent-required',
  'unconfirmed-account',
  'esia-code-expired',
  'esia-clock-skew',
  'esia-redirect-not-registered',
  'esia-client-rejected',
  'esia-scope-refused',
  'esia-error',
  'invalid-response',
  'provider-unavailable',
  'signing-unavailable',
  'client-request-refused',
] as const;

export type AuthErrorCode = (typeof authErrorCodes)[number];

const codesByReason: Record<Exclude<SignInRefusalReason, 'access-denied'>, AuthErrorCode> = {
  'unconfirmed-account': 'unconfirmed-account',
  'code-expired': 'esia-code-expired',
  'clock-skew': 'esia-clock-skew',
  'redirect-not-registered': 'esia-redirect-not-registered',
  'client-rejected': 'esia-client-rejected',
  'scope-not-granted': 'esia-scope-refused',
  'provider-error': 'esia-error',
  'invalid-response': 'invalid-response',
  unavailable: 'provider-unavailable',
  'signing-failed': 'signing-unavailable',
};

/**
 * The page for a refused sign-in. ESIA answers a minor's first sign-in without a parent's consent with the same
 * refusal as a declined consent screen (ESIA-007004); for a student the likely reason is the former, so the page
 * explains what the parent must do.
 */
export function authErrorCodeFor(reason: SignInRefusalReason, signInRole: SignInRole): AuthErrorCode {
  if (reason === 'access-denied') return signInRole === 'student' ? 'minor-consent-required' : 'esia-refused';
  return codesByReason[reason];
}
