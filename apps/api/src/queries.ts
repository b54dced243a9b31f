// The hot-path queries, exported so the benchmarks measure the very functions the API calls.
export { findSignInCandidates } from './sign-in/find-sign-in-candidates';
export { countReadiness } from './readiness/readiness-count';
export { refreshReadinessSnapshot, snapshotClassRows, snapshotOrganisationRows } from './readiness/readiness-snapshot';
export { createSessionStore } from './sessions/session-store';
