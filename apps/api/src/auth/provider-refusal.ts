import type { SignInRefusal, SignInRefusalReason } from './identity-provider';

/**
 * ESIA's codes that mean something to the citizen or the operator. ESIA puts its code at the start of
 * `error_description` ("ESIA-007004: …"), in the callback's query and in the token endpoint's JSON alike (ofstudio/
 * go-api-epgu `esia/aas/errors.go` reads both so; the meanings below are its list of ESIA's messages). A broker in
 * front of ESIA (ESIA_PROTOCOL=oidc) may pass them through, so both protocols read them here.
 */
const reasonsByEsiaCode: Record<string, SignInRefusalReason> = {
  'ESIA-007004': 'access-denied',
  'ESIA-007055': 'unconfirmed-account',
  'ESIA-007011': 'code-expired',
  'ESIA-007015': 'clock-skew',
  'ESIA-007023': 'redirect-not-registered',
  'ESIA-007053': 'client-rejected',
  'ESIA-007019': 'scope-not-granted',
};

/** The refusal an OAuth error answer (`error`, `error_description`) stands for. */
export function refusalFromProviderError(error: string | null, description: string | null): SignInRefusal {
  const esiaCode = /^ESIA-\d{6}/.exec(description ?? '')?.[0] ?? null;
  const byCode = esiaCode ? reasonsByEsiaCode[esiaCode] : undefined;
  return { reason: byCode ?? (error === 'access_denied' ? 'access-denied' : 'provider-error'), esiaCode, error };
}
