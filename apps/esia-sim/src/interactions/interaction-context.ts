import type Provider from 'oidc-provider';
import type { ParentalConsents } from '../parental-consents';
import type { RememberedConsents } from '../remembered-consents';

/** What the interaction handlers of one running sim share. */
export interface InteractionContext {
  provider: Provider;
  consents: RememberedConsents;
  parentalConsents: ParentalConsents;
  /** The sim's clock: tests move it to make a minor come of age. */
  now: () => Date;
}

/** The interaction the browser's cookie points at is gone, expired or belongs to another page. */
export class InteractionNotFoundError extends Error {
  override readonly name = 'InteractionNotFoundError';
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
