import { auditLog, dataDriftItems, persons } from '@vhod/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../src/staff/staff-actor';
import { esiaPerson } from './support/esia-people';
import { staffActor } from './support/staff-actors';
import { meta, seededServices } from './support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
let orlova: StaffActor;
let belova: StaffActor;

async function signInThroughEsia(subject: string, changes = {}) {
  const { session } = await env.services.signIn.afterEsia(esiaPerson(subject, changes), 'parent', 'family', meta);
  return session.stage === 'consent' ? env.services.signIn.giveConsent(session, meta) : session;
}

beforeAll(async () => {
  env = await seededServices();
  orlova = await staffActor(env.services, '1000006');
  belova = await staffActor(env.services, '1000010');
});
afterAll(async () => {
  await env?.database.close();
});

describe('data drift', () => {
  it('lets a linked parent in with a new surname and gives her school a review item; accepting updates the card', async () => {
    const first = await signInThroughEsia('1000001');
    const married = await signInThroughEsia('1000001', { lastName: 'Сидорова' });
    expect(married.stage).toBe('active');
    expect(married.personId).toBe(first.personId);

    const [item] = await env.services.dataDrift.listOpen(orlova);
    expect(item?.changes).toEqual([{ field: 'lastName', cardValue: 'Петрова', esiaValue: 'Сидорова' }]);
    expect(await env.services.dataDrift.listOpen(belova)).toEqual([]);
    await expect(env.services.dataDrift.accept(belova, item!.id, meta)).rejects.toMatchObject({ code: 'person-not-found' });

    await env.services.dataDrift.accept(orlova, item!.id, meta);
    const [card] = await env.db.select().from(persons).where(eq(persons.id, first.personId!));
    expect(card).toMatchObject({ lastName: 'Сидорова', nameKey: 'сидорова|анна|сергеевна' });
    const [audit] = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'data-drift.accepted'), eq(auditLog.targetId, first.personId!)));
    expect(audit?.details).toEqual({ before: { lastName: 'Петрова' }, after: { lastName: 'Сидорова' } });

    await signInThroughEsia('1000001', { lastName: 'Сидорова' });
    expect(await env.services.dataDrift.listOpen(orlova)).toEqual([]);
  });

  it('keeps one open item per card however often the person signs in, and dismissing leaves the card alone', async () => {
    const newPassport = { documents: [{ type: 'RF_PASSPORT' as const, series: '4520', number: '999000' }] };
    const first = await signInThroughEsia('1000007');
    await signInThroughEsia('1000007', newPassport);
    await signInThroughEsia('1000007', newPassport);
    const open = await env.db
      .select()
      .from(dataDriftItems)
      .where(and(eq(dataDriftItems.personId, first.personId!), eq(dataDriftItems.status, 'open')));
    expect(open).toHaveLength(1);
    expect(open[0]!.changes.map((change) => change.field)).toEqual(['document']);

    await env.services.dataDrift.dismiss(belova, open[0]!.id, meta);
    const [card] = await env.db.select().from(persons).where(eq(persons.id, first.personId!));
    expect(card?.documentNumber).toBe('4514 987 654');
    await expect(env.services.dataDrift.dismiss(belova, open[0]!.id, meta)).rejects.toMatchObject({ code: 'person-not-found' });
  });
});
