/**
 * Every action the audit log records: the one list the writers are typed against (an action
 * not here does not compile) and the console labels (a test fails on one without a Russian label).
 */
export const auditActions = [
  'sign-in.succeeded',
  'sign-in.failed',
  'sign-in.not-found',
  'sign-in.link-conflict',
  'sign-out',
  'consent.given',
  'consent.declined',
  'esia.linked',
  'esia.unlinked',
  'esia.link-refused',
  'legacy.failed',
  'legacy.locked',
  'legacy.refused',
  'person-card.updated',
  'access-request.created',
  'access-request.taken',
  'access-request.noted',
  'access-request.resolved',
  'access-request.rejected',
  'data-drift.detected',
  'data-drift.accepted',
  'data-drift.dismissed',
  'reply-template.created',
  'reply-template.updated',
  'reply-template.deleted',
  'api-client.created',
  'api-client.secret-rotated',
  'api-client.revoked',
  'api-client.request',
  'email.retried',
  'oidc.signed-in',
  'oidc.consent-given',
  'oidc.consent-declined',
  'oidc-client.created',
  'oidc-client.secret-rotated',
  'oidc-client.revoked',
] as const;

export type AuditAction = (typeof auditActions)[number];
