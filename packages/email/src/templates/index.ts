export { accessRequestCreated, type AccessRequestCreatedData } from './access-request-created';
export { accessRequestResolved, type AccessRequestDecisionData } from './access-request-resolved';
export { accessRequestRejected } from './access-request-rejected';
export type { RenderedEmail } from './rendered-email';
