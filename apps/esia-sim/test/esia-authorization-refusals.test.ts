import { certificateHash, developmentClientCredentials, developmentEsiaCredentials, pureJsSigner, streebog256 } from '@vhod/gost';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEsiaTimestamp } from '../src/esia/esia-timestamp';
import { driveSignIn, type RunningEsiaSim } from '../src/index';
import { Browser } from './support/browser';
import { esiaTestClient, EsiaTestRelyingParty, startEsiaTestSim, type TestClock } from './support/esia-relying-party';

/** A second system: approved for names only, and for confirmed accounts only. */
const strictClient = {
  clientId: 'vhod-esia-strict',
  certificatePem: developmentClientCredentials().certificatePem,
  redirectUris: ['http://127.0.0.1:3998/auth/esia/callback'],
  scopes: ['openid', 'fullname'],
  confirmedAccountsOnly: true,
};

describe('the development ESIA refuses a bad authorization request, and starts no sign-in for it', () => {
  let sim: RunningEsiaSim;
  let clock: TestClock;
  let rp: EsiaTestRelyingParty;

  beforeAll(async () => {
    ({ sim, clock, rp } = await startEsiaTestSim([esiaTestClient, strictClient]));
  });

  afterAll(async () => {
    await sim.close();
  });

  /**
   * The browser asks for the URL: the answer goes straight back to the information system
   * with the error and the state, sets no cookie (no ESIA session) and shows no login page.
   */
  async function expectRefusal(url: URL, state: string, error: string, code: string): Promise<void> {
    const response = await fetch(url, { redirect: 'manual' });
    await response.body?.cancel();
    expect(response.status).toBe(302);
    expect(response.headers.getSetCookie()).toEqual([]);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(rp.redirectUri);
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('error_description')).toMatch(new RegExp(`^${code}: \\S`));
    expect(location.searchParams.get('state')).toBe(state);
    expect(location.searchParams.has('code')).toBe(false);
  }

  it('accepts the request these tests start from: it leads to the login page', async () => {
    const { url } = await rp.authorizationUrl();
    const page = await new Browser().open(url, sim.issuer);
    expect(page.html).toContain('data-esia-sim-page="login"');
  });

  it('a client_secret signed by another key: ESIA-007053', async () => {
    const otherKey = await pureJsSigner(developmentEsiaCredentials());
    const { url, state } = await rp.authorizationUrl({ signer: otherKey });
    await expectRefusal(url, state, 'invalid_client', 'ESIA-007053');
  });

  it('a message changed after signing (the scope widened): ESIA-007053', async () => {
    const { url, state } = await rp.authorizationUrl({ scope: 'openid fullname', tampered: { scope: 'openid fullname snils' } });
    await expectRefusal(url, state, 'invalid_client', 'ESIA-007053');
  });

  it('a timestamp 10 minutes off, either way, even when signed: ESIA-007015; 4 minutes off passes', async () => {
    for (const offset of [-10, 10]) {
      const timestamp = formatEsiaTimestamp(new Date(clock.now().getTime() + offset * 60_000));
      const { url, state } = await rp.authorizationUrl({ timestamp });
      await expectRefusal(url, state, 'invalid_request', 'ESIA-007015');
    }
    const { url, state } = await rp.authorizationUrl({ timestamp: '2026.02.30 09:00:00 +0000' });
    await expectRefusal(url, state, 'invalid_request', 'ESIA-007015');

    const near = await rp.authorizationUrl({ timestamp: formatEsiaTimestamp(new Date(clock.now().getTime() - 4 * 60_000)) });
    expect(new URL(await driveSignIn(near.url.href, { subject: '1000003' })).searchParams.get('code')).toBeTruthy();
  });

  it('an unregistered redirect_uri: an error page with ESIA-007023, no redirect, no cookie', async () => {
    const { url } = await rp.authorizationUrl({ redirectUri: 'http://127.0.0.1:3999/elsewhere' });
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.getSetCookie()).toEqual([]);
    const html = await response.text();
    expect(html).toContain('data-esia-sim-page="error"');
    expect(html).toContain('ESIA-007023');
    expect(html).toContain('Адрес возврата (redirect_uri) не зарегистрирован');

    const unknownClient = await rp.authorizationUrl({ tampered: { client_id: 'nobody' } });
    const unknown = await fetch(unknownClient.url, { redirect: 'manual' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('ESIA-007023');
  });

  it('a wrong certificate hash: another certificate’s, the PEM text’s, or in lower case: ESIA-007053', async () => {
    const { certificatePem } = developmentClientCredentials();
    const pemTextHash = Buffer.from(streebog256(new TextEncoder().encode(certificatePem)))
      .toString('hex')
      .toUpperCase();
    for (const hash of [
      certificateHash(developmentEsiaCredentials().certificatePem),
      pemTextHash,
      certificateHash(certificatePem).toLowerCase(),
    ]) {
      const { url, state } = await rp.authorizationUrl({ certificateHash: hash });
      await expectRefusal(url, state, 'invalid_client', 'ESIA-007053');
    }
  });

  it('a scope not approved for the system, or unknown: ESIA-007019', async () => {
    const strict = await EsiaTestRelyingParty.create(sim, clock, strictClient);
    for (const scope of ['openid fullname snils', 'openid fullname inn']) {
      const { url, state } = await strict.authorizationUrl({ scope });
      const response = await fetch(url, { redirect: 'manual' });
      const location = new URL(response.headers.get('location') ?? '');
      expect(location.searchParams.get('error')).toBe('invalid_scope');
      expect(location.searchParams.get('error_description')).toMatch(/^ESIA-007019: /);
      expect(location.searchParams.get('state')).toBe(state);
    }
  });

  it('a missing parameter, another response_type or a state that is no UUID: ESIA-007002', async () => {
    const withoutHash = await rp.authorizationUrl();
    withoutHash.url.searchParams.delete('client_certificate_hash');
    await expectRefusal(withoutHash.url, withoutHash.state, 'invalid_request', 'ESIA-007002');
    const token = await rp.authorizationUrl({ tampered: { response_type: 'token' } });
    await expectRefusal(token.url, token.state, 'invalid_request', 'ESIA-007002');
    const notUuid = await rp.authorizationUrl({ state: 'not-a-uuid' });
    await expectRefusal(notUuid.url, 'not-a-uuid', 'invalid_request', 'ESIA-007002');
  });

  it('a system for confirmed accounts only refuses a standard account after login with ESIA-007055', async () => {
    const strict = await EsiaTestRelyingParty.create(sim, clock, strictClient);
    const { url, state } = await strict.authorizationUrl({ scope: 'openid fullname' });
    const callback = new URL(await driveSignIn(url.href, { subject: '1000005' }));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toMatch(/^ESIA-007055: /);
    expect(callback.searchParams.get('state')).toBe(state);
    const confirmed = await strict.authorizationUrl({ scope: 'openid fullname' });
    expect(new URL(await driveSignIn(confirmed.url.href, { subject: '1000006' })).searchParams.get('code')).toBeTruthy();
  });
});
