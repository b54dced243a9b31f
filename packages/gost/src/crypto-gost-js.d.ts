// The parts of @wavesenterprise/crypto-gost-js (which ships no types) that pure-js-gost.ts uses. Binary arguments are
// little-endian the way the library reads them; pure-js-gost.ts is the only module that touches it.
declare module '@wavesenterprise/crypto-gost-js/dist/CryptoGost.js' {
  type Binary = ArrayBuffer | Uint8Array;

  interface DigestAlgorithm {
    name: 'GOST R 34.11';
    version: 2012;
    length: 256;
  }

  interface SignAlgorithm {
    name: 'GOST R 34.10';
    version: 2012;
    length: 256;
    namedCurve: string;
    procreator?: 'CP';
    ukm?: Uint8Array;
  }

  interface GostDigest {
    digest(data: Binary): ArrayBuffer;
  }

  interface GostSign {
    sign(privateKey: Binary, digest: Binary): ArrayBuffer;
    verify(publicKey: Binary, signature: Binary, digest: Binary): boolean;
    generateKey(): { privateKey: ArrayBuffer; publicKey: ArrayBuffer };
  }

  export interface PrivateKeyInfo {
    privateKeyAlgorithm?: { namedCurve?: string };
    privateKey?: ArrayBuffer;
  }

  export interface PublicKey {
    algorithm?: { namedCurve?: string };
    buffer?: ArrayBuffer;
  }

  interface Certificate {
    getPublicKey(): Promise<PublicKey>;
  }

  const library: {
    GostEngine: {
      getGostDigest(algorithm: DigestAlgorithm): GostDigest;
      getGostSign(algorithm: SignAlgorithm): GostSign;
    };
    CryptoGost: {
      asn1: { PrivateKeyInfo: new (der: ArrayBuffer) => PrivateKeyInfo };
      cert: { X509: new (der: ArrayBuffer) => Certificate };
    };
  };
  export default library;
}
