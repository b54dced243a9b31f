import { developmentClientCredentials } from '@vhod/gost';
import { demoCitizens } from './citizens';
import { startEsiaSim, type EsiaSimClient } from './start-esia-sim';

/**
 * CLI: tsx src/main.ts --development
 *
 * Environment: ESIA_SIM_PORT (3001), ESIA_SIM_HOST (127.0.0.1), ESIA_SIM_CLIENT_ID (vhod),
 * ESIA_SIM_CLIENT_SECRET (vhod-dev-secret), ESIA_SIM_REDIRECT_URIS (comma-separated,
 * http://127.0.0.1:3000/auth/esia/callback), ESIA_SIM_POST_LOGOUT_REDIRECT_URIS
 * (comma-separated, default: the origins of the redirect URIs with a trailing slash).
 * The client is registered for both protocols: ESIA's with the development client certificate
 * of @vhod/gost, OIDC with the secret.
 */

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function listFromEnv(name: string, fallback: string): string[] {
  return (process.env[name] ?? fallback)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function portFromEnv(): number {
  const raw = process.env.ESIA_SIM_PORT ?? '3001';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`esia-sim: ESIA_SIM_PORT must be a port number, got "${raw}"`);
  }
  return port;
}

async function main(): Promise<void> {
  if (!process.argv.slice(2).includes('--development')) {
    fail(
      'esia-sim: this is a development identity provider; it refuses to run in production.\n' +
        'Start it with an explicit --development flag: tsx src/main.ts --development',
    );
  }

  const redirectUris = listFromEnv('ESIA_SIM_REDIRECT_URIS', 'http://127.0.0.1:3000/auth/esia/callback');
  const defaultPostLogout = [...new Set(redirectUris.map((uri) => `${new URL(uri).origin}/`))].join(',');
  const client: EsiaSimClient = {
    clientId: process.env.ESIA_SIM_CLIENT_ID ?? 'vhod',
    clientSecret: process.env.ESIA_SIM_CLIENT_SECRET ?? 'vhod-dev-secret',
    certificatePem: developmentClientCredentials().certificatePem,
    redirectUris,
    postLogoutRedirectUris: listFromEnv('ESIA_SIM_POST_LOGOUT_REDIRECT_URIS', defaultPostLogout),
  };

  const sim = await startEsiaSim({
    development: true,
    port: portFromEnv(),
    host: process.env.ESIA_SIM_HOST ?? '127.0.0.1',
    clients: [client],
  });

  console.log(`esia-sim: development ESIA listening at ${sim.issuer}`);
  console.log(
    `  ESIA:       ${sim.issuer}/aas/oauth2/v2/ac (tokens: iss ${sim.tokenIssuer}, GOST key of @vhod/gost's developmentEsiaCredentials)`,
  );
  console.log(`  OIDC:       ${sim.issuer}/.well-known/openid-configuration`);
  console.log(`  client:     ${client.clientId} → ${client.redirectUris.join(', ')}`);
  console.log(`  citizens:   ${demoCitizens.length} (password "demo"), list at ${sim.issuer}/`);

  const shutdown = (): void => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
