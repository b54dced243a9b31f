import { formatFullName } from '@vhod/domain';
import {
  accounts,
  findChildrenOfPerson,
  findSchoolAccount,
  persons,
  type AccountOrganisation,
  type Database,
  type PersonName,
} from '@vhod/db';
import { and, eq, exists, isNull } from 'drizzle-orm';
import type { Account, FindAccount } from 'oidc-provider';
import type { ClientSignIns } from './client-sign-ins';

/** The claims each scope releases (the consent screen names the scopes, the docs name the claims). */
export const scopeClaims = {
  openid: ['sub'],
  profile: ['name', 'family_name', 'given_name', 'middle_name'],
  school_account: ['school_account'],
  children: ['children'],
} as const;

/** Hides a person id from a pairwise client, as its `sub` is. */
export type SubjectFor = (personId: string, client: { subjectType?: string; sectorIdentifier?: string } | undefined) => Promise<string>;

function nameClaims(person: PersonName) {
  return {
    family_name: person.lastName,
    given_name: person.firstName,
    ...(person.middleName ? { middle_name: person.middleName } : {}),
    name: formatFullName(person),
  };
}

function organisationClaim(organisation: AccountOrganisation) {
  return { id: organisation.id, name: organisation.name, type: organisation.typeCode };
}

/**
 * oidc-provider's accounts are persons (`sub` is stable per person, whatever account they chose);
 * which school account a client receives is fixed per grant when Vhod hands the person over
 * (client-sign-ins.ts). A disabled account, or a grant Vhod did not make, yields no account:
 * the provider then issues nothing and answers userinfo with invalid_token.
 */
export function createFindAccount(db: Database, signIns: ClientSignIns, subjectFor: SubjectFor): FindAccount {
  return async (ctx, personId, token) => {
    const grantId = token?.grantId;
    if (!grantId) {
      // The authorization endpoint checking its session: the person must still have an account to enter.
      const [alive] = await db
        .select({ id: persons.id })
        .from(persons)
        .where(
          and(
            eq(persons.id, personId),
            exists(
              db
                .select()
                .from(accounts)
                .where(and(eq(accounts.personId, persons.id), isNull(accounts.disabledAt))),
            ),
          ),
        );
      return alive ? { accountId: personId, claims: () => ({ sub: personId }) } : undefined;
    }
    const signIn = await signIns.ofGrant(grantId);
    if (!signIn || signIn.personId !== personId) return undefined;
    const account = await findSchoolAccount(db, signIn.accountId);
    if (!account || account.disabled || account.person.id !== personId) return undefined;
    const client = ctx?.oidc?.client ?? undefined;
    const result: Account = {
      accountId: personId,
      async claims(_use, scope) {
        const granted = new Set(scope.split(' '));
        const children =
          granted.has('children') && account.role === 'parent'
            ? await Promise.all(
                (await findChildrenOfPerson(db, personId)).map(async (child) => ({
                  id: await subjectFor(child.person.id, client),
                  ...nameClaims(child.person),
                  organisation: child.organisation ? organisationClaim(child.organisation) : null,
                  class: child.className,
                })),
              )
            : [];
        return {
          sub: personId,
          ...nameClaims(account.person),
          school_account: {
            id: account.id,
            role: account.role,
            organisation: organisationClaim(account.organisation),
            class: account.className,
          },
          children,
        };
      },
    };
    return result;
  };
}
