import { accessRequestEvents, accessRequests, auditLog, emailOutbox } from '@vhod/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esiaPerson } from './support/esia-people';
import { demoSchools } from './support/demo-organisations';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

let env: Awaited<ReturnType<typeof seededServices>>;
let school1: string;
let gymnasium2: string;

beforeAll(async () => {
  env = await seededServices();
  ({ school1, gymnasium2 } = await demoSchools(env.db));
});
afterAll(async () => {
  await env?.database.close();
});

async function outboxTo(address: string) {
  return env.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
}

describe('sending an access request', () => {
  it('gives an unknown parent a number, records why matching failed, and queues the email in the same transaction', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    const childId = session.esiaProfile!.children[0]!.id;
    const { request, alreadyExisted } = await env.services.accessRequests.submit(
      session,
      { organisationId: school1, childId, email: 'p.nikolaev@example.ru', comment: '  Дочь переходит к вам в 1А  ' },
      meta,
    );
    expect(alreadyExisted).toBe(false);
    expect(request.number).toMatch(/^2026-\d{6}$/);
    expect(request).toMatchObject({
      status: 'new',
      matchReason: 'no-matching-card',
      comment: 'Дочь переходит к вам в 1А',
      childKey: childId,
    });
    expect(request.child?.firstName).toBe('Вера');

    const [mail] = await outboxTo('p.nikolaev@example.ru');
    expect(mail?.subject).toContain(request.number);
    expect(mail?.textBody).toContain(`Вашему обращению присвоен номер ${request.number}`);
    const events = await env.db.select().from(accessRequestEvents).where(eq(accessRequestEvents.requestId, request.id));
    expect(events.map((event) => event.kind)).toEqual(['created']);
    const audits = await env.db.select().from(auditLog).where(eq(auditLog.targetId, request.id));
    expect(audits.map((entry) => entry.action)).toEqual(['access-request.created']);
  });

  it('does not create a duplicate open request for the same organisation and child: it returns the first', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    const childId = session.esiaProfile!.children[0]!.id;
    const input = { organisationId: school1, childId, email: 'p.nikolaev@example.ru' };
    const again = await env.services.accessRequests.submit(session, input, meta);
    expect(again.alreadyExisted).toBe(true);
    expect(await outboxTo('p.nikolaev@example.ru')).toHaveLength(1);

    const elsewhere = await env.services.accessRequests.submit(session, { ...input, organisationId: gymnasium2 }, meta);
    expect(elsewhere.alreadyExisted).toBe(false);
    expect(elsewhere.request.number).not.toBe(again.request.number);
  });

  it('tells staff when a card exists but in another role', async () => {
    const session = await unmatchedSession(env.services, '1000003', 'student');
    const { request } = await env.services.accessRequests.submit(session, { organisationId: school1, email: 'a.smirnov@example.ru' }, meta);
    expect(request.matchReason).toBe('card-with-other-role');
    expect(request.child).toBeNull();
  });

  it('records «organisation missing» when a found user asks from the organisation choice', async () => {
    const { session } = await env.services.signIn.afterEsia(esiaPerson('1000002'), 'parent', 'family', meta);
    const choosing = await env.services.signIn.giveConsent(session, meta);
    expect(choosing.stage).toBe('choose-account');
    const childId = choosing.esiaProfile!.children[0]!.id;
    const { request } = await env.services.accessRequests.submit(
      choosing,
      { organisationId: gymnasium2, childId, email: 'olga.kuznetsova@example.ru' },
      meta,
    );
    expect(request.matchReason).toBe('organisation-missing');
  });

  it.each([
    ['an unconfirmed account', '1000005', 'parent', 'unconfirmed-account'],
    ['a parent without children in the ESIA profile', '1000006', 'parent', 'no-children-in-esia'],
  ] as const)('refuses %s and writes nothing', async (_case, subject, role, reason) => {
    const session = await unmatchedSession(env.services, subject, role);
    const before = await env.db.select({ n: count() }).from(accessRequests);
    await expect(
      env.services.accessRequests.submit(session, { organisationId: school1, email: 'x@example.ru' }, meta),
    ).rejects.toMatchObject({
      code: 'access-request-not-eligible',
      details: { reason },
    });
    expect(await env.db.select({ n: count() }).from(accessRequests)).toEqual(before);
  });

  it('rejects bad input field by field and writes nothing', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent', { subject: '8100001', email: null });
    const attempt = env.services.accessRequests.submit(
      session,
      { organisationId: 'not-a-uuid', email: 'not an email', comment: 'x'.repeat(1001) },
      meta,
    );
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: expect.arrayContaining([
        { field: 'organisationId', code: 'validation.uuid' },
        { field: 'email', code: 'validation.email' },
        { field: 'comment', code: 'validation.too-long' },
        { field: 'childId', code: 'validation.child-required' },
      ]),
    });
    expect(await env.db.select().from(accessRequests).where(eq(accessRequests.esiaSubject, '8100001'))).toHaveLength(0);
  });

  it('numbers 50 concurrent submissions uniquely and without gaps', async () => {
    const sessions = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        unmatchedSession(env.services, '1000003', 'student', { subject: `82000${String(i).padStart(2, '0')}` }),
      ),
    );
    const submitted = await Promise.all(
      sessions.map((session) =>
        env.services.accessRequests.submit(session, { organisationId: gymnasium2, email: 'student@example.ru' }, meta),
      ),
    );
    const sequences = submitted.map((result) => Number(result.request.number.slice(5))).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(50);
    expect(sequences.at(-1)! - sequences[0]!).toBe(49);
  });
});

describe('the family sees only its own requests', () => {
  it('lists the requests of the same ESIA account, and nobody else can read one by id', async () => {
    const own = await unmatchedSession(env.services, '1000004', 'parent');
    const mine = await env.services.accessRequests.listMine(own);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((request) => request.esiaSubject === '1000004')).toBe(true);

    const stranger = await unmatchedSession(env.services, '1000004', 'parent', { subject: '8300001' });
    expect(await env.services.accessRequests.listMine(stranger)).toEqual([]);
    expect(await env.services.accessRequests.getMine(stranger, mine[0]!.id)).toBeNull();
    expect(await env.services.accessRequests.getMine(own, mine[0]!.id)).toMatchObject({ number: mine[0]!.number });
  });

  it('a family member signed in with the same ESIA account later still sees them', async () => {
    const { session } = await env.services.signIn.afterEsia(esiaPerson('1000004'), 'parent', 'family', meta);
    expect((await env.services.accessRequests.listMine(session)).length).toBeGreaterThanOrEqual(2);
  });
});
