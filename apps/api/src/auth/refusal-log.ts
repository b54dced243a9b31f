import type { Logger } from '../logging/logger';
import type { SignInRefusal, SignInRefusalReason } from './identity-provider';

/** Refusals no citizen can cause or fix: the deployment's certificate, clock, registration, signer or ESIA itself. */
const operatorReasons: ReadonlySet<SignInRefusalReason> = new Set([
  'client-rejected',
  'clock-skew',
  'redirect-not-registered',
  'scope-not-granted',
  'signing-failed',
  'unavailable',
]);

/** Tells operators about a sign-in that failed for the deployment's reasons: the reason, ESIA's code and the check, no personal data. */
export function logOperatorRefusal(logger: Logger, stage: 'start' | 'callback', refusal: SignInRefusal): void {
  if (!operatorReasons.has(refusal.reason)) return;
  logger.warn({ event: 'esia-sign-in-refused', stage, reason: refusal.reason, esiaCode: refusal.esiaCode, detail: refusal.detail ?? null });
}
