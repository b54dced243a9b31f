import type { EsiaPerson } from '@vhod/domain';
import { esiaClaimsFor, esiaScopes, findCitizenBySubject } from '@vhod/esia-sim';
import { esiaPersonFromClaims } from '../../src/auth/oidc/oidc-claims';

/** A demo citizen as the API sees them after ESIA: the development ESIA's claims through our adapter. */
export function esiaPerson(subject: string, changes: Partial<EsiaPerson> = {}): EsiaPerson {
  const citizen = findCitizenBySubject(subject);
  if (!citizen) throw new Error(`no demo citizen ${subject}`);
  return { ...esiaPersonFromClaims(esiaClaimsFor(citizen, new Set(esiaScopes))), ...changes };
}
