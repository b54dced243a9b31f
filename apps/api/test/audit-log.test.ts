import { accounts, auditLog, organisations, personKeys, persons, writeAuditEntry } from '@vhod/db';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountCaller, dataOf, graphQLCaller, staffCaller, type GraphQLCaller, type GraphQLResponse } from './support/staff-graphql';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

const AUDIT = `
  query Audit($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id at action actorKind actorAccountId actorName esiaSubject organisationName targetKind targetId targetName clientAddress details } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface EntryNode {
  id: string;
  at: string;
  action: string;
  actorKind: string;
  actorAccountId: string | null;
  actorName: string | null;
  esiaSubject: string | null;
  organisationName: string | null;
  targetKind: string | null;
  targetId: string | null;
  targetName: string | null;
  clientAddress: string | null;
  details: string;
}
interface AuditData {
  auditLog: { edges: Array<{ cursor: string; node: EntryNode }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let env: Awaited<ReturnType<typeof seededServices>>;
let orlova: GraphQLCaller;
let belova: GraphQLCaller;
let zakharov: GraphQLCaller;
let smirnov: GraphQLCaller;
let gymnasiumAdmin: GraphQLCaller;
let school1: string;
let gymnasium2: string;
let orlovaAccount: string;

/** Entries written within one millisecond: a cursor rounded to milliseconds would skip or repeat them. */
async function insertMicrosecondEntries(organisationId: string, base: string, count: number) {
  for (let i = 0; i < count; i += 1) {
    await env.db.execute(
      sql`insert into audit_log (action, actor_kind, organisation_id, at) values ('test.tick', 'system', ${organisationId}, ${`${base}${String(100 + i * 7).padStart(3, '0')}+00`}::timestamptz)`,
    );
  }
}

beforeAll(async () => {
  env = await seededServices();
  const rows = await env.db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  school1 = rows.find((row) => row.name === 'МБОУ «Школа № 1»')!.id;
  gymnasium2 = rows.find((row) => row.name === 'МАОУ «Гимназия № 2»')!.id;
  // Every sign-in below writes entries of its organisation.
  orlova = await staffCaller(env.services, '1000006');
  belova = await staffCaller(env.services, '1000010');
  zakharov = await staffCaller(env.services, '1000011');
  smirnov = await staffCaller(env.services, '1000003');
  [{ id: orlovaAccount }] = (await env.db
    .select({ id: accounts.id })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(eq(persons.lastName, 'Орлова'))) as [{ id: string }];

  // Гимназия № 2 has no administrator in the demo data: one is made here.
  const name = { lastName: 'Гимназиева', firstName: 'Галина', middleName: 'Петровна' };
  const [person] = await env.db
    .insert(persons)
    .values({ ...name, ...personKeys(name) })
    .returning();
  const [account] = await env.db
    .insert(accounts)
    .values({ personId: person!.id, organisationId: gymnasium2, role: 'administrator' })
    .returning();
  gymnasiumAdmin = await accountCaller(env.services, account!);

  const sameMoment = new Date('2020-01-01T12:00:00.000Z');
  for (let i = 0; i < 5; i += 1) {
    await writeAuditEntry(env.db, {
      action: 'reply-template.deleted',
      actorKind: 'system',
      organisationId: school1,
      at: sameMoment,
      details: { i },
    });
  }
  await insertMicrosecondEntries(school1, '2020-01-01 12:00:00.123', 5);
  await insertMicrosecondEntries(gymnasium2, '2020-01-01 12:00:00.123', 3);
  await writeAuditEntry(env.db, { action: 'sign-out', actorKind: 'system', at: new Date('2020-01-03T00:00:00Z') });
  await writeAuditEntry(env.db, {
    action: 'sign-in.failed',
    actorKind: 'anonymous',
    organisationId: school1,
    clientIp: '10.0.0.7',
    at: new Date('2020-01-02T08:00:00Z'),
    details: { code: 'esia-error' },
  });
  await writeAuditEntry(env.db, {
    action: 'esia.link-refused',
    actorKind: 'esia-user',
    esiaSubject: '1000004',
    organisationId: school1,
    at: new Date('2020-01-02T09:00:00Z'),
  });
});
afterAll(async () => {
  await env?.database.close();
});

/** Follows endCursor to the end and returns every node in the order served. */
async function readAll(caller: GraphQLCaller, first: number, filter: Record<string, unknown> | null = null): Promise<EntryNode[]> {
  const nodes: EntryNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page += 1) {
    const data: AuditData = dataOf<AuditData>(await caller.execute(AUDIT, { filter, first, after }));
    expect(data.auditLog.edges.length).toBeLessThanOrEqual(first);
    nodes.push(...data.auditLog.edges.map((edge) => edge.node));
    if (!data.auditLog.pageInfo.hasNextPage) return nodes;
    after = data.auditLog.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

async function expectedIds(condition?: SQL) {
  const rows = await env.db.select({ id: auditLog.id }).from(auditLog).where(condition).orderBy(desc(auditLog.at), desc(auditLog.id));
  return rows.map((row) => String(row.id));
}

describe('reading the audit log', () => {
  it('gives the Школа № 1 administrator her school’s entries, newest first, each exactly once across pages', async () => {
    const expected = await expectedIds(eq(auditLog.organisationId, school1));
    expect(expected.length).toBeGreaterThan(12);
    for (const first of [4, 5]) {
      const nodes = await readAll(orlova, first);
      expect(nodes.map((node) => node.id)).toEqual(expected);
    }
  });

  it('gives the regional administrator every entry of every organisation, each exactly once across pages', async () => {
    const expected = await expectedIds();
    const nodes = await readAll(zakharov, 7);
    expect(nodes.map((node) => node.id)).toEqual(expected);
    const names = new Set(nodes.map((node) => node.organisationName));
    expect(names).toContain('МБОУ «Школа № 1»');
    expect(names).toContain('МАОУ «Гимназия № 2»');
    expect(names).toContain(null);
  });

  it('never shows Школа № 1 entries to the administrator of Гимназия № 2, by any filter', async () => {
    const school1Ids = new Set(await expectedIds(eq(auditLog.organisationId, school1)));
    const nodes = await readAll(gymnasiumAdmin, 6);
    expect(nodes.map((node) => node.id)).toEqual(await expectedIds(eq(auditLog.organisationId, gymnasium2)));
    expect(nodes.every((node) => node.organisationName === 'МАОУ «Гимназия № 2»')).toBe(true);
    expect(nodes.some((node) => school1Ids.has(node.id))).toBe(false);
    expect(await readAll(gymnasiumAdmin, 50, { actorAccountId: orlovaAccount })).toEqual([]);
    expect(await readAll(gymnasiumAdmin, 50, { action: 'reply-template.deleted' })).toEqual([]);
  });

  it('gives Белова (responsible staff), a teacher and an anonymous caller no access at all', async () => {
    for (const caller of [belova, smirnov]) {
      const result: GraphQLResponse = await caller.execute(AUDIT, {});
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.data ?? null).toBeNull();
    }
    expect((await graphQLCaller(env.services, undefined).execute(AUDIT, {})).errors?.length).toBeGreaterThan(0);
  });

  it('names the actor by their card, else by the ESIA account, and shows address and details', async () => {
    const nodes = await readAll(orlova, 50);
    const signIn = nodes.find((node) => node.action === 'sign-in.succeeded' && node.actorAccountId === orlovaAccount);
    expect(signIn).toMatchObject({
      actorKind: 'ESIA_USER',
      actorName: 'Орлова Елена Павловна',
      esiaSubject: '1000006',
      clientAddress: '127.0.0.1',
    });
    const anonymous = nodes.find((node) => node.action === 'sign-in.failed');
    expect(anonymous).toMatchObject({ actorKind: 'ANONYMOUS', actorName: null, esiaSubject: null, clientAddress: '10.0.0.7' });
    expect(JSON.parse(anonymous!.details)).toEqual({ code: 'esia-error' });
    expect(nodes.find((node) => node.action === 'esia.link-refused')).toMatchObject({ actorName: null, esiaSubject: '1000004' });
  });

  it('names a request by its number and a card by its person, not by their IDs', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    const { request } = await env.services.accessRequests.submit(
      session,
      { organisationId: school1, childId: session.esiaProfile!.children[0]?.id, email: 'audit@example.ru' },
      meta,
    );
    const nodes = await readAll(orlova, 50, { action: 'access-request.created' });
    expect(nodes.find((node) => node.targetId === request.id)).toMatchObject({ targetKind: 'access-request', targetName: request.number });
    const [orlovaCard] = await env.db.select({ id: persons.id }).from(persons).where(eq(persons.lastName, 'Орлова'));
    await writeAuditEntry(env.db, {
      action: 'data-drift.detected',
      actorKind: 'system',
      organisationId: school1,
      targetKind: 'person',
      targetId: orlovaCard!.id,
    });
    const updated = await readAll(orlova, 50, { action: 'data-drift.detected' });
    expect(updated.find((node) => node.targetId === orlovaCard!.id)?.targetName).toBe('Орлова Елена Павловна');
  });

  it('filters by action, time range and actor', async () => {
    const sameMoment = await readAll(orlova, 2, { action: 'reply-template.deleted' });
    expect(sameMoment.map((node) => node.id)).toEqual(
      await expectedIds(and(eq(auditLog.organisationId, school1), eq(auditLog.action, 'reply-template.deleted'))),
    );
    expect(sameMoment).toHaveLength(5);

    const firstDay = await readAll(zakharov, 3, { from: '2020-01-01T00:00:00Z', to: '2020-01-02T00:00:00Z' });
    expect(firstDay).toHaveLength(13);
    expect(firstDay.every((node) => node.at.startsWith('2020-01-01'))).toBe(true);

    const byOrlova = await readAll(zakharov, 50, { actorAccountId: orlovaAccount });
    expect(byOrlova.length).toBeGreaterThan(0);
    expect(byOrlova.every((node) => node.actorAccountId === orlovaAccount)).toBe(true);
    expect(await readAll(orlova, 50, { actorAccountId: 'not-a-uuid' })).toEqual([]);
  });

  it('refuses a cursor it did not hand out', async () => {
    const result = await orlova.execute(AUDIT, { after: 'bm90LWEtY3Vyc29y' });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Курсор не подходит к этому списку/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('entries of the staff console', () => {
  it('files a card edit under the card’s school: its administrator sees it, the other school does not', async () => {
    const [kim] = await env.db.select().from(persons).where(eq(persons.lastName, 'Ким'));
    const result = await zakharov.execute(
      `mutation Update($id: ID!, $input: PersonCardInput!) { updatePersonCard(id: $id, input: $input) { __typename } }`,
      {
        id: kim!.id,
        input: {
          lastName: kim!.lastName,
          firstName: kim!.firstName,
          middleName: kim!.middleName,
          birthDate: kim!.birthDate,
          gender: 'MALE',
          email: 'artyom@example.ru',
        },
      },
    );
    expect(dataOf(result)).toEqual({ updatePersonCard: { __typename: 'MutationUpdatePersonCardSuccess' } });
    const gymnasium = await readAll(gymnasiumAdmin, 50, { action: 'person-card.updated' });
    expect(gymnasium.map((node) => [node.targetName, node.actorName])).toEqual([['Ким Артём Олегович', 'Захаров Виктор Сергеевич']]);
    expect(JSON.parse(gymnasium[0]!.details).changes).toMatchObject({ email: { before: null, after: 'artyom@example.ru' } });
    expect(await readAll(orlova, 50, { action: 'person-card.updated' })).toEqual([]);
  });
});
