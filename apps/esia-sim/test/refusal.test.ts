import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EsiaSimRefusedError, startEsiaSim, type EsiaSimOptions } from '../src/index';
import { testClient } from './support/test-relying-party';

const refusal = 'this is a development identity provider; it refuses to run in production';
const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('refusing to run outside development', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses without development: true', async () => {
    const options = { port: 0, clients: [testClient] } as unknown as EsiaSimOptions;
    await expect(startEsiaSim(options)).rejects.toThrow(refusal);
    await expect(startEsiaSim({ ...options, development: false } as unknown as EsiaSimOptions)).rejects.toBeInstanceOf(EsiaSimRefusedError);
  });

  it('refuses when NODE_ENV is production, even with development: true', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(startEsiaSim({ development: true, port: 0, clients: [testClient] })).rejects.toThrow(refusal);
  });

  it('the CLI exits non-zero without --development and with NODE_ENV=production', () => {
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
        cwd: packageDir,
        env: { ...process.env, ESIA_SIM_PORT: '0', ...env },
        encoding: 'utf8',
        timeout: 20_000,
      });

    const withoutFlag = run([], { NODE_ENV: 'development' });
    expect(withoutFlag.status).toBe(1);
    expect(withoutFlag.stderr).toContain(refusal);

    const inProduction = run(['--development'], { NODE_ENV: 'production' });
    expect(inProduction.status).toBe(1);
    expect(inProduction.stderr).toContain(refusal);
  }, 30_000);
});
