import { DomainError, isPersonCardContactField, isUuid, uuidSchema, validatePersonCardInput, type AccountRole } from '@vhod/domain';
import {
  accounts,
  classes,
  esiaLinks,
  organisations,
  parentChildLinks,
  personKeys,
  persons,
  writeAuditEntry,
  type Database,
  type EsiaLink,
  type Person,
} from '@vhod/db';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../clock/clock';
import { endSessionsThroughLink, type ClientMeta } from '../sessions/session-store';
import type { Reader } from '../access/reader';
import { keysetCursor } from '../pagination/keyset-cursor';
import { keysetPage, pageLimit, type KeysetPage } from '../pagination/keyset-page';
import type { StaffActor } from '../staff/staff-actor';
import { ValidationError } from '../validation/validation-error';
import { cardChanges, columnsOfInput } from './card-changes';
import { requireCardSteward } from './card-stewardship';
import { cardScopeOf, visibleAccountCondition, visibleCardCondition, type CardScope } from './card-scope';
import { cardSearchCondition } from './card-search';
import { staffAuditActor } from '../staff/staff-audit';

/** One of the card's accounts in an organisation the staff member may see. */
export interface CardAccount {
  id: string;
  role: AccountRole;
  organisationId: string;
  organisationName: string;
  className: string | null;
  disabled: boolean;
}

/** A card as one staff member may see it: only the accounts of their organisation(s). */
export interface PersonCardRecord {
  person: Person;
  accounts: CardAccount[];
  esiaLink: EsiaLink | null;
  scope: CardScope;
}

export type PersonCardPage = KeysetPage<PersonCardRecord>;

/** Who linked or unlinked: a staff member, or the card's owner through one of their accounts. */
export interface LinkActor {
  accountId: string;
  fullName: { lastName: string; firstName: string; middleName: string | null };
  role: AccountRole;
  isCardOwner: boolean;
}

export type RelatedPerson = Pick<Person, 'id' | 'lastName' | 'firstName' | 'middleName' | 'birthDate'>;

const cardCursor = keysetCursor({ nameKey: z.string().max(400), id: uuidSchema });
export const unlinkCommentMaxLength = 1000;

function requireCardManager(actor: StaffActor) {
  if (!actor.permissions.manageCards) throw new DomainError('forbidden');
}

function requireCardReader(reader: Reader) {
  if (!reader.permissions.readCards) throw new DomainError('forbidden');
}

/** Person cards in the staff console: search, view, edit, unlink on the person's behalf. */
export function createPersonCardService({ db, clock }: { db: Database; clock: Clock }) {
  /** Adds the visible accounts and the current ESIA link to a page of cards, in two queries. */
  async function recordsOf(exec: Database, scope: CardScope, rows: Person[]): Promise<PersonCardRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [accountRows, linkRows] = await Promise.all([
      exec
        .select({
          id: accounts.id,
          personId: accounts.personId,
          role: accounts.role,
          organisationId: accounts.organisationId,
          organisationName: organisations.name,
          className: classes.name,
          disabledAt: accounts.disabledAt,
        })
        .from(accounts)
        .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
        .leftJoin(classes, eq(classes.id, accounts.classId))
        .where(and(inArray(accounts.personId, ids), visibleAccountCondition(scope)))
        .orderBy(asc(organisations.name), asc(accounts.role), asc(accounts.id)),
      exec
        .select()
        .from(esiaLinks)
        .where(and(inArray(esiaLinks.personId, ids), isNull(esiaLinks.unlinkedAt))),
    ]);
    return rows.map((person) => ({
      person,
      scope,
      accounts: accountRows
        .filter((row) => row.personId === person.id)
        .map(({ personId: _personId, disabledAt, ...account }) => ({ ...account, disabled: disabledAt !== null })),
      esiaLink: linkRows.find((link) => link.personId === person.id) ?? null,
    }));
  }

  /** The card if this staff member may see it; another organisation's card is simply not there. */
  async function findVisible(exec: Database, actor: Reader, id: string, lock = false): Promise<PersonCardRecord | null> {
    requireCardReader(actor);
    if (!isUuid(id)) return null;
    const scope = cardScopeOf(actor);
    const query = exec
      .select()
      .from(persons)
      .where(and(eq(persons.id, id), visibleCardCondition(scope)));
    // The edit compares against the row it is about to overwrite: no concurrent edit slips between.
    const [person] = lock ? await query.for('update', { of: persons }) : await query;
    if (!person) return null;
    const [record] = await recordsOf(exec, scope, [person]);
    return record ?? null;
  }

  async function getVisible(exec: Database, actor: StaffActor, id: string, lock = false): Promise<PersonCardRecord> {
    const record = await findVisible(exec, actor, id, lock);
    if (!record) throw new DomainError('person-not-found');
    return record;
  }

  return {
    async search(
      actor: Reader,
      options: { search?: string | null; first?: number | null; after?: string | null },
    ): Promise<PersonCardPage> {
      requireCardReader(actor);
      const limit = pageLimit(options.first, { default: 20, max: 100 });
      const scope = cardScopeOf(actor);
      const conditions: Array<SQL | undefined> = [
        visibleCardCondition(scope),
        cardSearchCondition(options.search, { personalData: actor.permissions.readPersonalData }),
      ];
      if (options.after) {
        const cursor = cardCursor.decode(options.after);
        conditions.push(sql`(${persons.nameKey}, ${persons.id}) > (${cursor.nameKey}, ${cursor.id}::uuid)`);
      }
      const rows = await db
        .select()
        .from(persons)
        .where(and(...conditions))
        .orderBy(asc(persons.nameKey), asc(persons.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const records = await recordsOf(db, scope, page);
      const edges = records.map((node) => ({ node, cursor: cardCursor.encode({ nameKey: node.person.nameKey, id: node.person.id }) }));
      return keysetPage(edges, rows.length > limit);
    },

    get(actor: Reader, id: string): Promise<PersonCardRecord | null> {
      return findVisible(db, actor, id);
    },

    /**
     * Replaces the card's editable fields with the validated form. The match keys are recomputed
     * (sign-in looks cards up by them) and the audit entry holds only the fields that changed,
     * each with its value before and after. An edit that changes nothing writes nothing.
     */
    async update(actor: StaffActor, id: string, raw: unknown, meta: ClientMeta): Promise<PersonCardRecord> {
      requireCardManager(actor);
      const validated = validatePersonCardInput(raw, { today: clock.today() });
      return db.transaction(async (tx) => {
        const record = await getVisible(tx, actor, id, true);
        // Validated only after the card is known to be visible: field errors must not reveal another school's card.
        if (!validated.ok) throw new ValidationError(validated.fieldErrors);
        const after = columnsOfInput(validated.value);
        const changes = cardChanges(record.person, after);
        if (Object.keys(changes).length === 0) return record;
        if (!Object.keys(changes).every(isPersonCardContactField)) await requireCardSteward(tx, actor, id);
        const [person] = await tx
          .update(persons)
          .set({ ...after, ...personKeys(after), updatedAt: clock.now() })
          .where(eq(persons.id, id))
          .returning();
        await writeAuditEntry(tx, {
          action: 'person-card.updated',
          ...staffAuditActor(actor, meta),
          targetKind: 'person',
          targetId: id,
          details: { changes },
        });
        return { ...record, person: person! };
      });
    },

    /**
     * «Удалить связь с учётной записью ЕСИА» on the person's behalf: the link becomes history
     * (unlinked by this staff member), the sessions that came in through it end, and the reason
     * goes to the audit log.
     */
    async unlinkEsia(actor: StaffActor, id: string, rawComment: string, meta: ClientMeta): Promise<PersonCardRecord> {
      requireCardManager(actor);
      const comment = rawComment.trim();
      return db.transaction(async (tx) => {
        const record = await getVisible(tx, actor, id, true);
        if (comment === '') throw new ValidationError([{ field: 'comment', code: 'validation.required' }]);
        if (comment.length > unlinkCommentMaxLength) throw new ValidationError([{ field: 'comment', code: 'validation.too-long' }]);
        await requireCardSteward(tx, actor, id);
        const [unlinked] = await tx
          .update(esiaLinks)
          .set({ unlinkedAt: clock.now(), unlinkedByAccountId: actor.accountId })
          .where(and(eq(esiaLinks.personId, id), isNull(esiaLinks.unlinkedAt)))
          .returning();
        if (!unlinked) throw new DomainError('not-linked');
        await endSessionsThroughLink(tx, { personId: id, esiaSubject: unlinked.esiaSubject }, clock.now());
        await writeAuditEntry(tx, {
          action: 'esia.unlinked',
          ...staffAuditActor(actor, meta),
          esiaSubject: unlinked.esiaSubject,
          targetKind: 'person',
          targetId: id,
          details: { method: unlinked.method, onBehalf: true, comment },
        });
        return { ...record, esiaLink: null };
      });
    },

    /** Every ESIA link the card ever had, newest first. */
    linkHistory(record: PersonCardRecord): Promise<EsiaLink[]> {
      return db
        .select()
        .from(esiaLinks)
        .where(eq(esiaLinks.personId, record.person.id))
        .orderBy(desc(esiaLinks.linkedAt), desc(esiaLinks.id));
    },

    /** Who acted on a link, by the account they used; null when nobody did (an automatic link). */
    async linkActor(record: PersonCardRecord, accountId: string | null): Promise<LinkActor | null> {
      if (!accountId) return null;
      const [row] = await db
        .select({ accountId: accounts.id, role: accounts.role, person: persons })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(eq(accounts.id, accountId));
      if (!row) return null;
      const { lastName, firstName, middleName } = row.person;
      return {
        accountId: row.accountId,
        role: row.role,
        fullName: { lastName, firstName, middleName },
        isCardOwner: row.person.id === record.person.id,
      };
    },

    /**
     * The card's parents or children that the staff member may see too: a child at another
     * school stays hidden from this one (its name would tell where it studies).
     */
    async relatives(record: PersonCardRecord, relation: 'parents' | 'children'): Promise<RelatedPerson[]> {
      const [own, other] =
        relation === 'parents'
          ? [parentChildLinks.childPersonId, parentChildLinks.parentPersonId]
          : [parentChildLinks.parentPersonId, parentChildLinks.childPersonId];
      return db
        .select({
          id: persons.id,
          lastName: persons.lastName,
          firstName: persons.firstName,
          middleName: persons.middleName,
          birthDate: persons.birthDate,
        })
        .from(parentChildLinks)
        .innerJoin(persons, eq(persons.id, other))
        .where(and(eq(own, record.person.id), visibleCardCondition(record.scope)))
        .orderBy(asc(persons.nameKey), asc(persons.id));
    },
  };
}

export type PersonCardService = ReturnType<typeof createPersonCardService>;
