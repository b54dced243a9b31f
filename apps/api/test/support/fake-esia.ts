import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  certificateHash,
  developmentClientCredentials,
  developmentEsiaCredentials,
  pureJsSigner,
  pureJsVerifier,
  type Signer,
} from '@vhod/gost';

/**
 * A small ESIA built from the wire contract (/work/notes/esia-contract.md, docs/adr/0007-esia-protocol.md), for testing
 * the API's ESIA client without apps/esia-sim: it checks the client's GOST signatures with the pure-JS verifier against
 * the registered development certificate, and issues tokens signed with the development ESIA's key. Tests bend its
 * answers through `tokens`, `refuseNextAuthorization` and `holdTokenRequests`.
 */

export interface FakePerson {
  oid: string;
  prns: Record<string, unknown>;
  docs: Array<Record<string, unknown>>;
  ctts: Array<Record<string, unknown>>;
  kids: Array<Record<string, unknown>>;
  kidDocs: Record<string, Array<Record<string, unknown>>>;
}

export const petrova: FakePerson = {
  oid: '1000001',
  prns: {
    firstName: 'Анна',
    lastName: 'Петрова',
    middleName: 'Сергеевна',
    birthDate: '12.04.1985',
    gender: 'F',
    snils: '112-233-445 95',
    trusted: true,
    eTag: 'A1B2',
    citizenship: 'RUS',
  },
  docs: [
    { type: 'RF_DRIVING_LICENSE', series: '7700', number: '000001', vrfStu: 'NOT_VERIFIED' },
    { type: 'RF_PASSPORT', series: '4510', number: '123456', issueDate: '20.04.2005', issuedBy: 'ОВД района Беговой', vrfStu: 'VERIFIED' },
  ],
  ctts: [
    { type: 'PHN', value: '+7(495)0000000', vrfStu: 'NOT_VERIFIED' },
    { type: 'EML', value: 'petrova@example.ru', vrfStu: 'VERIFIED' },
    { type: 'MBT', value: '+7(900)0000001', vrfStu: 'VERIFIED' },
  ],
  kids: [
    {
      id: '2000001',
      firstName: 'Софья',
      lastName: 'Петрова',
      middleName: 'Андреевна',
      birthDate: '15.03.2016',
      gender: 'F',
      snils: '123-456-789 64',
    },
    { id: 2000002, firstName: 'Иван', lastName: 'Петров', birthDate: '01.09.2012', gender: 'M' },
  ],
  kidDocs: {
    '2000001': [{ type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '634521', issueDate: '20.03.2016' }],
    '2000002': [],
  },
};

export interface TokenTweaks {
  /** Sign the tokens with another key than ESIA's certificate. */
  signedByAnotherKey?: boolean;
  /** Change the access token's payload after signing it. */
  tamperAccessPayload?: boolean;
  /** Claims merged into the access (or ID) token's payload. */
  access?: Record<string, unknown>;
  id?: Record<string, unknown>;
  /** The state the answer echoes; default: the one sent. */
  echoState?: (sent: string) => string;
  /** The `scope` claim (what ESIA granted); default: what the client asked for. */
  grantedScope?: string;
}

export interface FakeEsia {
  url: string;
  /** The iss of its tokens: its URL with a trailing slash, as the contract says. */
  issuer: string;
  clientId: string;
  person: FakePerson;
  tokens: TokenTweaks;
  /** What arrived, in order. */
  authorizationRequests: URLSearchParams[];
  tokenRequests: URLSearchParams[];
  restRequests: string[];
  /** The next /v2/ac answers the redirect URI with this error instead of a code. */
  refuseNextAuthorization(error: string, description: string): void;
  /** The next token request gets no answer; resolves when it arrives. */
  holdTokenRequests(): Promise<void>;
  close(): Promise<void>;
}

const timestampWindowMs = 5 * 60_000;

export async function startFakeEsia(options: { clientId: string; redirectUri: string; now: () => Date }): Promise<FakeEsia> {
  const client = developmentClientCredentials();
  const clientCertificateHash = certificateHash(client.certificatePem);
  const verifier = pureJsVerifier();
  const esiaSigner = await pureJsSigner(developmentEsiaCredentials());
  const anotherSigner = await pureJsSigner(client);
  const codes = new Map<string, { scope: string; used: boolean }>();
  const accessTokens = new Set<string>();
  let refusal: { error: string; description: string } | null = null;
  let held: (() => void) | null = null;

  const verifies = async (params: URLSearchParams, signedNames: string[]) => {
    const secret = params.get('client_secret') ?? '';
    const message = new TextEncoder().encode(signedNames.map((name) => params.get(name) ?? '').join(''));
    return (
      params.get('client_certificate_hash') === clientCertificateHash &&
      (await verifier.verify(message, new Uint8Array(Buffer.from(secret, 'base64url')), client.certificatePem))
    );
  };
  const inWindow = (timestamp: string | null) => {
    const match = /^(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2}) \+0000$/.exec(timestamp ?? '');
    if (!match) return false;
    const at = Date.parse(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
    return Math.abs(at - fake.now().getTime()) <= timestampWindowMs;
  };

  async function authorize(url: URL, res: ServerResponse) {
    const params = url.searchParams;
    fake.authorizationRequests.push(params);
    const redirectUri = params.get('redirect_uri');
    if (params.get('client_id') !== options.clientId || redirectUri !== options.redirectUri) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<p>ESIA-007023: redirect_uri is not registered</p>');
    }
    const back = (answer: Record<string, string>) => {
      const location = new URL(redirectUri);
      for (const [name, value] of Object.entries({ ...answer, state: params.get('state') ?? '' })) location.searchParams.set(name, value);
      res.writeHead(302, { location: location.href });
      res.end();
    };
    if (!inWindow(params.get('timestamp'))) return back({ error: 'invalid_request', error_description: 'ESIA-007015: bad timestamp' });
    if (!(await verifies(params, ['client_id', 'scope', 'timestamp', 'state', 'redirect_uri']))) {
      return back({ error: 'invalid_client', error_description: 'ESIA-007053: client_secret is wrong' });
    }
    if (refusal) {
      const { error, description } = refusal;
      refusal = null;
      return back({ error, error_description: description });
    }
    const code = randomUUID();
    codes.set(code, { scope: params.get('scope') ?? '', used: false });
    back({ code });
  }

  async function exchange(req: IncomingMessage, res: ServerResponse) {
    let body = '';
    for await (const chunk of req) body += chunk;
    const params = new URLSearchParams(body);
    fake.tokenRequests.push(params);
    if (held) {
      const arrived = held;
      held = null;
      return arrived(); // never answered
    }
    const json = (status: number, answer: Record<string, unknown>) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    };
    const refuse = (error: string, description: string) => json(400, { error, error_description: description, state: params.get('state') });
    if (!(await verifies(params, ['client_id', 'scope', 'timestamp', 'state', 'redirect_uri', 'code']))) {
      return refuse('invalid_client', 'ESIA-007053: client_secret is wrong');
    }
    if (!inWindow(params.get('timestamp'))) return refuse('invalid_request', 'ESIA-007015: bad timestamp');
    const code = codes.get(params.get('code') ?? '');
    if (!code || code.used) return refuse('invalid_grant', 'ESIA-007011: the code is invalid or expired');
    code.used = true;
    const tweaks = fake.tokens;
    const seconds = Math.floor(fake.now().getTime() / 1000);
    const times = { iat: seconds, nbf: seconds, exp: seconds + 3600 };
    const signer = tweaks.signedByAnotherKey ? anotherSigner : esiaSigner;
    const accessToken = await jwt(
      signer,
      'access',
      {
        iss: fake.issuer,
        client_id: options.clientId,
        'urn:esia:sbj_id': Number(fake.person.oid),
        scope: tweaks.grantedScope ?? code.scope,
        ...times,
        'urn:esia:sid': 'sid-1',
        ...tweaks.access,
      },
      tweaks.tamperAccessPayload,
    );
    const idToken = await jwt(signer, 'id', {
      iss: fake.issuer,
      aud: options.clientId,
      sub: fake.person.oid,
      ...times,
      auth_time: seconds,
      amr: 'PWD',
      'urn:esia:sid': 'sid-1',
      'urn:esia:sbj': { 'urn:esia:sbj:typ': 'P', 'urn:esia:sbj:oid': Number(fake.person.oid), 'urn:esia:sbj:is_tru': true },
      ...tweaks.id,
    });
    accessTokens.add(accessToken);
    const state = params.get('state') ?? '';
    json(200, {
      access_token: accessToken,
      id_token: idToken,
      state: tweaks.echoState?.(state) ?? state,
      token_type: 'Bearer',
      expires_in: 3600,
    });
  }

  function rest(req: IncomingMessage, url: URL, res: ServerResponse) {
    fake.restRequests.push(`${url.pathname}${url.search}`);
    const json = (status: number, answer: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    };
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !accessTokens.has(token)) return json(401, { code: 'unauthorized' });
    const person = fake.person;
    const collection = (elements: unknown[]) => json(200, { stateFacts: ['hasSize'], elements, size: elements.length });
    const base = `/rs/prns/${person.oid}`;
    const kidDocs = new RegExp(`^${base}/kids/([^/]+)/docs$`).exec(url.pathname);
    if (url.pathname === base) return json(200, person.prns);
    if (url.pathname === `${base}/docs`) return collection(person.docs);
    if (url.pathname === `${base}/ctts`) return collection(person.ctts);
    if (url.pathname === `${base}/kids`) return collection(person.kids);
    if (kidDocs && person.kidDocs[kidDocs[1]!]) return collection(person.kidDocs[kidDocs[1]!]!);
    json(404, { code: 'not_found' });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', fake.url);
    const route =
      req.method === 'GET' && url.pathname === '/aas/oauth2/v2/ac'
        ? authorize(url, res)
        : req.method === 'POST' && url.pathname === '/aas/oauth2/v3/te'
          ? exchange(req, res)
          : req.method === 'GET' && url.pathname.startsWith('/rs/prns/')
            ? Promise.resolve(rest(req, url, res))
            : Promise.resolve(void res.writeHead(404).end());
    route.catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  const fake: FakeEsia & { now: () => Date } = {
    url: `http://127.0.0.1:${port}`,
    issuer: `http://127.0.0.1:${port}/`,
    clientId: options.clientId,
    now: options.now,
    person: petrova,
    tokens: {},
    authorizationRequests: [],
    tokenRequests: [],
    restRequests: [],
    refuseNextAuthorization(error, description) {
      refusal = { error, description };
    },
    holdTokenRequests: () =>
      new Promise<void>((arrived) => {
        held = arrived;
      }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  return fake;
}

/** A compact JWT signed as the contract says: GOST over ASCII `base64url(header).base64url(payload)`, s ‖ r, Base64URL. */
async function jwt(signer: Signer, subjectType: 'access' | 'id', payload: Record<string, unknown>, tamper = false): Promise<string> {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'GOST3410_2012_256', typ: 'JWT', ver: 1, sbt: subjectType });
  const signingInput = `${header}.${encode(payload)}`;
  const signature = Buffer.from(await signer.sign(new TextEncoder().encode(signingInput))).toString('base64url');
  return `${header}.${tamper ? encode({ ...payload, 'urn:esia:sbj_id': 1000002 }) : encode(payload)}.${signature}`;
}
