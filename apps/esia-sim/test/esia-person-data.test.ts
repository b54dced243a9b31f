import { describe, expect, it } from 'vitest';
import { useEsiaTestSim } from './support/esia-relying-party';

describe('person data /rs/prns: only for a valid token, the right person and the granted scopes', () => {
  const t = useEsiaTestSim();

  async function statusOf(path: string, accessToken: string | undefined): Promise<number> {
    const response = await t.rp.read(path, accessToken);
    await response.body?.cancel();
    return response.status;
  }

  it('answers 401 without a token, with the ID token, or with a token changed after signing', async () => {
    const { accessToken, idToken } = await t.rp.tokensFor('1000001');
    const unauthenticated = await t.rp.read('/rs/prns/1000001', undefined);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(await unauthenticated.json()).toMatchObject({ error: 'invalid_token' });
    expect(await statusOf('/rs/prns/1000001', idToken)).toBe(401);

    // The same signature on a payload that names another person.
    const [header, payload = '', signature] = accessToken.split('.');
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    forged['urn:esia:sbj_id'] = 1000002;
    const tampered = [header, Buffer.from(JSON.stringify(forged)).toString('base64url'), signature].join('.');
    expect(await statusOf('/rs/prns/1000002', tampered)).toBe(401);
    expect(await statusOf('/rs/prns/1000001', accessToken)).toBe(200);
  });

  it('answers 401 once the token has expired on the sim’s clock (an hour)', async () => {
    const { accessToken } = await t.rp.tokensFor('1000001');
    t.clock.advance(3600_000 - 1000);
    expect(await statusOf('/rs/prns/1000001', accessToken)).toBe(200);
    t.clock.advance(1000);
    expect(await statusOf('/rs/prns/1000001', accessToken)).toBe(401);
  });

  it('answers 403 for another person’s oid and another family’s child', async () => {
    const { accessToken } = await t.rp.tokensFor('1000001');
    expect(await statusOf('/rs/prns/1000002', accessToken)).toBe(403);
    expect(await statusOf('/rs/prns/1000002/kids?embed=(elements)', accessToken)).toBe(403);
    expect(await statusOf('/rs/prns/1000001/kids/2000002/docs?embed=(elements)', accessToken)).toBe(403);
    expect(await statusOf('/rs/prns/1000001/kids/1000009/docs?embed=(elements)', accessToken)).toBe(200);
  });

  it('answers 403 for a resource whose scope was not granted, and leaves out fields of scopes not granted', async () => {
    const { accessToken } = await t.rp.tokensFor('1000001', 'openid fullname email');
    for (const path of ['docs', 'kids', 'kids/1000009/docs']) {
      expect(await statusOf(`/rs/prns/1000001/${path}?embed=(elements)`, accessToken), path).toBe(403);
    }
    const person = await t.rp.read('/rs/prns/1000001', accessToken);
    expect(await person.json()).toEqual({
      firstName: 'Анна',
      lastName: 'Петрова',
      middleName: 'Сергеевна',
      trusted: true,
      eTag: expect.any(String),
    });
    const contacts = await t.rp.read('/rs/prns/1000001/ctts?embed=(elements)', accessToken);
    expect(await contacts.json()).toMatchObject({ size: 1, elements: [{ type: 'EML', value: 'anna.petrova@example.ru' }] });

    const { accessToken: withoutName } = await t.rp.tokensFor('1000001', 'openid birthdate');
    expect(await statusOf('/rs/prns/1000001', withoutName)).toBe(403);
  });

  it('answers 404 for what ESIA does not serve', async () => {
    const { accessToken } = await t.rp.tokensFor('1000001');
    for (const path of ['/rs/prns/1000001/addrs', '/rs/prns/1000001/docs/42', '/rs/prns/1000001/kids/1000009/docs/1/more']) {
      expect(await statusOf(path, accessToken), path).toBe(404);
    }
  });
});
