import { DomainError, normalizeSnils, type DriftChange, isUuid } from '@vhod/domain';
import {
  accounts,
  dataDriftItems,
  persons,
  withPersonKeys,
  writeAuditEntry,
  type DataDriftItem,
  type Database,
  type Person,
} from '@vhod/db';
import { and, desc, eq, exists, type SQL } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import { requireCardSteward } from '../person-cards/card-stewardship';
import type { ClientMeta } from '../sessions/session-store';
import type { StaffActor } from '../staff/staff-actor';
import { staffAuditActor } from '../staff/staff-audit';

/** The card's new values when staff accept what ESIA says now. */
function acceptedValues(item: DataDriftItem): Partial<Person> {
  const values: Partial<Person> = {};
  const byField = (field: DriftChange['field']) => item.changes.find((change) => change.field === field)?.esiaValue ?? undefined;
  const lastName = byField('lastName');
  const firstName = byField('firstName');
  const middleName = byField('middleName');
  const birthDate = byField('birthDate');
  const snils = byField('snils');
  if (lastName) values.lastName = lastName;
  if (firstName) values.firstName = firstName;
  if (middleName) values.middleName = middleName;
  if (birthDate) values.birthDate = birthDate;
  if (snils) values.snils = normalizeSnils(snils);
  if (byField('document') && item.esiaDocument) {
    values.documentType = item.esiaDocument.type;
    values.documentSeries = item.esiaDocument.series ?? null;
    values.documentNumber = item.esiaDocument.number;
  }
  return values;
}

/** Review items for cards whose ESIA data changed: accept into the card, or dismiss. */
export function createDataDriftService({ db, clock }: { db: Database; clock: Clock }) {
  /** A card is the staff member's when it has an account in their organisation. */
  function visibleCondition(actor: StaffActor): SQL | undefined {
    if (actor.permissions.allOrganisations) return undefined;
    return exists(
      db
        .select({ one: accounts.id })
        .from(accounts)
        .where(and(eq(accounts.personId, dataDriftItems.personId), eq(accounts.organisationId, actor.organisationId))),
    );
  }

  async function openItem(actor: StaffActor, id: string): Promise<DataDriftItem> {
    if (!actor.permissions.manageCards) throw new DomainError('forbidden');
    if (!isUuid(id)) throw new DomainError('person-not-found');
    const [item] = await db
      .select()
      .from(dataDriftItems)
      .where(and(eq(dataDriftItems.id, id), eq(dataDriftItems.status, 'open'), visibleCondition(actor)));
    if (!item) throw new DomainError('person-not-found');
    return item;
  }

  async function close(tx: Database, actor: StaffActor, item: DataDriftItem, status: 'accepted' | 'dismissed') {
    const [closed] = await tx
      .update(dataDriftItems)
      .set({ status, decidedAt: clock.now(), decidedByAccountId: actor.accountId })
      .where(and(eq(dataDriftItems.id, item.id), eq(dataDriftItems.status, 'open')))
      .returning();
    if (!closed) throw new DomainError('invalid-transition');
    return closed;
  }

  return {
    async listOpen(actor: StaffActor): Promise<DataDriftItem[]> {
      if (!actor.permissions.manageCards) return [];
      return db
        .select()
        .from(dataDriftItems)
        .where(and(eq(dataDriftItems.status, 'open'), visibleCondition(actor)))
        .orderBy(desc(dataDriftItems.detectedAt))
        .limit(200);
    },

    async accept(actor: StaffActor, id: string, meta: ClientMeta): Promise<DataDriftItem> {
      const item = await openItem(actor, id);
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(persons).where(eq(persons.id, item.personId)).for('update');
        await requireCardSteward(tx, actor, item.personId);
        const values = acceptedValues(item);
        const merged = { ...before!, ...values };
        await tx
          .update(persons)
          .set({ ...withPersonKeys(merged), updatedAt: clock.now() })
          .where(eq(persons.id, item.personId));
        const changed = Object.keys(values) as Array<keyof Person>;
        await writeAuditEntry(tx, {
          action: 'data-drift.accepted',
          ...staffAuditActor(actor, meta),
          targetKind: 'person',
          targetId: item.personId,
          details: {
            before: Object.fromEntries(changed.map((field) => [field, before![field]])),
            after: Object.fromEntries(changed.map((field) => [field, merged[field]])),
          },
        });
        return close(tx, actor, item, 'accepted');
      });
    },

    async dismiss(actor: StaffActor, id: string, meta: ClientMeta): Promise<DataDriftItem> {
      const item = await openItem(actor, id);
      return db.transaction(async (tx) => {
        await writeAuditEntry(tx, {
          action: 'data-drift.dismissed',
          ...staffAuditActor(actor, meta),
          targetKind: 'person',
          targetId: item.personId,
          details: { fields: item.changes.map((change) => change.field) },
        });
        return close(tx, actor, item, 'dismissed');
      });
    },
  };
}

export type DataDriftService = ReturnType<typeof createDataDriftService>;
