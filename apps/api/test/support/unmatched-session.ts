import type { SignInRole } from '@vhod/domain';
import type { ApiServices } from '../../src/server/http-types';
import { esiaPerson } from './esia-people';
import { meta } from './test-services';

/** Signs a demo citizen in through the sign-in service and expects them not to be found. */
export async function unmatchedSession(services: ApiServices, subject: string, role: SignInRole, changes = {}) {
  const { session } = await services.signIn.afterEsia(esiaPerson(subject, changes), role, 'family', meta);
  if (session.stage !== 'unmatched') throw new Error(`${subject} as ${role} was matched (${session.stage})`);
  return session;
}
