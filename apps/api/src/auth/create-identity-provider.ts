import type { Clock } from '../clock/clock';
import type { EsiaConfig } from '../esia-config';
import { esiaIdentityProvider } from './esia/esia-identity-provider';
import type { IdentityProvider } from './identity-provider';
import { oidcIdentityProvider } from './oidc/oidc-identity-provider';

/** ESIA_PROTOCOL picks the implementation behind the seam. */
export function createIdentityProvider(config: EsiaConfig, clock: Clock): IdentityProvider {
  return config.protocol === 'esia' ? esiaIdentityProvider(config, { clock }) : oidcIdentityProvider(config);
}
