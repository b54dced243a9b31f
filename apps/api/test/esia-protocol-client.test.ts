import { certificateHash, developmentClientCredentials, pureJsVerifier } from '@vhod/gost';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { esiaIdentityProvider } from '../src/auth/esia/esia-identity-provider';
import type { IdentityProvider, SignInCompletion } from '../src/auth/identity-provider';
import { loadApiConfig } from '../src/config';
import type { EsiaProtocolConfig } from '../src/esia-config';
import { petrova, startFakeEsia, type FakeEsia } from './support/fake-esia';
import { testClock } from './support/test-clock';

const publicOrigin = 'https://vhod.example.ru';
const clock = testClock('2026-11-23T09:00:00Z');
let esia: FakeEsia;
let config: EsiaProtocolConfig;
let provider: IdentityProvider;

beforeAll(async () => {
  esia = await startFakeEsia({ clientId: 'vhod-test', redirectUri: `${publicOrigin}/auth/esia/callback`, now: () => clock.now() });
  const loaded = loadApiConfig({
    NODE_ENV: 'test',
    VHOD_PUBLIC_ORIGIN: publicOrigin,
    ESIA_BASE_URL: esia.url,
    ESIA_CLIENT_ID: 'vhod-test',
  });
  if (loaded.esia.protocol !== 'esia') throw new Error('ESIA protocol expected by default');
  config = loaded.esia;
  provider = esiaIdentityProvider(config, { clock });
});
afterAll(() => esia?.close());
beforeEach(() => {
  clock.set('2026-11-23T09:00:00Z');
  esia.tokens = {};
  esia.person = petrova;
});

/** The browser's trip: our authorization URL, ESIA's redirect back, then the callback as the API completes it. */
async function signIn(): Promise<SignInCompletion> {
  const flow = provider.newFlowSecrets();
  const started = await provider.authorizationUrl(flow);
  if (!('url' in started)) throw new Error(`no authorization URL: ${started.refusal.reason}`);
  const answer = await fetch(started.url, { redirect: 'manual' });
  expect(answer.status).toBe(302);
  return provider.completeSignIn(new URL(answer.headers.get('location')!), flow);
}

const refusalOf = (completion: SignInCompletion) => ('refusal' in completion ? completion.refusal : null);

describe('the ESIA protocol client against an ESIA built from the contract', () => {
  it('sends every /v2/ac parameter, with a client_secret that verifies against the registered certificate', async () => {
    const flow = provider.newFlowSecrets();
    expect(flow).toEqual({
      state: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      nonce: null,
      codeVerifier: null,
    });
    const started = await provider.authorizationUrl(flow);
    if (!('url' in started)) throw new Error('no URL');
    const { searchParams: query, origin, pathname } = started.url;
    expect(`${origin}${pathname}`).toBe(`${esia.url}/aas/oauth2/v2/ac`);
    expect(Object.fromEntries(query)).toEqual({
      client_id: 'vhod-test',
      client_secret: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/),
      scope: config.scopes.join(' '),
      timestamp: '2026.11.23 09:00:00 +0000',
      state: flow.state,
      redirect_uri: `${publicOrigin}/auth/esia/callback`,
      client_certificate_hash: certificateHash(developmentClientCredentials().certificatePem),
      response_type: 'code',
      access_type: 'online',
    });
    const signed = new TextEncoder().encode(
      `vhod-test${config.scopes.join(' ')}2026.11.23 09:00:00 +0000${flow.state}${publicOrigin}/auth/esia/callback`,
    );
    const secret = new Uint8Array(Buffer.from(query.get('client_secret')!, 'base64url'));
    expect(await pureJsVerifier().verify(signed, secret, developmentClientCredentials().certificatePem)).toBe(true);
  });

  it('signs in: code for tokens with a fresh state, both tokens verified, the person read and mapped', async () => {
    const completion = await signIn();
    expect(completion).toEqual({
      person: {
        subject: '1000001',
        trusted: true,
        lastName: 'Петрова',
        firstName: 'Анна',
        middleName: 'Сергеевна',
        birthDate: '1985-04-12',
        gender: 'female',
        snils: '112-233-445 95',
        documents: [{ type: 'RF_PASSPORT', series: '4510', number: '123456' }],
        email: 'petrova@example.ru',
        mobile: '+7(900)0000001',
        children: [
          {
            id: '2000001',
            lastName: 'Петрова',
            firstName: 'Софья',
            middleName: 'Андреевна',
            birthDate: '2016-03-15',
            gender: 'female',
            snils: '123-456-789 64',
            birthCertificate: { series: 'V-МЮ', number: '634521' },
          },
          {
            id: '2000002',
            lastName: 'Петров',
            firstName: 'Иван',
            middleName: null,
            birthDate: '2012-09-01',
            gender: 'male',
            snils: null,
            birthCertificate: null,
          },
        ],
      },
    });
    const authorization = esia.authorizationRequests.at(-1)!;
    const token = esia.tokenRequests.at(-1)!;
    expect(token.get('grant_type')).toBe('authorization_code');
    expect(token.get('token_type')).toBe('Bearer');
    expect(token.get('state')).toMatch(/^[0-9a-f-]{36}$/);
    expect(token.get('state')).not.toBe(authorization.get('state'));
  });

  it('asks ESIA only for what the granted scopes cover', async () => {
    esia.restRequests.length = 0;
    esia.tokens = { grantedScope: 'openid fullname birthdate' };
    const completion = await signIn();
    expect(esia.restRequests).toEqual(['/rs/prns/1000001']);
    expect(completion).toMatchObject({ person: { lastName: 'Петрова', documents: [], email: null, children: [] } });
  });

  it('reads kids without their documents when kid_birth_cert_doc is not granted', async () => {
    esia.restRequests.length = 0;
    esia.tokens = { grantedScope: 'openid fullname kid_fullname' };
    const completion = await signIn();
    expect(esia.restRequests.sort()).toEqual(['/rs/prns/1000001', '/rs/prns/1000001/kids?embed=(elements)']);
    expect(completion).toMatchObject({ person: { children: [{ id: '2000001', birthCertificate: null }, { id: '2000002' }] } });
  });

  it.each<[string, () => void, string]>([
    ['an echoed state that is not the one sent', () => (esia.tokens = { echoState: () => crypto.randomUUID() }), 'token-state'],
    ['tokens signed by another key', () => (esia.tokens = { signedByAnotherKey: true }), 'access-token-signature'],
    ['an access token changed after signing', () => (esia.tokens = { tamperAccessPayload: true }), 'access-token-signature'],
    ['another issuer', () => (esia.tokens = { access: { iss: 'http://esia.gosuslugi.ru/' } }), 'access-token-iss'],
    ['an ID token for another client', () => (esia.tokens = { id: { aud: 'someone-else' } }), 'id-token-audience'],
    ['an access token for another client', () => (esia.tokens = { access: { client_id: 'someone-else' } }), 'access-token-audience'],
    [
      'tokens naming different people',
      () => (esia.tokens = { id: { sub: '1000002', 'urn:esia:sbj': undefined } }),
      'token-subjects-differ',
    ],
  ])('refuses %s', async (_name, tweak, detail) => {
    tweak();
    const refusal = refusalOf(await signIn());
    expect(refusal).toEqual({ reason: 'invalid-response', esiaCode: null, error: null, detail });
  });

  it('refuses, rather than fails, when the verifier cannot reach a verdict', async () => {
    const broken = esiaIdentityProvider(config, {
      clock,
      verifier: { verify: () => Promise.reject(new ReferenceError('subtract is not defined')) },
    });
    const flow = broken.newFlowSecrets();
    const started = await broken.authorizationUrl(flow);
    if (!('url' in started)) throw new Error('no URL');
    const callback = new URL((await fetch(started.url, { redirect: 'manual' })).headers.get('location')!);
    expect(refusalOf(await broken.completeSignIn(callback, flow))?.detail).toBe('access-token-signature-error');
  });

  it('refuses expired tokens and tokens not valid yet, forgiving a minute of clock difference', async () => {
    const seconds = Date.parse('2026-11-23T09:00:00Z') / 1000;
    esia.tokens = { access: { exp: seconds - 61 } };
    expect(refusalOf(await signIn())?.detail).toBe('access-token-expired');
    esia.tokens = { id: { exp: seconds - 59 } };
    expect(refusalOf(await signIn())).toBeNull();
    esia.tokens = { id: { nbf: seconds + 61 } };
    expect(refusalOf(await signIn())?.detail).toBe('id-token-not-yet-valid');
    esia.tokens = { access: { nbf: seconds + 59 } };
    expect(refusalOf(await signIn())).toBeNull();
  });

  it('refuses a callback whose state is not the flow’s, before redeeming anything', async () => {
    const flow = provider.newFlowSecrets();
    const started = await provider.authorizationUrl(flow);
    if (!('url' in started)) throw new Error('no URL');
    const callback = new URL((await fetch(started.url, { redirect: 'manual' })).headers.get('location')!);
    const before = esia.tokenRequests.length;
    expect(refusalOf(await provider.completeSignIn(callback, provider.newFlowSecrets()))?.detail).toBe('callback-state');
    expect(esia.tokenRequests).toHaveLength(before);
  });

  it('turns a token endpoint refusal into its ESIA code: a code used twice is ESIA-007011', async () => {
    const flow = provider.newFlowSecrets();
    const started = await provider.authorizationUrl(flow);
    if (!('url' in started)) throw new Error('no URL');
    const callback = new URL((await fetch(started.url, { redirect: 'manual' })).headers.get('location')!);
    expect(await provider.completeSignIn(callback, flow)).toHaveProperty('person');
    expect(refusalOf(await provider.completeSignIn(callback, flow))).toEqual({
      reason: 'code-expired',
      esiaCode: 'ESIA-007011',
      error: 'invalid_grant',
    });
  });

  it('is refused with ESIA-007015 when our clock is more than five minutes off ESIA’s', async () => {
    const skewed = esiaIdentityProvider(config, { clock: testClock('2026-11-23T09:10:00Z') });
    const flow = skewed.newFlowSecrets();
    const started = await skewed.authorizationUrl(flow);
    if (!('url' in started)) throw new Error('no URL');
    const callback = new URL((await fetch(started.url, { redirect: 'manual' })).headers.get('location')!);
    expect(refusalOf(await skewed.completeSignIn(callback, flow))).toEqual({
      reason: 'clock-skew',
      esiaCode: 'ESIA-007015',
      error: 'invalid_request',
    });
  });

  it('refuses malformed person data without naming the data', async () => {
    esia.person = { ...petrova, prns: { ...petrova.prns, birthDate: '1985-04-12' } };
    const refusal = refusalOf(await signIn());
    expect(refusal).toEqual({ reason: 'invalid-response', esiaCode: null, error: null, detail: 'person-data' });
  });

  it('gives up on a token endpoint that never answers, after the timeout', async () => {
    const impatient = esiaIdentityProvider({ ...config, timeoutMs: 150 }, { clock });
    const flow = impatient.newFlowSecrets();
    const started = await impatient.authorizationUrl(flow);
    if (!('url' in started)) throw new Error('no URL');
    const callback = new URL((await fetch(started.url, { redirect: 'manual' })).headers.get('location')!);
    const arrived = esia.holdTokenRequests();
    const completion = impatient.completeSignIn(callback, flow);
    await arrived;
    expect(refusalOf(await completion)).toEqual({
      reason: 'unavailable',
      esiaCode: null,
      error: null,
      detail: 'token: no answer within 150 ms',
    });
  });
});
