import { describe, expect, it } from 'vitest';
import { accountForHint, isClientUrl, validateOidcClientInput } from './oidc-client-input';

const diary = {
  name: ' Электронный дневник ',
  redirectUris: ['https://diary.example.ru/callback', 'https://diary.example.ru/callback'],
  scopes: ['children', 'profile', 'school_account'],
  trusted: true,
  authMethod: 'client_secret_basic',
};

describe('OpenID Connect client form', () => {
  it('accepts a confidential client, trimmed, de-duplicated, scopes in canonical order', () => {
    expect(validateOidcClientInput(diary)).toEqual({
      ok: true,
      value: {
        name: 'Электронный дневник',
        redirectUris: ['https://diary.example.ru/callback'],
        postLogoutRedirectUris: [],
        backChannelLogoutUri: null,
        startUrl: null,
        scopes: ['profile', 'school_account', 'children'],
        trusted: true,
        authMethod: 'client_secret_basic',
        jwks: null,
        pairwise: false,
      },
    });
  });

  it('takes plain http only on this machine, and never a fragment or credentials', () => {
    expect(isClientUrl('http://127.0.0.1:3002/callback')).toBe(true);
    expect(isClientUrl('http://localhost/cb')).toBe(true);
    expect(isClientUrl('http://diary.example.ru/callback')).toBe(false);
    expect(isClientUrl('https://diary.example.ru/callback#top')).toBe(false);
    expect(isClientUrl('https://user:pw@diary.example.ru/callback')).toBe(false);
    expect(isClientUrl('/callback')).toBe(false);
    expect(isClientUrl('javascript:alert(1)')).toBe(false);
    expect(isClientUrl('https://diary.example.ru/cb\u0000')).toBe(false);
    expect(isClientUrl('https://diary.example.ru/a b')).toBe(false);
  });

  it('needs the public keys of a private_key_jwt client, and refuses a private key pasted by mistake', () => {
    expect(validateOidcClientInput({ ...diary, authMethod: 'private_key_jwt' })).toEqual({
      ok: false,
      fieldErrors: [{ field: 'jwks', code: 'validation.jwks-required' }],
    });
    const privateKey = JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'secret' }] });
    expect(validateOidcClientInput({ ...diary, authMethod: 'private_key_jwt', jwks: privateKey })).toEqual({
      ok: false,
      fieldErrors: [{ field: 'jwks', code: 'validation.jwks-private' }],
    });
    const publicKey = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' };
    const accepted = validateOidcClientInput({ ...diary, authMethod: 'private_key_jwt', jwks: JSON.stringify({ keys: [publicKey] }) });
    expect(accepted.ok && accepted.value.jwks).toEqual({ keys: [publicKey] });
  });

  it('drops a key set sent with another method', () => {
    const result = validateOidcClientInput({ ...diary, jwks: JSON.stringify({ keys: [{ kty: 'RSA' }] }) });
    expect(result.ok && result.value.jwks).toBe(null);
  });

  it('keeps a pairwise client to one redirect host', () => {
    const result = validateOidcClientInput({
      ...diary,
      pairwise: true,
      redirectUris: ['https://a.example.ru/cb', 'https://b.example.ru/cb'],
    });
    expect(result).toEqual({ ok: false, fieldErrors: [{ field: 'pairwise', code: 'validation.pairwise-one-host' }] });
  });

  it('reports every broken field with a translatable code', () => {
    const result = validateOidcClientInput({
      name: 'Дневник\u0000',
      redirectUris: [],
      postLogoutRedirectUris: ['ftp://x'],
      backChannelLogoutUri: 'http://diary.example.ru/logout',
      startUrl: 'nonsense',
      scopes: ['email'],
      trusted: 'yes',
      authMethod: 'client_secret_jwt',
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: [
        { field: 'name', code: 'validation.control-characters' },
        { field: 'redirectUris', code: 'validation.redirect-uris-required' },
        { field: 'postLogoutRedirectUris', code: 'validation.client-url' },
        { field: 'backChannelLogoutUri', code: 'validation.client-url' },
        { field: 'startUrl', code: 'validation.client-url' },
        { field: 'scopes', code: 'validation.invalid' },
        { field: 'trusted', code: 'validation.invalid' },
        { field: 'authMethod', code: 'validation.invalid' },
      ],
    });
  });
});

describe('account hint', () => {
  const school = { id: 'account-school', organisationId: 'school-1' };
  const kindergarten = { id: 'account-kindergarten', organisationId: 'kindergarten-5' };
  const teacherAtSchool = { id: 'account-teacher', organisationId: 'school-1' };

  it('selects an account by its id or by its organisation', () => {
    expect(accountForHint([school, kindergarten], 'account-kindergarten')).toBe(kindergarten);
    expect(accountForHint([school, kindergarten], 'kindergarten-5')).toBe(kindergarten);
  });

  it('selects nothing when the organisation holds two of the accounts, or the hint fits none', () => {
    expect(accountForHint([school, teacherAtSchool], 'school-1')).toBe(null);
    expect(accountForHint([school], 'gymnasium-2')).toBe(null);
    expect(accountForHint([school], undefined)).toBe(null);
  });
});
