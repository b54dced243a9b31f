/**
 * Codes, not messages: the i18n layer owns the user-facing text, so a new code here needs
 * a translation there (unknown codes fall back to its generic message).
 */
export const domainErrorCodes = [
  'invalid-configuration',
  'invalid-snils',
  'invalid-document',
  'invalid-date',
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
  'control-characters',
  'forbidden',
  'person-not-found',
  'card-shared-with-other-organisations',
  'class-not-found',
  'child-card-mismatch',
  'comment-required',
  'api-client-not-found',
  'api-client-revoked',
  'email-not-given-up',
  'oidc-client-not-found',
  'oidc-client-revoked',
  'oidc-client-without-secret',
  'client-sign-in-not-found',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Never put personal data here: details end up in logs and audit records. */
  readonly details?: Record<string, unknown>;

  constructor(code: DomainErrorCode, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === 'string' && (domainErrorCodes as readonly string[]).includes(value);
}

/** `instanceof` fails when two copies of this package end up in one bundle; the code still identifies it. */
export function isDomainError(value: unknown): value is DomainError {
  if (value instanceof DomainError) return true;
  return value instanceof Error && value.name === 'DomainError' && isDomainErrorCode((value as { code?: unknown }).code);
}
