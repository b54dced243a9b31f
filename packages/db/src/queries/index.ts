export type { AccountCandidate } from './account-rows';
export { findMatchCandidates, matchCandidatesQuery, type MatchCandidateQuery } from './find-match-candidates';
export { findAccountsOfPerson } from './find-accounts-of-person';
export { findActiveEsiaLink } from './find-active-esia-link';
export {
  EsiaLinkConflictError,
  esiaLinkConflictOf,
  linkEsiaSubject,
  type EsiaLinkConflict,
  type LinkEsiaSubjectInput,
} from './link-esia-subject';
export { writeAuditEntry, type AuditEntryInput } from './write-audit-entry';
export { nextAccessRequestSequence } from './next-access-request-number';
export { uniqueViolationOf } from './postgres-error';
export {
  findChildrenOfPerson,
  findSchoolAccount,
  type AccountOrganisation,
  type ChildAccount,
  type PersonName,
  type SchoolAccount,
} from './school-accounts';
