export const productionRefusalMessage = 'this is a development identity provider; it refuses to run in production';

export class EsiaSimRefusedError extends Error {
  override readonly name = 'EsiaSimRefusedError';
}

/**
 * The sim hands out identities for made-up people to anyone who clicks a button. It must
 * never stand in for ESIA outside development, so it refuses unless the caller says
 * `development: true` explicitly and the process is not marked as production.
 */
export function assertDevelopmentOnly(options: { development?: unknown } | undefined): void {
  if (options?.development !== true) {
    throw new EsiaSimRefusedError(`esia-sim: ${productionRefusalMessage} (pass development: true to start it)`);
  }
  if (process.env.NODE_ENV === 'production') {
    throw new EsiaSimRefusedError(`esia-sim: ${productionRefusalMessage} (NODE_ENV is "production")`);
  }
}
