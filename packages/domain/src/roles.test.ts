import { describe, expect, it } from 'vitest';
import { accountRoles, accountRolesForSignIn, isAccountRole, isSignInRole, isStaffRole, signInRoles } from './roles';

describe('accountRolesForSignIn', () => {
  it('a parent signs in only to parent accounts, a student only to student accounts', () => {
    expect(accountRolesForSignIn('parent')).toEqual(['parent']);
    expect(accountRolesForSignIn('student')).toEqual(['student']);
  });

  it('"staff" covers teachers, administrators and other staff', () => {
    expect(accountRolesForSignIn('staff')).toEqual(['teacher', 'administrator', 'staff', 'responsible', 'regional-admin']);
  });

  it('every account role is reachable from exactly one sign-in role', () => {
    const reached = signInRoles.flatMap(accountRolesForSignIn);
    expect([...reached].sort()).toEqual([...accountRoles].sort());
  });

  it('returns a fresh array each time, so callers cannot corrupt the mapping', () => {
    accountRolesForSignIn('staff').pop();
    expect(accountRolesForSignIn('staff')).toHaveLength(5);
  });
});

describe('isStaffRole', () => {
  it('is true for teacher, administrator and staff only', () => {
    expect(accountRoles.filter(isStaffRole)).toEqual(['teacher', 'administrator', 'staff', 'responsible', 'regional-admin']);
  });
});

describe('role guards', () => {
  it('recognise the known roles only', () => {
    expect(isAccountRole('administrator')).toBe(true);
    expect(isAccountRole('admin')).toBe(false);
    expect(isSignInRole('staff')).toBe(true);
    expect(isSignInRole('teacher')).toBe(false);
    expect(isSignInRole(undefined)).toBe(false);
  });
});
