// The API package exports only its server; the bench measures the very functions the API calls,
// so it imports them from the API's sources.
export { findSignInCandidates } from '../../../apps/api/src/sign-in/find-sign-in-candidates';
export { readinessByClass } from '../../../apps/api/src/readiness/readiness-query';
export { refreshReadinessSnapshot, snapshotClassRows, snapshotOrganisationRows } from '../../../apps/api/src/readiness/readiness-snapshot';
