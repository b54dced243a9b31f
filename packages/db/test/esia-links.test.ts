import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/client';
import { findActiveEsiaLink } from '../src/queries/find-active-esia-link';
import { EsiaLinkConflictError, linkEsiaSubject } from '../src/queries/link-esia-subject';
import { esiaLinks, persons, type EsiaLink } from '../src/schema/index';
import { seededTestDatabase } from '../src/testing/index';

describe('ESIA links', () => {
  let handle: DatabaseHandle;
  let personIds: string[];

  beforeAll(async () => {
    handle = await seededTestDatabase();
    personIds = (await handle.db.select({ id: persons.id }).from(persons).orderBy(persons.id)).map((row) => row.id);
  });
  afterAll(async () => {
    await handle?.close();
  });

  let next = 0;
  /** A person card no test has linked yet. */
  const freshPerson = () => {
    const id = personIds[next++];
    if (!id) throw new Error('out of demo persons');
    return id;
  };

  async function conflictOf(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EsiaLinkConflictError);
    return (error as EsiaLinkConflictError).conflict;
  }

  it('links a subject to a person and finds the link', async () => {
    const personId = freshPerson();
    expect(await findActiveEsiaLink(handle.db, '2000001')).toBeNull();
    const link = await linkEsiaSubject(handle.db, { esiaSubject: '2000001', personId, method: 'automatic' });
    expect(link).toMatchObject({ esiaSubject: '2000001', personId, method: 'automatic', unlinkedAt: null, linkedByAccountId: null });
    expect(link.linkedAt).toBeInstanceOf(Date);
    expect(await findActiveEsiaLink(handle.db, '2000001')).toEqual(link);
  });

  it('refuses a second current link of the same subject', async () => {
    const [a, b] = [freshPerson(), freshPerson()];
    await linkEsiaSubject(handle.db, { esiaSubject: '2000002', personId: a, method: 'automatic' });
    expect(await conflictOf(linkEsiaSubject(handle.db, { esiaSubject: '2000002', personId: b, method: 'legacy_password' }))).toBe(
      'subject-linked',
    );
  });

  it('refuses a second current link of the same person', async () => {
    const personId = freshPerson();
    await linkEsiaSubject(handle.db, { esiaSubject: '2000003', personId, method: 'automatic' });
    expect(await conflictOf(linkEsiaSubject(handle.db, { esiaSubject: '2000004', personId, method: 'settings' }))).toBe('person-linked');
    expect(await findActiveEsiaLink(handle.db, '2000004')).toBeNull();
  });

  it('lets exactly one of two concurrent attempts for the same card win', async () => {
    for (let round = 0; round < 3; round++) {
      const personId = freshPerson();
      const outcomes = await Promise.allSettled([
        linkEsiaSubject(handle.db, { esiaSubject: `300000${round}a`, personId, method: 'automatic' }),
        linkEsiaSubject(handle.db, { esiaSubject: `300000${round}b`, personId, method: 'automatic' }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(rejected?.reason).toBeInstanceOf(EsiaLinkConflictError);
      expect((rejected?.reason as EsiaLinkConflictError | undefined)?.conflict).toBe('person-linked');
      const current = await handle.db
        .select()
        .from(esiaLinks)
        .where(and(eq(esiaLinks.personId, personId), isNull(esiaLinks.unlinkedAt)));
      expect(current).toHaveLength(1);
    }
  });

  it('lets exactly one of two concurrent attempts for the same subject win', async () => {
    const [a, b] = [freshPerson(), freshPerson()];
    const outcomes = await Promise.allSettled([
      linkEsiaSubject(handle.db, { esiaSubject: '3100000', personId: a, method: 'automatic' }),
      linkEsiaSubject(handle.db, { esiaSubject: '3100000', personId: b, method: 'automatic' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const [rejected] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect((rejected?.reason as EsiaLinkConflictError | undefined)?.conflict).toBe('subject-linked');
  });

  it('allows a new link once the old one is unlinked, keeping the history', async () => {
    const [a, b] = [freshPerson(), freshPerson()];
    const old = await linkEsiaSubject(handle.db, { esiaSubject: '2000005', personId: a, method: 'automatic' });
    await handle.db
      .update(esiaLinks)
      .set({ unlinkedAt: new Date('2026-11-23T09:00:00Z') })
      .where(eq(esiaLinks.id, old.id));
    expect(await findActiveEsiaLink(handle.db, '2000005')).toBeNull();

    // The subject can link again (to another card), and the old card can get another subject.
    const again = await linkEsiaSubject(handle.db, { esiaSubject: '2000005', personId: b, method: 'staff' });
    const other: EsiaLink = await linkEsiaSubject(handle.db, { esiaSubject: '2000006', personId: a, method: 'settings' });
    expect((await findActiveEsiaLink(handle.db, '2000005'))?.id).toBe(again.id);
    expect(other.personId).toBe(a);
    const history = await handle.db.select().from(esiaLinks).where(eq(esiaLinks.esiaSubject, '2000005'));
    expect(history).toHaveLength(2);
  });

  it("does not abort the caller's transaction on a conflict", async () => {
    const personId = freshPerson();
    await linkEsiaSubject(handle.db, { esiaSubject: '2000007', personId, method: 'automatic' });
    const found = await handle.db.transaction(async (tx) => {
      await expect(linkEsiaSubject(tx, { esiaSubject: '2000008', personId, method: 'automatic' })).rejects.toBeInstanceOf(
        EsiaLinkConflictError,
      );
      return findActiveEsiaLink(tx, '2000007');
    });
    expect(found?.personId).toBe(personId);
  });
});
