export type { AccountCandidate } from './account-rows';
export { findMatchCandidates, matchCandidatesQuery, type MatchCandidateQuery } from './find-match-candidates';
export { findAccountsOfPerson } from './find-accounts-of-person';
export { findSignInRows, type LinkedAccounts, type SignInAccount, type SignInRows } from './find-sign-in-rows';
export { findActiveEsiaLink } from './find-active-esia-link';
export { onceAcrossInstances } from './once-across-instances';
export { preparedPerDatabase } from './prepared-per-database';
export { queryRows } from './query-rows';
export { readinessCountsOf, readinessPlaceOf, type ReadinessCountRow } from './readiness-counts';
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
