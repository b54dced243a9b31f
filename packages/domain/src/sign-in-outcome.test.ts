import { describe, expect, it } from 'vitest';
import { citizens } from '../test/demo-people';
import { decideSignInOutcome, type AccountCandidate } from './sign-in-outcome';

const account = (accountId: string, overrides: Partial<AccountCandidate> = {}): AccountCandidate => ({
  accountId,
  personId: 'person-kuznetsova',
  organisationId: `org-${accountId}`,
  role: 'parent',
  lastSignedInAt: null,
  ...overrides,
});

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('decideSignInOutcome: not linked yet (automatic matching)', () => {
  it("Фёдорова's standard account is not matched even though a card exists", () => {
    expect(
      decideSignInOutcome({ person: citizens.fedorova, linkedPersonId: null, candidates: [account('a1', { personId: 'p-fedorova' })] }),
    ).toEqual({ kind: 'not-found', reason: 'unconfirmed-account' });
  });

  it('Николаев has no card', () => {
    expect(decideSignInOutcome({ person: citizens.nikolaev, linkedPersonId: null, candidates: [] })).toEqual({
      kind: 'not-found',
      reason: 'no-matching-card',
    });
  });

  it('Петрова has one parent account: she goes straight in', () => {
    const only = account('a1', { personId: 'p-petrova' });
    expect(decideSignInOutcome({ person: citizens.petrova, linkedPersonId: null, candidates: [only] })).toEqual({
      kind: 'single',
      account: only,
    });
  });

  it('Кузнецова has accounts in two organisations: she chooses', () => {
    const school = account('school', { lastSignedInAt: null });
    const kindergarten = account('kindergarten', { lastSignedInAt: day('2025-02-01') });
    expect(decideSignInOutcome({ person: citizens.kuznetsova, linkedPersonId: null, candidates: [school, kindergarten] })).toEqual({
      kind: 'choose',
      accounts: [kindergarten, school],
      defaultAccountId: 'kindergarten',
    });
  });

  it('accounts of two different cards are never offered together', () => {
    expect(
      decideSignInOutcome({
        person: citizens.petrova,
        linkedPersonId: null,
        candidates: [account('a1', { personId: 'p1' }), account('a2', { personId: 'p2' })],
      }),
    ).toEqual({ kind: 'not-found', reason: 'no-matching-card' });
  });
});

describe('decideSignInOutcome: subject already linked to a card', () => {
  it('goes in even from a standard (unconfirmed) account', () => {
    const only = account('a1', { personId: 'p-fedorova' });
    expect(decideSignInOutcome({ person: citizens.fedorova, linkedPersonId: 'p-fedorova', candidates: [only] })).toEqual({
      kind: 'single',
      account: only,
    });
  });

  it('goes in even when the names in ESIA no longer match the card', () => {
    const renamed = { ...citizens.petrova, lastName: 'Иванова', trusted: false };
    const only = account('a1', { personId: 'p-petrova' });
    expect(decideSignInOutcome({ person: renamed, linkedPersonId: 'p-petrova', candidates: [only] })).toEqual({
      kind: 'single',
      account: only,
    });
  });

  it('is not found when the linked person has no account with the chosen role', () => {
    expect(decideSignInOutcome({ person: citizens.fedorova, linkedPersonId: 'p-fedorova', candidates: [] })).toEqual({
      kind: 'not-found',
      reason: 'no-matching-card',
    });
  });

  it('ignores accounts of anybody but the linked person', () => {
    const own = account('own', { personId: 'p-smirnov' });
    const foreign = account('foreign', { personId: 'p-other', lastSignedInAt: day('2025-03-01') });
    expect(decideSignInOutcome({ person: citizens.smirnov, linkedPersonId: 'p-smirnov', candidates: [foreign, own] })).toEqual({
      kind: 'single',
      account: own,
    });
  });

  it('lets a linked person with several accounts choose', () => {
    const a = account('a', { personId: 'p-smirnov', role: 'teacher' });
    const b = account('b', { personId: 'p-smirnov', role: 'administrator', lastSignedInAt: day('2024-09-01') });
    expect(decideSignInOutcome({ person: citizens.smirnov, linkedPersonId: 'p-smirnov', candidates: [a, b] })).toEqual({
      kind: 'choose',
      accounts: [b, a],
      defaultAccountId: 'b',
    });
  });
});

describe('decideSignInOutcome: order of the accounts to choose from', () => {
  it('most recently used first, never used last, ties in the order given', () => {
    const never1 = account('never1');
    const old = account('old', { lastSignedInAt: day('2024-01-10') });
    const never2 = account('never2', { lastSignedInAt: undefined });
    const recent = account('recent', { lastSignedInAt: day('2025-03-10') });
    const sameAsOld = account('sameAsOld', { lastSignedInAt: day('2024-01-10') });
    const outcome = decideSignInOutcome({
      person: citizens.kuznetsova,
      linkedPersonId: null,
      candidates: [never1, old, never2, recent, sameAsOld],
    });
    expect(outcome.kind).toBe('choose');
    if (outcome.kind !== 'choose') return;
    expect(outcome.accounts.map((a) => a.accountId)).toEqual(['recent', 'old', 'sameAsOld', 'never1', 'never2']);
    expect(outcome.defaultAccountId).toBe('recent');
  });

  it('defaults to the first account when none was ever used', () => {
    const outcome = decideSignInOutcome({
      person: citizens.kuznetsova,
      linkedPersonId: null,
      candidates: [account('school'), account('kindergarten')],
    });
    expect(outcome).toMatchObject({ kind: 'choose', defaultAccountId: 'school' });
  });

  it('treats an invalid date as never used', () => {
    const outcome = decideSignInOutcome({
      person: citizens.kuznetsova,
      linkedPersonId: null,
      candidates: [account('broken', { lastSignedInAt: new Date('nonsense') }), account('used', { lastSignedInAt: day('2020-01-01') })],
    });
    expect(outcome).toMatchObject({ kind: 'choose', defaultAccountId: 'used' });
  });

  it('does not offer the same account twice', () => {
    const school = account('school');
    expect(decideSignInOutcome({ person: citizens.kuznetsova, linkedPersonId: null, candidates: [school, { ...school }] })).toEqual({
      kind: 'single',
      account: school,
    });
  });

  it("does not reorder the caller's array", () => {
    const candidates = [account('never'), account('recent', { lastSignedInAt: day('2025-03-10') })];
    decideSignInOutcome({ person: citizens.kuznetsova, linkedPersonId: null, candidates });
    expect(candidates.map((a) => a.accountId)).toEqual(['never', 'recent']);
  });
});
