import { describe, expect, it } from 'vitest';
import type { DeploymentPolicy } from './deployment-policy';
import { hasOtherSignInWay, isLegacySignInAllowed, isSelfLinkAllowed, legacyLinkCheck } from './legacy-sign-in-policy';
import { accountRoles, isStaffRole, signInRoles, type AccountRole } from './roles';

const cutoff = '2025-03-17';
const strict: DeploymentPolicy = { selfLinkCutoff: cutoff, legacySignInForUnder14: false, regionName: 'Тест' };
const lenient: DeploymentPolicy = { ...strict, legacySignInForUnder14: true };

const before = '2025-03-16';
const after = '2025-03-18';
const adultBirthDate = '1985-04-12';
/** Turns 14 on `after`. */
const fourteenOnAfter = '2011-03-18';
/** Turns 14 the day after `after`: still 13 on it. */
const fourteenTomorrow = '2011-03-19';

const staffRoles = accountRoles.filter(isStaffRole);
const familyRoles = accountRoles.filter((role) => !isStaffRole(role));

function allowed(policy: DeploymentPolicy, today: string, role: AccountRole, birthDate: string | null): boolean {
  return isLegacySignInAllowed({ policy, today, role, birthDate });
}

describe('isLegacySignInAllowed', () => {
  it('until the cutoff day inclusive: every parent and student, whatever the age or setting', () => {
    for (const today of [before, cutoff]) {
      for (const policy of [strict, lenient]) {
        for (const role of familyRoles) {
          expect(allowed(policy, today, role, adultBirthDate), `${today} ${role}`).toBe(true);
          expect(allowed(policy, today, role, null), `${today} ${role} no birth date`).toBe(true);
        }
      }
    }
  });

  it('never staff, not even before the cutoff', () => {
    for (const role of staffRoles) {
      for (const today of [before, after]) {
        expect(allowed(lenient, today, role, fourteenTomorrow), `${today} ${role}`).toBe(false);
      }
    }
  });

  it('after the cutoff: nobody over 13, whatever the setting', () => {
    for (const policy of [strict, lenient]) {
      for (const role of accountRoles) {
        expect(allowed(policy, after, role, adultBirthDate), role).toBe(false);
      }
    }
  });

  it('after the cutoff, with the under-14 setting on: a student of 13 (birthday tomorrow) yes, of 14 (birthday today) no', () => {
    expect(allowed(lenient, after, 'student', fourteenTomorrow)).toBe(true);
    expect(allowed(lenient, after, 'student', fourteenOnAfter)).toBe(false);
  });

  it('after the cutoff, with the under-14 setting off: not even a student of 13', () => {
    expect(allowed(strict, after, 'student', fourteenTomorrow)).toBe(false);
    expect(allowed(strict, after, 'student', fourteenOnAfter)).toBe(false);
  });

  it('the exception is for students only', () => {
    for (const role of accountRoles.filter((r) => r !== 'student')) {
      expect(allowed(lenient, after, role, fourteenTomorrow), role).toBe(false);
    }
  });

  it('an unknown or unusable birth date gets no exception', () => {
    expect(allowed(lenient, after, 'student', null)).toBe(false);
    expect(allowed(lenient, after, 'student', '19.03.2011')).toBe(false);
    expect(allowed(lenient, after, 'student', '2030-01-01')).toBe(false);
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    for (const role of ['parent', 'teacher'] as const) {
      expect(() => allowed(strict, '18.03.2025', role, null), role).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    }
  });
});

describe('legacyLinkCheck', () => {
  const check = (signInRole: (typeof signInRoles)[number], role: AccountRole) =>
    legacyLinkCheck({ policy: strict, today: before, signInRole, role, birthDate: adultBirthDate });

  it('a family login is checked and a refusal may say why: its own sign-in would confirm the password anyway', () => {
    for (const signInRole of signInRoles) {
      for (const role of familyRoles) expect(check(signInRole, role), `${signInRole} ${role}`).toBe('check');
    }
  });

  it('a staff login from a staff sign-in is checked, but a refusal must not confirm the password', () => {
    for (const role of staffRoles) expect(check('staff', role), role).toBe('check-quietly');
  });

  it('a staff login from a family sign-in is refused without checking the password', () => {
    for (const signInRole of ['parent', 'student'] as const) {
      for (const role of staffRoles) expect(check(signInRole, role), `${signInRole} ${role}`).toBe('refuse');
    }
  });
});

describe('isSelfLinkAllowed', () => {
  it('open through the cutoff day, closed the day after', () => {
    expect(isSelfLinkAllowed({ policy: strict, today: before })).toBe(true);
    expect(isSelfLinkAllowed({ policy: strict, today: cutoff })).toBe(true);
    expect(isSelfLinkAllowed({ policy: strict, today: after })).toBe(false);
  });

  it('the under-14 setting does not reopen self-linking', () => {
    expect(isSelfLinkAllowed({ policy: lenient, today: after })).toBe(false);
  });
});

describe('hasOtherSignInWay', () => {
  const base = { policy: strict, today: before, role: 'parent' as AccountRole, birthDate: adultBirthDate };

  it('before the cutoff: yes with a legacy login, no without one', () => {
    expect(hasOtherSignInWay({ ...base, hasLegacyLogin: true })).toBe(true);
    expect(hasOtherSignInWay({ ...base, hasLegacyLogin: false })).toBe(false);
  });

  it('a staff member has no other way: their legacy login never signs in', () => {
    expect(hasOtherSignInWay({ ...base, role: 'teacher', hasLegacyLogin: true })).toBe(false);
  });

  it('after the cutoff: an adult with a legacy login has no other way', () => {
    expect(hasOtherSignInWay({ ...base, today: after, hasLegacyLogin: true })).toBe(false);
  });

  it('after the cutoff: a student of 13 keeps the legacy login only where the region allows it', () => {
    const student = { ...base, today: after, role: 'student' as AccountRole, birthDate: fourteenTomorrow };
    expect(hasOtherSignInWay({ ...student, policy: lenient, hasLegacyLogin: true })).toBe(true);
    expect(hasOtherSignInWay({ ...student, policy: lenient, hasLegacyLogin: false })).toBe(false);
    expect(hasOtherSignInWay({ ...student, policy: strict, hasLegacyLogin: true })).toBe(false);
    expect(hasOtherSignInWay({ ...student, policy: lenient, birthDate: fourteenOnAfter, hasLegacyLogin: true })).toBe(false);
  });
});
