import { DomainError, type LinkAssessment } from '@vhod/domain';

/** The refusal names what did not match (the kinds of difference, never the values). */
export function linkIdentityMismatch(assessment: LinkAssessment): DomainError {
  return new DomainError('link-identity-mismatch', { mismatches: assessment.mismatches });
}
