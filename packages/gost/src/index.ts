export { certificateHash } from './certificate-hash.ts';
export { developmentClientCredentials, developmentEsiaCredentials } from './development-credentials.ts';
export { type HttpSigningServiceOptions, httpSigningService } from './http-signing-service.ts';
export { type OpensslEngineSignerOptions, opensslEngineSigner } from './openssl-engine-signer.ts';
export { pureJsSigner, pureJsVerifier } from './pure-js-signer.ts';
export { streebog256 } from './pure-js-gost.ts';
export type { Signer, Verifier } from './signer.ts';
export { SignerError, type SignerErrorCode } from './signer-error.ts';
