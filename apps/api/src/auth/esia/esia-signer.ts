import { developmentClientCredentials, httpSigningService, opensslEngineSigner, pureJsSigner, type Signer } from '@vhod/gost';
import type { EsiaSignerConfig } from '../../esia-config';

/** The signer ESIA_SIGNER names (packages/gost), with the same timeout as every call to ESIA. */
export async function esiaSigner(config: EsiaSignerConfig, timeoutMs: number): Promise<Signer> {
  switch (config.kind) {
    case 'openssl':
      return opensslEngineSigner({ keyPath: config.keyPath, certificatePem: config.certificatePem, timeoutMs });
    case 'service':
      return httpSigningService({ url: config.url, certificatePem: config.certificatePem, timeoutMs });
    case 'development':
      return pureJsSigner(developmentClientCredentials());
  }
}
