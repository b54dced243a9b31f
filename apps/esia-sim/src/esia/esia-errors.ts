import { consentDeniedDescription } from '../interactions/consent';
import { parentalConsentRequiredDescription } from '../parental-consent-rule';

/**
 * ESIA's refusals: an OAuth `error` and an `error_description` that starts with ESIA's own code
 * (the code is what relying parties read; the Russian text after it is the sim's wording).
 */
export interface EsiaRefusal {
  error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'access_denied';
  description: string;
}

export const esiaRefusals = {
  badRequest: (detail: string): EsiaRefusal => ({ error: 'invalid_request', description: `ESIA-007002: Неверный запрос: ${detail}.` }),
  badTimestamp: { error: 'invalid_request', description: 'ESIA-007015: Неверное время запроса (timestamp).' },
  badClientSecret: {
    error: 'invalid_client',
    description:
      'ESIA-007053: Подпись запроса (client_secret) или хеш сертификата (client_certificate_hash) не соответствуют сертификату системы.',
  },
  scopeNotAllowed: { error: 'invalid_scope', description: 'ESIA-007019: Системе не предоставлен доступ к запрошенной области (scope).' },
  badCode: { error: 'invalid_grant', description: 'ESIA-007011: Код авторизации недействителен, истёк или уже использован.' },
  refusedByUser: { error: 'access_denied', description: consentDeniedDescription },
  awaitsParentalConsent: { error: 'access_denied', description: parentalConsentRequiredDescription },
  unconfirmedAccount: {
    error: 'access_denied',
    description: 'ESIA-007055: Вход в систему возможен только с подтверждённой учётной записью.',
  },
} as const satisfies Record<string, EsiaRefusal | ((detail: string) => EsiaRefusal)>;

/** Not a redirect: ESIA cannot send the browser to an address the system did not register. */
export const unregisteredRedirectCode = 'ESIA-007023';
