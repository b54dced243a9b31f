import { startEsiaSim, type RunningEsiaSim } from '@vhod/esia-sim';
import { developmentClientCredentials } from '@vhod/gost';

/** The development ESIA with Vhod registered as the client `vhod` at `publicOrigin` (its callback and sign-out pages). */
export function startDevelopmentEsia(publicOrigin: string): Promise<RunningEsiaSim> {
  return startEsiaSim({
    development: true,
    clients: [
      {
        clientId: 'vhod',
        certificatePem: developmentClientCredentials().certificatePem,
        redirectUris: [`${publicOrigin}/auth/esia/callback`],
        postLogoutRedirectUris: [`${publicOrigin}/`, `${publicOrigin}/staff/`],
      },
    ],
  });
}
