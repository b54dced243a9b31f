import type { Account, FindAccount } from 'oidc-provider';
import { findCitizenBySubject } from './citizens';
import { esiaClaimsFor, parseScopes } from './claims';

/** oidc-provider's `findAccount`: the demo citizens are the whole user base. */
export const findEsiaAccount: FindAccount = (_ctx, subject) => {
  const citizen = findCitizenBySubject(subject);
  if (citizen === undefined) {
    return undefined;
  }
  const account: Account = {
    accountId: citizen.subject,
    claims: (_use, scope) => esiaClaimsFor(citizen, parseScopes(scope)),
  };
  return account;
};
