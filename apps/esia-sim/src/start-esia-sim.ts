import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { developmentEsiaCredentials, pureJsSigner, pureJsVerifier } from '@vhod/gost';
import { CabinetSessions } from './cabinet/cabinet-sessions';
import { registerEsiaClients } from './esia/esia-clients';
import { lifetimes, type EsiaContext } from './esia/esia-context';
import { tokenIssuerOf } from './esia/esia-tokens';
import { ExpiringMap } from './esia/expiring-map';
import { routeEsia } from './esia/route-esia';
import { isCabinetPath, routeCabinet } from './cabinet/route-cabinet';
import { parseInteractionPath } from './interactions/paths';
import { routeInteraction } from './interactions/route-interaction';
import { renderIndexPage } from './pages/index-page';
import { renderErrorPage } from './pages/error-page';
import { pageSecurityHeaders } from './http/page-security-headers';
import { sendHtml } from './http/send';
import { createEsiaProvider } from './provider';
import { assertDevelopmentOnly } from './refuse-production';
import { ParentalConsents } from './parental-consents';
import { RememberedConsents } from './remembered-consents';

/**
 * An information system registered at the sim. With `certificatePem` it speaks ESIA's own protocol
 * (`/aas/oauth2/v2/ac`, `/aas/oauth2/v3/te`, `/rs/prns`, `/idp/ext/Logout`), identified by its GOST
 * certificate; with `clientSecret` the OpenID Connect mode of oidc-provider (ESIA_PROTOCOL=oidc, a
 * broker in front of ESIA); with both, either.
 */
export interface EsiaSimClient {
  clientId: string;
  redirectUris: string[];
  /** ESIA: `redirect_url` of /idp/ext/Logout; OIDC: `post_logout_redirect_uri`. */
  postLogoutRedirectUris?: string[];
  /** ESIA protocol: the certificate (PEM) its client_secret signatures verify against. */
  certificatePem?: string;
  /** OIDC mode: the client secret. */
  clientSecret?: string;
  /** ESIA protocol: the scopes approved for the system. Default: every scope the sim knows. */
  scopes?: string[];
  /** ESIA protocol: refuse simplified and standard accounts (ESIA-007055). Default false. */
  confirmedAccountsOnly?: boolean;
}

export interface EsiaSimOptions {
  development: true;
  /** 0 = any free port. Default 0. */
  port?: number;
  /** Default '127.0.0.1'. Use 127.0.0.1 everywhere, never localhost: cookies must match. */
  host?: string;
  clients: EsiaSimClient[];
  /**
   * The sim's clock, for who counts as a minor (under 18 on the current day) and when
   * consents were given. Default: real time. Tests move it to make a child come of age.
   */
  now?: () => Date;
}

export interface RunningEsiaSim {
  /** e.g. http://127.0.0.1:3001 (no trailing slash): the OIDC issuer and the ESIA base URL. */
  issuer: string;
  /** The `iss` of its ESIA-protocol tokens: the base URL with a trailing slash (real ESIA: http://esia.gosuslugi.ru/). */
  tokenIssuer: string;
  /** The certificate (PEM) whose key signs its ESIA-protocol tokens: developmentEsiaCredentials() of @vhod/gost. */
  tokenCertificatePem: string;
  port: number;
  close(): Promise<void>;
}

function validateClients(clients: ReadonlyArray<EsiaSimClient> | undefined): void {
  if (!Array.isArray(clients) || clients.length === 0) {
    throw new TypeError('esia-sim: at least one client is required');
  }
  for (const client of clients) {
    if (!client.clientId || (!client.clientSecret && !client.certificatePem)) {
      throw new TypeError('esia-sim: every client needs a clientId and a certificatePem (ESIA protocol) or a clientSecret (OIDC)');
    }
    if (!Array.isArray(client.redirectUris) || client.redirectUris.length === 0) {
      throw new TypeError(`esia-sim: client "${client.clientId}" needs at least one redirect URI`);
    }
    for (const uri of [...client.redirectUris, ...(client.postLogoutRedirectUris ?? [])]) {
      let parsed: URL;
      try {
        parsed = new URL(uri);
      } catch {
        throw new TypeError(`esia-sim: client "${client.clientId}" has an invalid URI: ${uri}`);
      }
      if (parsed.hostname === 'localhost') {
        console.warn(`esia-sim: ${uri} uses "localhost"; use 127.0.0.1 everywhere or cookies will not match`);
      }
    }
  }
}

function issuerHostFor(host: string): string {
  // A wildcard bind address is not somewhere a browser can be sent to.
  if (host === '0.0.0.0' || host === '::') {
    return '127.0.0.1';
  }
  return host.includes(':') ? `[${host}]` : host;
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

export async function startEsiaSim(options: EsiaSimOptions): Promise<RunningEsiaSim> {
  assertDevelopmentOnly(options);
  validateClients(options.clients);
  const esiaClients = registerEsiaClients(options.clients);
  const esiaCredentials = developmentEsiaCredentials();
  const tokenSigner = await pureJsSigner(esiaCredentials);
  const host = options.host ?? '127.0.0.1';

  // The issuer contains the port, and with port 0 the port is known only after listening,
  // so the server starts first and gets its handler once the provider exists.
  const server = createServer();
  const port = await listen(server, options.port ?? 0, host);
  const issuer = `http://${issuerHostFor(host)}:${port}`;

  const consents = new RememberedConsents();
  const provider = createEsiaProvider({ issuer, clients: options.clients, consents });
  // oidc-provider turns unexpected failures into a server_error page and an event; show the cause.
  provider.on('server_error', (_ctx, error) => console.error('esia-sim: server error', error));
  const providerHandler = provider.callback();
  const now = options.now ?? (() => new Date());
  const parentalConsents = new ParentalConsents();
  const context = { provider, consents, parentalConsents, now };
  const cabinetContext = { sessions: new CabinetSessions(), parentalConsents, now };
  const esiaContext: EsiaContext = {
    issuer,
    clients: esiaClients,
    flows: new ExpiringMap(now, lifetimes.flowMs),
    sessions: new ExpiringMap(now, lifetimes.sessionMs),
    codes: new ExpiringMap(now, lifetimes.codeMs),
    tokenSigner,
    tokenCertificatePem: esiaCredentials.certificatePem,
    verifier: pureJsVerifier(),
    consents,
    parentalConsents,
    now,
  };

  const relyingParties = options.clients.flatMap((client) => [...client.redirectUris, ...(client.postLogoutRedirectUris ?? [])]);
  const securityHeaders = pageSecurityHeaders([...new Set(relyingParties.map((uri) => new URL(uri).origin))]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', issuer);
    const { pathname } = url;
    if (pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
      sendHtml(res, 200, renderIndexPage(issuer));
      return;
    }
    if (isCabinetPath(pathname)) {
      await routeCabinet(cabinetContext, url, req, res);
      return;
    }
    if (await routeEsia(esiaContext, url, req, res)) {
      return;
    }
    const interaction = parseInteractionPath(pathname);
    if (interaction !== undefined) {
      await routeInteraction(context, interaction.uid, interaction.action, req, res);
      return;
    }
    await providerHandler(req, res);
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error('esia-sim: request failed', error);
      if (!res.headersSent) {
        sendHtml(res, 500, renderErrorPage({ message: 'Внутренняя ошибка тестовой среды.' }));
      } else {
        res.destroy();
      }
    });
  });

  let closing: Promise<void> | undefined;
  return {
    issuer,
    tokenIssuer: tokenIssuerOf(issuer),
    tokenCertificatePem: esiaCredentials.certificatePem,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would hold close() open otherwise.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
