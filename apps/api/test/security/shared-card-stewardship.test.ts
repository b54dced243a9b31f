import { auditLog, auditLogOrganisations, dataDriftItems, esiaLinks, persons } from '@vhod/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../../src/staff/staff-actor';
import { demoSchools } from '../support/demo-organisations';
import { esiaPerson } from '../support/esia-people';
import { staffActor } from '../support/staff-actors';
import { meta, seededServices } from '../support/test-services';
import { unmatchedSession } from '../support/unmatched-session';

/**
 * The other ways to change who a shared card's accounts belong to: resolving a request by
 * linking the card, and accepting changed ESIA data into it. Смирнов's card is a teacher at
 * Школа № 1 and a parent at Гимназия № 2; Белова works at Гимназия № 2, Захаров for the region.
 */
let env: Awaited<ReturnType<typeof seededServices>>;
let belova: StaffActor;
let zakharov: StaffActor;
let smirnovCard: string;
let schools: Awaited<ReturnType<typeof demoSchools>>;

beforeAll(async () => {
  env = await seededServices();
  schools = await demoSchools(env.db);
  belova = await staffActor(env.services, '1000010');
  zakharov = await staffActor(env.services, '1000011');
  const [card] = await env.db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.lastName, 'Смирнов'), eq(persons.firstName, 'Алексей')));
  smirnovCard = card!.id;
});
afterAll(async () => {
  await env?.database.close();
});

describe('resolving a request by linking a card shared with another school', () => {
  let requestId: string;
  beforeAll(async () => {
    // Смирнов himself, from an ESIA account with another passport, so nothing matched him.
    const session = await unmatchedSession(env.services, '1000003', 'parent', {
      subject: 'smirnov-second-account',
      documents: [{ type: 'RF_PASSPORT', series: '4599', number: '000111' }],
      snils: null,
    });
    const submitted = await env.services.accessRequests.submit(
      session,
      { organisationId: schools.gymnasium2, childId: session.esiaProfile!.children[0]!.id, email: 'a.smirnov@example.ru' },
      meta,
    );
    requestId = submitted.request.id;
  });

  it('is refused to the school, naming the other one, and links nothing', async () => {
    await expect(
      env.services.requestDecisions.resolveByLink(belova, requestId, { personId: smirnovCard, comment: 'Связано' }, meta),
    ).rejects.toMatchObject({
      code: 'card-shared-with-other-organisations',
      details: { organisations: 'МБОУ «Школа № 1»' },
    });
    expect(await env.db.select().from(esiaLinks).where(eq(esiaLinks.personId, smirnovCard))).toEqual([]);
  });

  it('is done by the regional administrator, and both schools see it in their audit log', async () => {
    await env.services.requestDecisions.resolveByLink(zakharov, requestId, { personId: smirnovCard, comment: 'Связано' }, meta);
    const [link] = await env.db
      .select()
      .from(esiaLinks)
      .where(and(eq(esiaLinks.personId, smirnovCard), isNull(esiaLinks.unlinkedAt)));
    expect(link?.esiaSubject).toBe('smirnov-second-account');
    const [entry] = await env.db.select().from(auditLog).where(eq(auditLog.action, 'access-request.resolved'));
    const filed = await env.db
      .select({ organisationId: auditLogOrganisations.organisationId })
      .from(auditLogOrganisations)
      .where(eq(auditLogOrganisations.entryId, entry!.id));
    expect(filed.map((row) => row.organisationId)).toEqual(expect.arrayContaining([schools.school1, schools.gymnasium2]));
  });
});

describe('accepting changed ESIA data into a card shared with another school', () => {
  let itemId: string;
  beforeAll(async () => {
    const { session } = await env.services.signIn.afterEsia(
      esiaPerson('1000003', { subject: 'smirnov-second-account', lastName: 'Смирнов-Белый' }),
      'parent',
      'family',
      meta,
    );
    if (session.stage === 'consent') await env.services.signIn.giveConsent(session, meta);
    const [item] = await env.db.select().from(dataDriftItems).where(eq(dataDriftItems.personId, smirnovCard));
    itemId = item!.id;
  });

  it('is refused to the school and leaves the card as it was', async () => {
    await expect(env.services.dataDrift.accept(belova, itemId, meta)).rejects.toMatchObject({
      code: 'card-shared-with-other-organisations',
    });
    const [card] = await env.db.select().from(persons).where(eq(persons.id, smirnovCard));
    expect(card?.lastName).toBe('Смирнов');
  });

  it('is done by the regional administrator', async () => {
    await env.services.dataDrift.accept(zakharov, itemId, meta);
    const [card] = await env.db.select().from(persons).where(eq(persons.id, smirnovCard));
    expect(card?.lastName).toBe('Смирнов-Белый');
  });
});
