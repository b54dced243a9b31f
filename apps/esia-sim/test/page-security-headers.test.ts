import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEsiaSim, type RunningEsiaSim } from '../src/index';
import { Browser } from './support/browser';
import { discoverTestClient, otherTestClient, prepareAuthorization, testClient } from './support/test-relying-party';
import { testNow } from './support/test-clock';

// Finding 9: the development ESIA's pages had no CSP and could be framed, so a page elsewhere
// could overlay its login form (clickjacking) and anything injected into them could run.
describe('security headers of the development ESIA’s pages', () => {
  let sim: RunningEsiaSim;
  let config: client.Configuration;
  let seen: Awaited<ReturnType<typeof pages>>;

  beforeAll(async () => {
    sim = await startEsiaSim({ development: true, port: 0, clients: [testClient, otherTestClient], now: testNow });
    config = await discoverTestClient(sim);
    seen = await pages();
  });
  afterAll(async () => {
    await sim.close();
  });

  /** Follows the sim's redirects in `browser` and returns the page it stops at, or where it left to. */
  async function pageAt(
    browser: Browser,
    start: URL | string,
    form?: Record<string, string>,
  ): Promise<{ response: Response; html: string }> {
    let url = new URL(start, sim.issuer);
    let body = form;
    for (;;) {
      const response = await browser.request(url, body);
      body = undefined;
      const location = response.headers.get('location');
      if (location === null || new URL(location, url).origin !== sim.issuer) return { response, html: await response.text() };
      await response.body?.cancel();
      url = new URL(location, url);
    }
  }

  /** Every kind of page a citizen meets at the sim, signing in and out on the way. */
  async function pages() {
    const browser = new Browser();
    const index = await pageAt(browser, '/');
    const cabinet = await pageAt(browser, '/cabinet');
    const providerError = await pageAt(browser, '/auth?client_id=nobody&response_type=code&scope=openid');
    const login = await pageAt(browser, (await prepareAuthorization(config, 'openid fullname')).url);
    const interaction = login.response.url ? new URL(login.response.url).pathname : '';
    const consent = await pageAt(browser, `${interaction}/login-as`, { subject: '1000003' });
    const signedIn = await pageAt(browser, `${new URL(consent.response.url).pathname}/consent`, { decision: 'grant' });
    expect(new URL(signedIn.response.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
    const logout = await pageAt(
      browser,
      client.buildEndSessionUrl(config, { post_logout_redirect_uri: testClient.postLogoutRedirectUris?.[0] ?? '' }),
    );
    expect(logout.html).toContain('data-esia-sim-page="logout"');
    return { index, cabinet, providerError, login, consent, logout };
  }

  const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const inline = (html: string, tag: 'style' | 'script') =>
    [...html.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1] ?? '');

  it('forbid framing, sniffing and referrers, and allow nothing the pages do not use', async () => {
    for (const [name, { response, html }] of Object.entries(seen)) {
      expect(html, name).toContain('<html lang="ru">');
      expect(response.headers.get('x-frame-options'), name).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), name).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .map(([key, ...values]) => [key, values]),
      );
      expect(directives.get('default-src'), name).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors'), name).toEqual(["'none'"]);
      expect(directives.get('base-uri'), name).toEqual(["'none'"]);
      expect(csp, name).not.toContain('unsafe-inline');
      // The sign-in and logout forms end at a relying party: browsers check form-action along the redirects.
      expect(directives.get('form-action'), name).toEqual(["'self'", 'http://127.0.0.1:3999', 'http://127.0.0.1:3998']);
    }
  });

  it('let the pages’ own styles and the logout page’s auto-submit run, by their hashes', async () => {
    const { login, consent, logout } = seen;
    for (const { response, html } of [login, consent, logout]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      const styles = inline(html, 'style');
      expect(styles).toHaveLength(1);
      for (const style of styles) expect(csp).toContain(`style-src ${hashOf(style)}`);
    }
    const scripts = inline(logout.html, 'script');
    expect(scripts).toHaveLength(1);
    expect(logout.response.headers.get('content-security-policy')).toContain(`script-src ${hashOf(scripts[0] ?? '')}`);
  });
});
