import { describe, expect, it } from 'vitest';
import { citizens } from '../test/demo-people';
import { accessRequestEligibility, accessRequestIneligibilities } from './access-request-eligibility';
import type { EsiaPerson } from './esia-person';

const parentWithChildren = citizens.petrova;
const confirmedWithoutChildren = citizens.orlova;
const unconfirmed = citizens.fedorova;
const student = citizens.petrovMikhail;

describe('accessRequestEligibility', () => {
  it('the reasons are the ones the UI explains', () => {
    expect(accessRequestIneligibilities).toEqual(['unconfirmed-account', 'no-children-in-esia', 'staff-role']);
  });

  it('a confirmed parent with children in ESIA may send a request', () => {
    expect(parentWithChildren.trusted).toBe(true);
    expect(parentWithChildren.children.length).toBeGreaterThan(0);
    expect(accessRequestEligibility({ person: parentWithChildren, role: 'parent' })).toEqual({ eligible: true });
  });

  it('a confirmed student may send a request, children or not', () => {
    expect(accessRequestEligibility({ person: student, role: 'student' })).toEqual({ eligible: true });
    expect(accessRequestEligibility({ person: parentWithChildren, role: 'student' })).toEqual({ eligible: true });
  });

  it('a parent without children in the ESIA profile may not', () => {
    expect(confirmedWithoutChildren.children).toEqual([]);
    expect(accessRequestEligibility({ person: confirmedWithoutChildren, role: 'parent' })).toEqual({
      eligible: false,
      reason: 'no-children-in-esia',
    });
  });

  it('an unconfirmed account may not, whatever the role', () => {
    expect(unconfirmed.trusted).toBe(false);
    for (const role of ['parent', 'student'] as const) {
      expect(accessRequestEligibility({ person: unconfirmed, role })).toEqual({ eligible: false, reason: 'unconfirmed-account' });
    }
    // An unconfirmed parent even with children: confirmation is the first thing to fix.
    const unconfirmedParent: EsiaPerson = { ...parentWithChildren, trusted: false };
    expect(accessRequestEligibility({ person: unconfirmedParent, role: 'parent' })).toEqual({
      eligible: false,
      reason: 'unconfirmed-account',
    });
  });

  it('staff never use this form, confirmed or not', () => {
    for (const person of [parentWithChildren, confirmedWithoutChildren, unconfirmed]) {
      expect(accessRequestEligibility({ person, role: 'staff' })).toEqual({ eligible: false, reason: 'staff-role' });
    }
  });

  it('a non-boolean trusted flag (a broken snapshot) is not confirmed', () => {
    const odd = { ...parentWithChildren, trusted: 'true' } as unknown as EsiaPerson;
    expect(accessRequestEligibility({ person: odd, role: 'parent' })).toEqual({ eligible: false, reason: 'unconfirmed-account' });
  });
});
