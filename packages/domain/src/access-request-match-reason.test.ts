import { describe, expect, it } from 'vitest';
import { accessRequestMatchReasons, isAccessRequestMatchReason } from './access-request-match-reason';

describe('accessRequestMatchReasons', () => {
  it('are the reasons stored in match_reason', () => {
    expect(accessRequestMatchReasons).toEqual([
      'no-matching-card',
      'card-with-other-role',
      'unconfirmed-account',
      'ambiguous-match',
      'card-already-linked',
      'organisation-missing',
    ]);
    expect(new Set(accessRequestMatchReasons).size).toBe(accessRequestMatchReasons.length);
  });

  it('isAccessRequestMatchReason recognises the known reasons only', () => {
    for (const reason of accessRequestMatchReasons) expect(isAccessRequestMatchReason(reason)).toBe(true);
    expect(isAccessRequestMatchReason('name-differs')).toBe(false);
    expect(isAccessRequestMatchReason(undefined)).toBe(false);
  });
});
