import { certificateHash } from './certificate-hash.ts';
import type { Signer, Verifier } from './signer.ts';
import { SignerError } from './signer-error.ts';

export interface HttpSigningServiceOptions {
  /** The service's signing endpoint; the contract is in this package's README. */
  url: string;
  /** The certificate of the key the service signs with: its hash is sent to ESIA, and `verifier` checks against it. */
  certificatePem: string;
  timeoutMs?: number;
  /** Sent with every request, e.g. `Authorization`. */
  headers?: Record<string, string>;
  /**
   * Checks each returned signature against `certificatePem`, so a service that signs with another key or returns
   * CryptoAPI's reversed byte order fails here, with a reason, instead of at ESIA as ESIA-007053.
   */
  verifier?: Verifier;
}

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Signs through an HTTP service (how regions run CryptoPro CSP or DSS, or an HSM):
 * `POST {"data": base64}` → `200 {"signature": base64 of the 64-byte s ‖ r}`.
 */
export function httpSigningService(options: HttpSigningServiceOptions): Signer {
  const hash = certificateHash(options.certificatePem);
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function requestSignature(data: Uint8Array): Promise<unknown> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { ...options.headers, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ data: Buffer.from(data).toString('base64') }),
        signal: abort.signal,
      });
      if (!response.ok) throw new SignerError('bad-response', `The signing service answered HTTP ${response.status}`);
      return await response.json().catch((cause: unknown) => {
        if (abort.signal.aborted) throw cause;
        throw new SignerError('bad-response', 'The signing service did not answer with JSON', { cause });
      });
    } catch (cause) {
      if (cause instanceof SignerError) throw cause;
      if (abort.signal.aborted) throw new SignerError('timeout', `The signing service did not answer within ${timeoutMs} ms`, { cause });
      throw new SignerError('unreachable', `The signing service at ${options.url} cannot be reached`, { cause });
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async sign(data) {
      const answer = await requestSignature(data);
      const encoded = typeof answer === 'object' && answer !== null ? (answer as { signature?: unknown }).signature : undefined;
      const signature = typeof encoded === 'string' && base64.test(encoded) ? new Uint8Array(Buffer.from(encoded, 'base64')) : null;
      if (signature?.length !== 64) {
        throw new SignerError('bad-response', 'The signing service did not return "signature": the base64 of 64 bytes');
      }
      if (options.verifier && !(await options.verifier.verify(data, signature, options.certificatePem))) {
        throw new SignerError(
          'bad-response',
          "The signing service's signature does not verify against the configured certificate: another key, or the bytes reversed (CryptoAPI order) instead of s ‖ r",
        );
      }
      return signature;
    },
    certificateHash: async () => hash,
  };
}
