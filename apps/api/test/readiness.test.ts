import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessByClass } from '../src/readiness/readiness-query';
import { demoSchools } from './support/demo-organisations';
import { esiaPerson } from './support/esia-people';
import { staffActor } from './support/staff-actors';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

let env: Awaited<ReturnType<typeof seededServices>>;
let school1: string;

beforeAll(async () => {
  env = await seededServices();
  ({ school1 } = await demoSchools(env.db));
});
afterAll(async () => {
  await env?.database.close();
});

async function signIn(subject: string, role: 'parent' | 'student') {
  const { session } = await env.services.signIn.afterEsia(esiaPerson(subject), role, 'family', meta);
  return session.stage === 'consent' ? env.services.signIn.giveConsent(session, meta) : session;
}

describe('readiness numbers', () => {
  it('match the demo school counted by hand', async () => {
    // Школа № 1 (docs/demo-data.md): 8А — Михаил, Ксения; 4Б — Софья, Иван. Parents by their children's
    // classes: 8А — Петрова (Михаил), Васильев (Ксения); 4Б — Петрова (Софья), Кузнецова (Иван).
    await signIn('1000001', 'parent'); // Петрова links and signs in through ESIA
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    await env.services.accessRequests.submit(session, { organisationId: school1, childId: session.esiaProfile!.children[0]!.id, email: 'x@example.ru' }, meta);

    const rows = await readinessByClass(env.db, [school1], new Date(Date.now() - 30 * 86_400_000));
    const byClass = Object.fromEntries(rows.map((row) => [row.className ?? '—', row]));
    expect(byClass['8А']).toMatchObject({ students: 2, studentsLinked: 0, parents: 2, parentsLinked: 1, parentsRecentEsia: 1, openRequests: 0 });
    expect(byClass['4Б']).toMatchObject({ students: 2, studentsLinked: 0, parents: 2, parentsLinked: 1, parentsRecentEsia: 1 });
    // The request names no class: it is counted on the organisation's row without a class.
    expect(byClass['—']).toMatchObject({ students: 0, parents: 0, openRequests: 1 });
    expect(byClass['—']!.oldestOpenRequestAt).toBeInstanceOf(Date);
    expect(rows.every((row) => row.organisationId === school1)).toBe(true);
  });

  it('counts nothing for an empty scope', async () => {
    expect(await readinessByClass(env.db, [], new Date())).toEqual([]);
  });

  it('shows a teacher only their class, another school nothing of ours, and lists who is not linked yet', async () => {
    const teacher = await staffActor(env.services, '1000003');
    const otherSchool = await staffActor(env.services, '1000010');
    const rows = await env.services.readiness.byClass(teacher);
    expect(rows.map((row) => row.className)).toEqual(['8А']);
    expect((await env.services.readiness.byClass(otherSchool)).every((row) => row.organisationName === 'МАОУ «Гимназия № 2»')).toBe(true);

    const unlinked = await env.services.readiness.unlinkedInClass(teacher, rows[0]!.classId!);
    // Петрова linked through ESIA in the first test; her son and the Васильевы have not.
    expect(unlinked.map((person) => `${person.role}:${person.fullName}`).sort()).toEqual([
      'parent:Васильев Игорь Петрович',
      'student:Васильева Ксения Игоревна',
      'student:Петров Михаил Андреевич',
    ]);
    expect(await env.services.readiness.unlinkedInClass(otherSchool, rows[0]!.classId!)).toEqual([]);
  });
});
