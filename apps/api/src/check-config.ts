// `pnpm --filter @vhod/api config:check`: loads the configuration from the environment as `pnpm start` does and exits 1
// with every missing or invalid setting, one per line, or 0 with what it would run. Run it before starting a deployment.
import { loadApiConfig } from './config';
import { ConfigError } from './config-error';

try {
  const { esia, publicOrigin, production } = loadApiConfig(process.env, { requireDatabase: true });
  const signer = esia.protocol === 'esia' ? `, signer ${esia.signer.kind}` : '';
  console.log(
    `Configuration complete: ${production ? 'production' : 'development'} at ${publicOrigin}, ESIA protocol ${esia.protocol}${signer}`,
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
