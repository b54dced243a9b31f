/** Kept in step with the database enum `account_role`. */
/**
 * `responsible` is the organisation's «ответственный сотрудник» who works access requests;
 * `regional-admin` works for the regional education authority and sees every organisation.
 */
export const accountRoles = ['parent', 'student', 'teacher', 'administrator', 'staff', 'responsible', 'regional-admin'] as const;
export type AccountRole = (typeof accountRoles)[number];

/** What the user picks on the sign-in page: staff do not have to know their exact role. */
export const signInRoles = ['parent', 'student', 'staff'] as const;
export type SignInRole = (typeof signInRoles)[number];

const staffRoles: readonly AccountRole[] = ['teacher', 'administrator', 'staff', 'responsible', 'regional-admin'];

export function accountRolesForSignIn(role: SignInRole): AccountRole[] {
  switch (role) {
    case 'parent':
      return ['parent'];
    case 'student':
      return ['student'];
    case 'staff':
      return [...staffRoles];
  }
}

export function isStaffRole(role: AccountRole): boolean {
  return staffRoles.includes(role);
}

export function isAccountRole(value: unknown): value is AccountRole {
  return typeof value === 'string' && (accountRoles as readonly string[]).includes(value);
}

export function isSignInRole(value: unknown): value is SignInRole {
  return typeof value === 'string' && (signInRoles as readonly string[]).includes(value);
}
