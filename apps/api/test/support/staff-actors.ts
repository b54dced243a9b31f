import type { ApiServices } from '../../src/server/http-types';
import { loadStaffActor, type StaffActor } from '../../src/staff/staff-actor';
import { esiaPerson } from './esia-people';
import { meta } from './test-services';

/** Signs a demo staff member in to the console through the sign-in service and returns their actor. */
export async function staffActor(services: ApiServices, subject: string): Promise<StaffActor> {
  const { session } = await services.signIn.afterEsia(esiaPerson(subject), 'staff', 'staff', meta);
  const active = session.stage === 'consent' ? await services.signIn.giveConsent(session, meta) : session;
  const actor = await loadStaffActor(services.db, active);
  if (!actor) throw new Error(`${subject} is not staff (${active.stage})`);
  return actor;
}
