import { randomUUID } from 'node:crypto';
import { developmentEsiaCredentials, pureJsSigner } from '@vhod/gost';
import { describe, expect, it } from 'vitest';
import { formatEsiaTimestamp } from '../src/esia/esia-timestamp';
import { driveSignIn } from '../src/index';
import { useEsiaTestSim } from './support/esia-relying-party';

describe('the token endpoint /aas/oauth2/v3/te', () => {
  const t = useEsiaTestSim();

  async function codeFor(subject = '1000003', scope = 'openid fullname snils'): Promise<string> {
    const { url } = await t.rp.authorizationUrl({ scope });
    const code = new URL(await driveSignIn(url.href, { subject })).searchParams.get('code');
    if (code === null) throw new Error('no code');
    return code;
  }

  function expectRefusal(answer: { status: number; body: Record<string, unknown>; state: string }, error: string, code: string) {
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error, error_description: expect.stringMatching(new RegExp(`^${code}: \\S`)), state: answer.state });
  }

  it('echoes the new state it was sent, and spends the code: a second exchange gets ESIA-007011', async () => {
    const code = await codeFor();
    const state = randomUUID();
    const first = await t.rp.exchange(code, { scope: 'openid fullname snils', state });
    expect(first.status).toBe(200);
    expect(first.body.state).toBe(state);
    expectRefusal(await t.rp.exchange(code, { scope: 'openid fullname snils' }), 'invalid_grant', 'ESIA-007011');
  });

  it('a code lasts 60 seconds on the sim’s clock', async () => {
    const fresh = await codeFor();
    t.clock.advance(59_000);
    expect((await t.rp.exchange(fresh, { scope: 'openid fullname snils' })).status).toBe(200);
    const stale = await codeFor();
    t.clock.advance(61_000);
    expectRefusal(await t.rp.exchange(stale, { scope: 'openid fullname snils' }), 'invalid_grant', 'ESIA-007011');
  });

  it('a wrong client_secret (another key, or the code changed after signing) is ESIA-007053, and leaves the code usable', async () => {
    const code = await codeFor();
    const otherKey = await pureJsSigner(developmentEsiaCredentials());
    expectRefusal(await t.rp.exchange(code, { scope: 'openid fullname snils', signer: otherKey }), 'invalid_client', 'ESIA-007053');
    const other = await codeFor('1000006');
    expectRefusal(
      await t.rp.exchange(code, { scope: 'openid fullname snils', tampered: { code: other } }),
      'invalid_client',
      'ESIA-007053',
    );
    expect((await t.rp.exchange(code, { scope: 'openid fullname snils' })).status).toBe(200);
  });

  it('a timestamp 10 minutes off is ESIA-007015', async () => {
    const code = await codeFor();
    const timestamp = formatEsiaTimestamp(new Date(t.clock.now().getTime() + 10 * 60_000));
    expectRefusal(await t.rp.exchange(code, { scope: 'openid fullname snils', timestamp }), 'invalid_request', 'ESIA-007015');
  });

  it('a code is good only at the redirect_uri it was issued for (ESIA-007011), for no wider scope (ESIA-007019)', async () => {
    const code = await codeFor();
    const elsewhere = await t.rp.exchange(code, { scope: 'openid fullname snils', redirectUri: 'http://127.0.0.1:3999/elsewhere' });
    expectRefusal(elsewhere, 'invalid_grant', 'ESIA-007011');
    expectRefusal(await t.rp.exchange(code, { scope: 'openid fullname snils id_doc' }), 'invalid_scope', 'ESIA-007019');
    const narrower = await t.rp.exchange(code, { scope: 'openid fullname' });
    expect(narrower.status).toBe(200);
  });

  it('refuses a request without its fields or with another grant_type (ESIA-007002), and an unknown client (ESIA-007053)', async () => {
    const code = await codeFor();
    expectRefusal(
      await t.rp.exchange(code, { scope: 'openid fullname snils', tampered: { grant_type: 'password' } }),
      'invalid_request',
      'ESIA-007002',
    );
    expectRefusal(
      await t.rp.exchange(code, { scope: 'openid fullname snils', tampered: { token_type: '' } }),
      'invalid_request',
      'ESIA-007002',
    );
    expectRefusal(
      await t.rp.exchange(code, { scope: 'openid fullname snils', tampered: { client_id: 'nobody' } }),
      'invalid_client',
      'ESIA-007053',
    );
    const json = await fetch(new URL('/aas/oauth2/v3/te', t.sim.issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  });
});
