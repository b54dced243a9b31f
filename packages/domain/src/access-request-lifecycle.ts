import { DomainError } from './domain-error';

/**
 * The life of an access request: new → in_review → resolved | rejected.
 *
 * - take: a staff member picks a new request from the queue (new → in_review);
 * - release: gives a taken request back to the queue (in_review → new);
 * - resolve / reject: the decision, from the queue directly or after taking (→ resolved / rejected).
 * resolved and rejected are final: a family that still needs help sends a new request.
 * Every applied action is recorded as an event of the request's history (access_request_events).
 *
 * Kept in step with the database enum `access_request_status`.
 */
export const accessRequestStatuses = ['new', 'in_review', 'resolved', 'rejected'] as const;
export type AccessRequestStatus = (typeof accessRequestStatuses)[number];

export const accessRequestActions = ['take', 'resolve', 'reject', 'release'] as const;
export type AccessRequestAction = (typeof accessRequestActions)[number];

/** The whole state machine; any pair missing here is forbidden. */
const transitions: Readonly<Record<AccessRequestStatus, Readonly<Partial<Record<AccessRequestAction, AccessRequestStatus>>>>> = {
  new: { take: 'in_review', resolve: 'resolved', reject: 'rejected' },
  in_review: { release: 'new', resolve: 'resolved', reject: 'rejected' },
  resolved: {},
  rejected: {},
};

/** The status after `action`, or DomainError('invalid-transition') when the action is not allowed in `status`. */
export function nextAccessRequestStatus(status: AccessRequestStatus, action: AccessRequestAction): AccessRequestStatus {
  const next = lookup(status, action);
  if (next === null) throw new DomainError('invalid-transition', { status, action });
  return next;
}

/** Whether `action` may be applied in `status`; never throws. */
export function canApplyAccessRequestAction(status: AccessRequestStatus, action: AccessRequestAction): boolean {
  return lookup(status, action) !== null;
}

/** The actions to offer for a request in `status` (e.g. which buttons to show), in `accessRequestActions` order. */
export function availableAccessRequestActions(status: AccessRequestStatus): AccessRequestAction[] {
  return accessRequestActions.filter((action) => lookup(status, action) !== null);
}

/** Open requests wait for staff, show in the queue and block a duplicate request. */
export function isOpenAccessRequest(status: AccessRequestStatus): boolean {
  return status === 'new' || status === 'in_review';
}

/** A decision must be explained: the family sees the comment in the notification and on the status page. */
export function decisionCommentRequired(action: AccessRequestAction): boolean {
  return action === 'resolve' || action === 'reject';
}

export function isAccessRequestStatus(value: unknown): value is AccessRequestStatus {
  return typeof value === 'string' && (accessRequestStatuses as readonly string[]).includes(value);
}

export function isAccessRequestAction(value: unknown): value is AccessRequestAction {
  return typeof value === 'string' && (accessRequestActions as readonly string[]).includes(value);
}

// Values come from the database and from requests: an unknown status or an action named like an
// Object.prototype member ('constructor', 'toString') must not find anything.
function lookup(status: unknown, action: unknown): AccessRequestStatus | null {
  if (!isAccessRequestStatus(status) || !isAccessRequestAction(action)) return null;
  const allowed = transitions[status];
  return Object.hasOwn(allowed, action) ? (allowed[action] ?? null) : null;
}
