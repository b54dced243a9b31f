import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEsiaSim } from '../src/index';
import { Browser } from './support/browser';
import { type EsiaTestRelyingParty, startEsiaTestSim } from './support/esia-relying-party';

// The pages of the ESIA protocol carry the same headers as the sim's other pages
// (page-security-headers.test.ts checks what those headers allow).
describe('security headers of the ESIA protocol’s pages', () => {
  let sim: RunningEsiaSim;
  let rp: EsiaTestRelyingParty;

  beforeAll(async () => {
    ({ sim, rp } = await startEsiaTestSim());
  });
  afterAll(async () => {
    await sim.close();
  });

  const headerNames = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy'];
  const headersOf = (response: Response) => Object.fromEntries(headerNames.map((name) => [name, response.headers.get(name)]));

  it('on the login, consent, refusal and logout pages, and on the JSON answers', async () => {
    const index = await fetch(new URL('/', sim.issuer));
    await index.body?.cancel();
    const expected = headersOf(index);
    expect(expected['content-security-policy']).toContain("form-action 'self' http://127.0.0.1:3999");

    const browser = new Browser();
    const seen: Record<string, Response> = {};
    const login = await browser.open((await rp.authorizationUrl()).url, sim.issuer);
    seen.login = await browser.request(login.url);
    seen.consent = await browser.request(new URL(`${login.url.pathname}/login-as`, sim.issuer), { subject: '1000003' });
    seen.consentPage = await browser.request(new URL(login.url.pathname, sim.issuer));
    seen.unregisteredRedirect = await fetch((await rp.authorizationUrl({ redirectUri: 'http://127.0.0.1:3999/x' })).url);
    seen.loggedOut = await fetch(new URL('/idp/ext/Logout', sim.issuer));
    seen.token = await fetch(new URL('/aas/oauth2/v3/te', sim.issuer), { method: 'POST' });
    seen.persons = await fetch(new URL('/rs/prns/1000003', sim.issuer));
    for (const [name, response] of Object.entries(seen)) {
      await response.body?.cancel();
      expect(headersOf(response), name).toEqual(expected);
    }
  });
});
