import { accessRequests, auditLog, emailOutbox, esiaLinks, parentChildLinks, persons } from '@vhod/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../src/staff/staff-actor';
import { esiaPerson } from './support/esia-people';
import { staffActor } from './support/staff-actors';
import { demoSchools } from './support/demo-organisations';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

let env: Awaited<ReturnType<typeof seededServices>>;
let school1: string;
let gymnasium2: string;
let orlova: StaffActor; // administrator, Школа № 1
let belova: StaffActor; // responsible, Гимназия № 2
let zakharov: StaffActor; // regional administrator
let smirnov: StaffActor; // teacher of 8А, Школа № 1

/** An access request from a demo citizen (or a copy of one under another ESIA subject); the email is <subject>@example.ru. */
async function request(
  subject: string,
  role: 'parent' | 'student',
  organisationId: string,
  changes: { subject?: string; birthDate?: string } = {},
) {
  const session = await unmatchedSession(env.services, subject, role, changes);
  const childId = role === 'parent' ? session.esiaProfile!.children[0]?.id : undefined;
  const email = `${changes.subject ?? subject}@example.ru`;
  const { request: created } = await env.services.accessRequests.submit(session, { organisationId, childId, email }, meta);
  return created;
}

async function emailsTo(address: string) {
  return env.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
}

beforeAll(async () => {
  env = await seededServices();
  ({ school1, gymnasium2 } = await demoSchools(env.db));
  const actors = await Promise.all(['1000006', '1000010', '1000011', '1000003'].map((subject) => staffActor(env.services, subject)));
  [orlova, belova, zakharov, smirnov] = actors as [StaffActor, StaffActor, StaffActor, StaffActor];
});
afterAll(async () => {
  await env?.database.close();
});

describe('who sees which requests', () => {
  it('keeps each school to its own queue, lets the region see all, and a teacher only their class', async () => {
    const atSchool = await request('1000004', 'parent', school1);
    const atGymnasium = await request('1000003', 'student', gymnasium2);
    const ids = async (actor: StaffActor) =>
      (await env.services.staffRequests.queue(actor, {}, { first: 100 })).edges.map((edge) => edge.node.id);

    expect(await ids(orlova)).toContain(atSchool.id);
    expect(await ids(orlova)).not.toContain(atGymnasium.id);
    expect(await ids(belova)).toEqual(expect.arrayContaining([atGymnasium.id]));
    expect(await ids(belova)).not.toContain(atSchool.id);
    expect(await ids(zakharov)).toEqual(expect.arrayContaining([atSchool.id, atGymnasium.id]));
    // The teacher's class is 8А; these requests name no class.
    expect(await ids(smirnov)).toEqual([]);
  });

  it('gives staff of another school nothing: not the request, not an action on it', async () => {
    const atSchool = await request('1000004', 'parent', school1, { subject: '9100001' });
    const { staffRequests, requestDecisions } = env.services;
    await expect(staffRequests.visibleRequest(env.db, belova, atSchool.id)).rejects.toMatchObject({ code: 'access-request-not-found' });
    await expect(staffRequests.take(belova, atSchool.id, meta)).rejects.toMatchObject({ code: 'access-request-not-found' });
    await expect(staffRequests.addNote(belova, atSchool.id, 'x', meta)).rejects.toMatchObject({ code: 'access-request-not-found' });
    await expect(requestDecisions.reject(belova, atSchool.id, 'нет', meta)).rejects.toMatchObject({ code: 'access-request-not-found' });
    await expect(requestDecisions.resolveByCreate(belova, atSchool.id, { comment: 'да' }, meta)).rejects.toMatchObject({
      code: 'access-request-not-found',
    });
    await expect(staffRequests.take(smirnov, atSchool.id, meta)).rejects.toMatchObject({ code: 'forbidden' });
    const [untouched] = await env.db.select().from(accessRequests).where(eq(accessRequests.id, atSchool.id));
    expect(untouched?.status).toBe('new');
  });

  it('finds a request by number, with or without the zero padding, and by part of the name', async () => {
    const created = await request('1000004', 'parent', school1, { subject: '9100002' });
    const sequence = Number(created.number.slice(5));
    const byNumber = await env.services.staffRequests.queue(orlova, { search: `${created.number.slice(0, 4)}-${sequence}` }, { first: 10 });
    expect(byNumber.edges.map((edge) => edge.node.id)).toEqual([created.id]);
    const byName = await env.services.staffRequests.queue(orlova, { search: 'николаев пётр' }, { first: 100 });
    expect(byName.edges.map((edge) => edge.node.id)).toContain(created.id);
  });

  it('pages through the queue with cursors, every request once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await env.services.staffRequests.queue(zakharov, {}, { first: 2, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    const total = await env.db.select({ id: accessRequests.id }).from(accessRequests);
    expect(new Set(seen).size).toBe(total.length);
    expect(seen).toHaveLength(total.length);
  });
});

describe('working a request', () => {
  it('lets exactly one of two staff members take the same request, and shows who has it', async () => {
    const created = await request('1000004', 'parent', school1, { subject: '9200001' });
    const results = await Promise.allSettled([
      env.services.staffRequests.take(orlova, created.id, meta),
      env.services.staffRequests.take(zakharov, created.id, meta),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.code).toBe('invalid-transition');
    const [taken] = await env.db.select().from(accessRequests).where(eq(accessRequests.id, created.id));
    expect(taken?.status).toBe('in_review');
    expect([orlova.accountId, zakharov.accountId]).toContain(taken?.assignedToAccountId);
  });

  it('resolves by linking the existing card: link, email with the exact text, audit; the family then signs in', async () => {
    const created = await request('1000008', 'parent', school1);
    const seen = await env.services.staffRequests.visibleRequest(env.db, orlova, created.id);
    const { requestCandidates } = await import('../src/staff-requests/request-candidates');
    const [best] = await requestCandidates(env.db, seen);
    expect(best?.card.lastName).toBe('Васильев');

    await env.services.requestDecisions.resolveByLink(orlova, created.id, { personId: best!.card.id, comment: 'Карточка найдена' }, meta);
    const [link] = await env.db
      .select()
      .from(esiaLinks)
      .where(and(eq(esiaLinks.esiaSubject, '1000008'), isNull(esiaLinks.unlinkedAt)));
    expect(link).toMatchObject({ method: 'staff', personId: best!.card.id, linkedByAccountId: orlova.accountId });
    const [mail] = (await emailsTo('1000008@example.ru')).filter((m) => m.template === 'access-request-resolved');
    expect(mail?.textBody).toContain(
      `Ваше обращение ${created.number} рассмотрено сотрудником организации.\nОбращение было разрешено с следующим комментарием: Карточка найдена.\nТеперь Вы можете выполнить вход в систему с использованием данной учетной записи ЕСИА.`,
    );
    // The way back: the portal's own public address, and «Мои обращения» in it.
    expect(mail?.textBody).toContain(
      `Войти в систему: ${env.services.config.publicOrigin}/\nМои обращения: ${env.services.config.publicOrigin}/my-requests`,
    );
    const audits = await env.db.select().from(auditLog).where(eq(auditLog.targetId, created.id));
    expect(audits.map((a) => a.action)).toEqual(['access-request.created', 'access-request.resolved']);

    const { session } = await env.services.signIn.afterEsia(esiaPerson('1000008'), 'parent', 'family', meta);
    const active = session.stage === 'consent' ? await env.services.signIn.giveConsent(session, meta) : session;
    expect(active.stage).toBe('active');
  });

  it('never links across a hard mismatch, and asks for a reason before a soft one', async () => {
    const created = await request('1000004', 'parent', school1, { subject: '9300001' });
    // A mother's card for a man's ESIA account: the gender differs, which no reason overrides.
    const [kuznetsova] = await env.db
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.lastName, 'Кузнецова'), eq(persons.firstName, 'Ольга')));
    await expect(
      env.services.requestDecisions.resolveByLink(
        orlova,
        created.id,
        { personId: kuznetsova!.id, comment: 'x', overrideReason: 'уверена' },
        meta,
      ),
    ).rejects.toMatchObject({ code: 'link-identity-mismatch', details: { mismatches: expect.arrayContaining(['gender-differs']) } });
  });

  it('links across a soft mismatch only with a recorded reason', async () => {
    // The card says 1 December, ESIA says 2 December: a typo staff may knowingly accept.
    const created = await request('1000007', 'parent', gymnasium2, { subject: '9300002', birthDate: '1987-12-02' });
    const [card] = await env.db.select({ id: persons.id }).from(persons).where(eq(persons.lastName, 'Соловьева-Ким'));
    await expect(
      env.services.requestDecisions.resolveByLink(belova, created.id, { personId: card!.id, comment: 'Связали' }, meta),
    ).rejects.toMatchObject({ code: 'link-identity-mismatch', details: { mismatches: ['birth-date-differs'], overridable: true } });
    await env.services.requestDecisions.resolveByLink(
      belova,
      created.id,
      { personId: card!.id, comment: 'Связали', overrideReason: 'Опечатка в карточке, проверено по свидетельству' },
      meta,
    );
    const [audit] = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.id), eq(auditLog.action, 'access-request.resolved')));
    expect(audit?.details).toMatchObject({
      overriddenMismatches: ['birth-date-differs'],
      overrideReason: 'Опечатка в карточке, проверено по свидетельству',
    });
  });

  it('rejects with a comment the family sees in the email and in «Мои обращения»', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent', { subject: '9500001' });
    const { request: created } = await env.services.accessRequests.submit(
      session,
      { organisationId: school1, childId: session.esiaProfile!.children[0]!.id, email: 'reject@example.ru' },
      meta,
    );
    await expect(env.services.requestDecisions.reject(orlova, created.id, '   ', meta)).rejects.toMatchObject({ code: 'comment-required' });
    await env.services.requestDecisions.reject(orlova, created.id, 'Ребёнок у нас не учится', meta);
    const [mail] = (await emailsTo('reject@example.ru')).filter((m) => m.template === 'access-request-rejected');
    expect(mail?.textBody).toContain(
      `Ваше обращение ${created.number} рассмотрено сотрудником организации.\nОбращение было отклонено с следующим комментарием: Ребёнок у нас не учится.`,
    );
    const [mine] = await env.services.accessRequests.listMine(session);
    expect(mine).toMatchObject({ status: 'rejected', decisionComment: 'Ребёнок у нас не учится' });
    await expect(env.services.requestDecisions.reject(orlova, created.id, 'ещё раз', meta)).rejects.toMatchObject({
      code: 'invalid-transition',
    });
  });

  it('rejects several at once, each with its own email and audit entry, and reports the ones already decided', async () => {
    const first = await request('1000004', 'parent', school1, { subject: '9600001' });
    const second = await request('1000004', 'parent', school1, { subject: '9600002' });
    await env.services.requestDecisions.reject(orlova, second.id, 'раньше', meta);
    const results = await env.services.requestDecisions.rejectMany(orlova, [first.id, second.id], 'Сентябрь: обратитесь лично', meta);
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'invalid-transition']);
    expect((await emailsTo('9600001@example.ru')).filter((m) => m.template === 'access-request-rejected')).toHaveLength(1);
    const audits = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, first.id), eq(auditLog.action, 'access-request.rejected')));
    expect(audits).toHaveLength(1);
  });

  // Last: afterwards a card with Николаев's data exists, so his copies would be matched automatically.
  it('resolves by creating the card, the account, the child and the relation, then links', async () => {
    const created = await request('1000004', 'parent', school1, { subject: '9400001' });
    const decided = await env.services.requestDecisions.resolveByCreate(orlova, created.id, { comment: 'Создали карточку' }, meta);
    expect(decided.status).toBe('resolved');
    const [link] = await env.db.select().from(esiaLinks).where(eq(esiaLinks.esiaSubject, '9400001'));
    const relations = await env.db.select().from(parentChildLinks).where(eq(parentChildLinks.parentPersonId, link!.personId));
    expect(relations).toHaveLength(1);
    const [mail] = (await emailsTo('9400001@example.ru')).filter((m) => m.template === 'access-request-resolved');
    expect(mail?.textBody).toContain('Обращение было разрешено с следующим комментарием: Создали карточку.');
    const audits = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.id), eq(auditLog.action, 'access-request.resolved')));
    expect(audits[0]?.details).toMatchObject({ how: 'create', childPersonId: relations[0]!.childPersonId });
    const { session } = await env.services.signIn.afterEsia(esiaPerson('1000004', { subject: '9400001' }), 'parent', 'family', meta);
    const active = session.stage === 'consent' ? await env.services.signIn.giveConsent(session, meta) : session;
    expect(active.stage).toBe('active');
  });
});
