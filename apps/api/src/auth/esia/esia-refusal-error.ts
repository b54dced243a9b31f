import type { SignInRefusal, SignInRefusalReason } from '../identity-provider';

/** A step of ESIA's protocol that cannot go on; the provider turns it into the sign-in's refusal. */
export class EsiaRefusalError extends Error {
  override readonly name = 'EsiaRefusalError';

  constructor(readonly refusal: SignInRefusal) {
    super(
      `ESIA sign-in refused: ${refusal.reason}${refusal.esiaCode ? ` (${refusal.esiaCode})` : ''}${refusal.detail ? `: ${refusal.detail}` : ''}`,
    );
  }

  /** A refusal of our own making: which check failed, never the data that failed it. */
  static of(reason: SignInRefusalReason, detail: string): EsiaRefusalError {
    return new EsiaRefusalError({ reason, esiaCode: null, error: null, detail });
  }
}
