import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadinessRefresher } from '../src/readiness/readiness-refresher';
import { referenceReadinessByClass, referenceReadinessByOrganisation } from '@vhod/db/testing';
import { countReadiness } from '../src/readiness/readiness-count';
import { snapshotClassRows, snapshotOrganisationRows } from '../src/readiness/readiness-snapshot';
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
    await env.services.accessRequests.submit(
      session,
      { organisationId: school1, childId: session.esiaProfile!.children[0]!.id, email: 'x@example.ru' },
      meta,
    );

    const rows = (await countReadiness(env.db, [school1], new Date(env.clock.now().getTime() - 30 * 86_400_000))).classes;
    const byClass = Object.fromEntries(rows.map((row) => [row.className ?? '—', row]));
    expect(byClass['8А']).toMatchObject({
      students: 2,
      studentsLinked: 0,
      parents: 2,
      parentsLinked: 1,
      parentsRecentEsia: 1,
      openRequests: 0,
    });
    expect(byClass['4Б']).toMatchObject({ students: 2, studentsLinked: 0, parents: 2, parentsLinked: 1, parentsRecentEsia: 1 });
    // The request names no class: it is counted on the organisation's row without a class.
    expect(byClass['—']).toMatchObject({ students: 0, parents: 0, openRequests: 1 });
    expect(byClass['—']!.oldestOpenRequestAt).toBeInstanceOf(Date);
    expect(rows.every((row) => row.organisationId === school1)).toBe(true);
  });

  it('counts nothing for an empty scope', async () => {
    expect(await countReadiness(env.db, [], env.clock.now())).toEqual({ classes: [], organisations: [] });
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

  it('add up per organisation counting each parent once, for every organisation in scope', async () => {
    // Школа № 1 after the first test: students Михаил, Ксения, Софья, Иван; parents Петрова (two
    // children, counted once), Васильев, Кузнецова; only Петрова linked and signed in; one open request.
    const since = new Date(env.clock.now().getTime() - 30 * 86_400_000);
    const [row] = (await countReadiness(env.db, [school1], since)).organisations;
    expect(row).toMatchObject({ students: 4, studentsLinked: 0, parents: 3, parentsLinked: 1, parentsRecentEsia: 1, openRequests: 1 });
    const classRows = (await countReadiness(env.db, [school1], since)).classes;
    expect(classRows.reduce((sum, classRow) => sum + classRow.parents, 0)).toBe(4); // Петрова once per class

    const region = (await countReadiness(env.db, null, since)).organisations;
    expect(new Set(region.map((organisation) => organisation.organisationId)).size).toBe(region.length);
    expect(region.find((organisation) => organisation.organisationId === school1)).toEqual(row);
  });

  it('give the region overview to the regional administrator and only their own row to a school', async () => {
    const regional = await staffActor(env.services, '1000011');
    const school = await staffActor(env.services, '1000006');
    const teacher = await staffActor(env.services, '1000003');
    expect((await env.services.readiness.byOrganisation(regional)).length).toBeGreaterThan(1);
    expect((await env.services.readiness.byOrganisation(school)).map((row) => row.organisationId)).toEqual([school1]);
    expect(await env.services.readiness.byOrganisation(teacher)).toEqual([]);
    expect((await env.services.readiness.byClass(school, { organisationId: school1 })).length).toBeGreaterThan(0);
    const { gymnasium2 } = await demoSchools(env.db);
    expect(await env.services.readiness.byClass(school, { organisationId: gymnasium2 })).toEqual([]);
  });

  it('read from a snapshot that says when it was counted, and show changes after the next count', async () => {
    const school = await staffActor(env.services, '1000006');
    await env.services.readiness.refresh();
    const before = (await env.services.readiness.byOrganisation(school))[0]!;
    await signIn('1000002', 'parent'); // Кузнецова links and signs in through ESIA
    expect((await env.services.readiness.byOrganisation(school))[0]).toEqual(before);
    env.clock.advance(60_000);
    const { refreshedAt } = await env.services.readiness.refresh();
    expect(refreshedAt).toEqual(env.clock.now());
    expect((await env.services.readiness.snapshotInfo())?.refreshedAt).toEqual(refreshedAt);
    const after = (await env.services.readiness.byOrganisation(school))[0]!;
    expect(after.parentsLinked).toBe(before.parentsLinked + 1);
  });

  it('are the same in the snapshot, counted live, and counted by the statements they were first defined by', async () => {
    await signIn('1000007', 'parent');
    await env.services.readiness.refresh();
    const since = new Date(env.clock.now().getTime() - 30 * 86_400_000);
    const byKey = <T extends { organisationId: string; classId?: string | null }>(rows: T[]) =>
      [...rows].sort((a, b) => `${a.organisationId}/${a.classId ?? ''}`.localeCompare(`${b.organisationId}/${b.classId ?? ''}`));
    const live = await countReadiness(env.db, null, since);
    const reference = {
      classes: await referenceReadinessByClass(env.db, null, since),
      organisations: await referenceReadinessByOrganisation(env.db, null, since),
    };
    expect(live).toEqual(reference);
    expect(byKey(await snapshotClassRows(env.db, null))).toEqual(byKey(live.classes));
    expect(byKey(await snapshotOrganisationRows(env.db, null))).toEqual(byKey(live.organisations));
    // Not a comparison of zeros: links, recent sign-ins and open requests are all in there.
    expect(live.classes.some((row) => row.parentsLinked > 0 && row.parentsRecentEsia > 0)).toBe(true);
    expect(live.organisations.some((row) => row.openRequests > 0)).toBe(true);
  });

  it('recount on start only when the snapshot is older than half the interval; runNow always recounts', async () => {
    const refresher = () =>
      createReadinessRefresher({ db: env.db, clock: env.clock, logger: env.services.logger, intervalMs: 10 * 60_000, recentDays: 30 });
    const startAndStop = async () => {
      const running = refresher();
      running.start();
      await running.stop();
    };
    const counted = async () => (await env.services.readiness.snapshotInfo())!.refreshedAt.getTime();

    env.clock.advance(60 * 60_000);
    await startAndStop();
    const first = await counted();
    expect(first).toBe(env.clock.now().getTime());

    env.clock.advance(60_000); // a restart a minute later: the snapshot is fresh
    await startAndStop();
    expect(await counted()).toBe(first);

    const forced = refresher();
    await forced.runNow();
    expect(await counted()).toBe(env.clock.now().getTime());

    env.clock.advance(6 * 60_000); // older than half the interval
    await startAndStop();
    expect(await counted()).toBe(env.clock.now().getTime());
  });
});
