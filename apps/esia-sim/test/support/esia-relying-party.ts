import { randomUUID } from 'node:crypto';
import { developmentClientCredentials, pureJsSigner, type Signer } from '@vhod/gost';
import { afterEach, beforeEach } from 'vitest';
import { formatEsiaTimestamp } from '../../src/esia/esia-timestamp';
import { driveSignIn, startEsiaSim, type EsiaSimClient, type RunningEsiaSim } from '../../src/index';

/** The information system of these tests, registered with the demo client's certificate. */
export const esiaTestClient = {
  clientId: 'vhod-esia-test',
  certificatePem: developmentClientCredentials().certificatePem,
  redirectUris: ['http://127.0.0.1:3999/auth/esia/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1:3999/'],
} satisfies EsiaSimClient;

export const schoolScope =
  'openid fullname birthdate gender snils id_doc email mobile kid_fullname kid_birthdate kid_gender kid_snils kid_birth_cert_doc';

/** The sim's clock in these tests: a fixed day, moved by hand. */
export class TestClock {
  #now = new Date('2026-11-23T09:00:00Z').getTime();

  readonly now = (): Date => new Date(this.#now);

  advance(ms: number): void {
    this.#now += ms;
  }
}

/** What a test may change about one signed request: the values signed, and what is sent instead of them afterwards. */
export interface SignedRequestOptions {
  scope?: string;
  state?: string;
  redirectUri?: string;
  timestamp?: string;
  /** Another key than the client's. */
  signer?: Signer;
  certificateHash?: string;
  /** Parameters replaced after signing (a tampered message). */
  tampered?: Record<string, string>;
}

/**
 * A relying party speaking ESIA's protocol to the sim the way the API does: it signs
 * client_secret with the development client key (pure JS GOST) over the values it sends.
 */
export class EsiaTestRelyingParty {
  private constructor(
    readonly sim: RunningEsiaSim,
    readonly clock: TestClock,
    readonly signer: Signer,
    readonly client: EsiaSimClient = esiaTestClient,
  ) {}

  static async create(sim: RunningEsiaSim, clock: TestClock, client: EsiaSimClient = esiaTestClient): Promise<EsiaTestRelyingParty> {
    return new EsiaTestRelyingParty(sim, clock, await pureJsSigner(developmentClientCredentials()), client);
  }

  get redirectUri(): string {
    return this.client.redirectUris[0] ?? '';
  }

  /** The `GET /aas/oauth2/v2/ac` URL the browser is sent to, and the state it must come back with. */
  async authorizationUrl(options: SignedRequestOptions = {}): Promise<{ url: URL; state: string }> {
    const values = this.#values(options);
    const secret = await this.#sign(options, [this.client.clientId, values.scope, values.timestamp, values.state, values.redirectUri]);
    const url = new URL('/aas/oauth2/v2/ac', this.sim.issuer);
    url.search = new URLSearchParams({
      client_id: this.client.clientId,
      client_secret: secret,
      redirect_uri: values.redirectUri,
      scope: values.scope,
      response_type: 'code',
      state: values.state,
      timestamp: values.timestamp,
      access_type: 'online',
      client_certificate_hash: await this.#certificateHash(options),
      ...options.tampered,
    }).toString();
    return { url, state: values.state };
  }

  /** `POST /aas/oauth2/v3/te` with a new state; returns the status and the JSON answer. */
  async exchange(
    code: string,
    options: SignedRequestOptions = {},
  ): Promise<{ status: number; body: Record<string, unknown>; state: string }> {
    const values = this.#values(options);
    const secret = await this.#sign(options, [
      this.client.clientId,
      values.scope,
      values.timestamp,
      values.state,
      values.redirectUri,
      code,
    ]);
    const response = await fetch(new URL('/aas/oauth2/v3/te', this.sim.issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        client_id: this.client.clientId,
        code,
        grant_type: 'authorization_code',
        client_secret: secret,
        state: values.state,
        redirect_uri: values.redirectUri,
        scope: values.scope,
        timestamp: values.timestamp,
        token_type: 'Bearer',
        client_certificate_hash: await this.#certificateHash(options),
        ...options.tampered,
      }).toString(),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, state: values.state };
  }

  /** A whole sign-in as this citizen (driveSignIn, consent granted) and the exchange of its code; fails unless both succeed. */
  async tokensFor(subject: string, scope?: string): Promise<{ accessToken: string; idToken: string }> {
    const { url } = await this.authorizationUrl({ scope });
    const callback = new URL(await driveSignIn(url.href, { subject }));
    const { status, body } = await this.exchange(callback.searchParams.get('code') ?? '', { scope });
    if (status !== 200) throw new Error(`tokensFor ${subject}: ${callback.search} → ${status} ${JSON.stringify(body)}`);
    return { accessToken: String(body.access_token), idToken: String(body.id_token) };
  }

  /** GET a person-data resource with the access token as Bearer. */
  async read(path: string, accessToken: string | undefined): Promise<Response> {
    return fetch(new URL(path, this.sim.issuer), {
      headers: { accept: 'application/json', ...(accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` }) },
    });
  }

  #values(options: SignedRequestOptions) {
    return {
      scope: options.scope ?? schoolScope,
      state: options.state ?? randomUUID(),
      redirectUri: options.redirectUri ?? this.redirectUri,
      timestamp: options.timestamp ?? formatEsiaTimestamp(this.clock.now()),
    };
  }

  async #sign(options: SignedRequestOptions, values: string[]): Promise<string> {
    const signature = await (options.signer ?? this.signer).sign(new TextEncoder().encode(values.join('')));
    return Buffer.from(signature).toString('base64url');
  }

  async #certificateHash(options: SignedRequestOptions): Promise<string> {
    return options.certificateHash ?? (await this.signer.certificateHash());
  }
}

/** The payload of a compact JWT, unverified (the tests check what the sim put in). */
export function jwtParts(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header = '', payload = ''] = token.split('.');
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: decode(header), payload: decode(payload) };
}

/** A fresh sim on its own TestClock with these clients registered, and a relying party for the first of them. */
export async function startEsiaTestSim(
  clients: EsiaSimClient[] = [esiaTestClient],
): Promise<{ sim: RunningEsiaSim; clock: TestClock; rp: EsiaTestRelyingParty }> {
  const clock = new TestClock();
  const sim = await startEsiaSim({ development: true, port: 0, clients, now: clock.now });
  return { sim, clock, rp: await EsiaTestRelyingParty.create(sim, clock, clients[0]) };
}

/** A fresh sim, clock and relying party for every test of the file, read through the returned object. */
export function useEsiaTestSim(clients?: EsiaSimClient[]): { sim: RunningEsiaSim; clock: TestClock; rp: EsiaTestRelyingParty } {
  const current = {} as { sim: RunningEsiaSim; clock: TestClock; rp: EsiaTestRelyingParty };
  beforeEach(async () => {
    Object.assign(current, await startEsiaTestSim(clients));
  });
  afterEach(async () => {
    await current.sim.close();
  });
  return current;
}
