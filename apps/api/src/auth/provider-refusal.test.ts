import { describe, expect, it } from 'vitest';
import { refusalFromProviderError } from './provider-refusal';

describe('refusals from the provider’s error answers', () => {
  it.each([
    ['access_denied', 'ESIA-007004: Владелец ресурса или сервис авторизации отклонил запрос', 'access-denied'],
    ['access_denied', 'ESIA-007055: Вход в систему осуществляется с неподтвержденной учетной записью', 'unconfirmed-account'],
    ['invalid_grant', 'ESIA-007011: code expired', 'code-expired'],
    ['invalid_request', 'ESIA-007015: Неверное время запроса', 'clock-skew'],
    ['invalid_request', 'ESIA-007023: redirect_uri', 'redirect-not-registered'],
    ['invalid_client', 'ESIA-007053: client_secret сформирован некорректно', 'client-rejected'],
    ['invalid_scope', 'ESIA-007019: Отсутствует разрешение на доступ', 'scope-not-granted'],
    ['invalid_request', 'ESIA-007002: something else', 'provider-error'],
    ['access_denied', null, 'access-denied'],
    ['server_error', 'no ESIA code', 'provider-error'],
  ] as const)('%s "%s" is %s', (error, description, reason) => {
    const refusal = refusalFromProviderError(error, description);
    expect(refusal).toEqual({ reason, error, esiaCode: /^ESIA-\d{6}/.exec(description ?? '')?.[0] ?? null });
  });
});
