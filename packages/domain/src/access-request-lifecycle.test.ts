import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import {
  accessRequestActions,
  accessRequestStatuses,
  availableAccessRequestActions,
  canApplyAccessRequestAction,
  decisionCommentRequired,
  isAccessRequestAction,
  isAccessRequestStatus,
  isOpenAccessRequest,
  nextAccessRequestStatus,
  type AccessRequestAction,
  type AccessRequestStatus,
} from './access-request-lifecycle';

/** The complete state machine: every (status, action) pair, allowed ones with their result. */
const table: Array<[AccessRequestStatus, AccessRequestAction, AccessRequestStatus | 'forbidden']> = [
  ['new', 'take', 'in_review'],
  ['new', 'resolve', 'resolved'],
  ['new', 'reject', 'rejected'],
  ['new', 'release', 'forbidden'],
  ['in_review', 'take', 'forbidden'],
  ['in_review', 'resolve', 'resolved'],
  ['in_review', 'reject', 'rejected'],
  ['in_review', 'release', 'new'],
  ['resolved', 'take', 'forbidden'],
  ['resolved', 'resolve', 'forbidden'],
  ['resolved', 'reject', 'forbidden'],
  ['resolved', 'release', 'forbidden'],
  ['rejected', 'take', 'forbidden'],
  ['rejected', 'resolve', 'forbidden'],
  ['rejected', 'reject', 'forbidden'],
  ['rejected', 'release', 'forbidden'],
];

describe('access request statuses and actions', () => {
  it('are the ones the database enum and the API use', () => {
    expect(accessRequestStatuses).toEqual(['new', 'in_review', 'resolved', 'rejected']);
    expect(accessRequestActions).toEqual(['take', 'resolve', 'reject', 'release']);
  });

  it('the table covers every status × action pair exactly once', () => {
    const pairs = table.map(([status, action]) => `${status}/${action}`);
    expect(new Set(pairs).size).toBe(accessRequestStatuses.length * accessRequestActions.length);
    expect(pairs).toHaveLength(accessRequestStatuses.length * accessRequestActions.length);
  });
});

describe('nextAccessRequestStatus', () => {
  it.each(table.filter(([, , next]) => next !== 'forbidden'))('%s + %s → %s', (status, action, next) => {
    expect(nextAccessRequestStatus(status, action)).toBe(next);
    expect(canApplyAccessRequestAction(status, action)).toBe(true);
  });

  it.each(table.filter(([, , next]) => next === 'forbidden'))('%s + %s is refused', (status, action) => {
    let caught: unknown;
    try {
      nextAccessRequestStatus(status, action);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('invalid-transition');
    expect((caught as DomainError).details).toEqual({ status, action });
    expect(canApplyAccessRequestAction(status, action)).toBe(false);
  });

  it('refuses unknown values from the database or a request, including Object.prototype names', () => {
    const cast = <T>(value: string) => value as unknown as T;
    expect(() => nextAccessRequestStatus(cast('closed'), 'take')).toThrow(DomainError);
    expect(() => nextAccessRequestStatus('new', cast('constructor'))).toThrow(DomainError);
    expect(() => nextAccessRequestStatus('new', cast('toString'))).toThrow(DomainError);
    expect(() => nextAccessRequestStatus(cast('__proto__'), 'take')).toThrow(DomainError);
    expect(canApplyAccessRequestAction('new', cast('hasOwnProperty'))).toBe(false);
  });

  it('nothing leads out of a final status', () => {
    for (const status of ['resolved', 'rejected'] as const) {
      expect(availableAccessRequestActions(status)).toEqual([]);
    }
  });
});

describe('availableAccessRequestActions', () => {
  it('lists what the queue may offer in each open status', () => {
    expect(availableAccessRequestActions('new')).toEqual(['take', 'resolve', 'reject']);
    expect(availableAccessRequestActions('in_review')).toEqual(['resolve', 'reject', 'release']);
  });
});

describe('isOpenAccessRequest', () => {
  it('is true for new and in_review only', () => {
    expect(accessRequestStatuses.filter(isOpenAccessRequest)).toEqual(['new', 'in_review']);
  });

  it('matches the statuses that still allow an action', () => {
    for (const status of accessRequestStatuses) {
      expect(isOpenAccessRequest(status), status).toBe(availableAccessRequestActions(status).length > 0);
    }
  });
});

describe('decisionCommentRequired', () => {
  it('only the decisions the family sees need a comment', () => {
    expect(accessRequestActions.filter(decisionCommentRequired)).toEqual(['resolve', 'reject']);
  });
});

describe('guards', () => {
  it('recognise known statuses and actions only', () => {
    expect(isAccessRequestStatus('in_review')).toBe(true);
    expect(isAccessRequestStatus('in-review')).toBe(false);
    expect(isAccessRequestStatus(null)).toBe(false);
    expect(isAccessRequestAction('release')).toBe(true);
    expect(isAccessRequestAction('approve')).toBe(false);
  });
});
