import { DomainError, type FullName, formatFullName, isUuid } from '@vhod/domain';
import {
  accessRequests,
  accounts,
  apiClients,
  auditLog,
  auditLogOrganisations,
  organisations,
  persons,
  replyTemplates,
  type AuditLogEntry,
  type Database,
} from '@vhod/db';
import { and, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { StaffActor } from '../staff/staff-actor';
import { z } from 'zod';
import { keysetCursor } from '../pagination/keyset-cursor';
import { keysetPage, pageLimit, type KeysetPage } from '../pagination/keyset-page';

export interface AuditLogFilter {
  action?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive: the day after the last day shown. */
  to?: Date | null;
  actorAccountId?: string | null;
}

/** One entry with the names a reader needs, looked up after the page is cut. */
export interface AuditLogRecord {
  entry: AuditLogEntry;
  actorName: FullName | null;
  /** What the target is called where a reader would know it by that: a person's name, a request's number, a template's title, a client's name. */
  targetName: string | null;
  organisationName: string | null;
}

export type AuditLogPage = KeysetPage<AuditLogRecord>;

// The database keeps microseconds; a JavaScript Date would round them off and skip or repeat
// entries written within the same millisecond, so the cursor carries the exact text.
const auditCursor = keysetCursor({
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
  id: z.number().int().positive(),
});

/** Reading the audit log in the staff console: the organisation's entries (every entry for the region), newest first. */
export function createAuditLogService({ db }: { db: Database }) {
  async function namesOf(ids: string[]): Promise<Map<string, FullName>> {
    const unique = [...new Set(ids.filter(isUuid))];
    if (unique.length === 0) return new Map();
    const rows = await db
      .select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName, middleName: persons.middleName })
      .from(persons)
      .where(inArray(persons.id, unique));
    return new Map(rows.map(({ id, ...name }) => [id, name]));
  }

  /** Names of the page's targets by id, one query per kind of target on the page. */
  async function targetNamesOf(entries: readonly AuditLogEntry[]): Promise<Map<string, string>> {
    const idsOf = (kind: string) => [
      ...new Set(
        entries.flatMap((entry) => (entry.targetKind === kind && entry.targetId && isUuid(entry.targetId) ? [entry.targetId] : [])),
      ),
    ];
    const [requestRows, accountRows, templateRows, clientRows] = await Promise.all([
      lookup(idsOf('access-request'), (ids) =>
        db.select({ id: accessRequests.id, name: accessRequests.number }).from(accessRequests).where(inArray(accessRequests.id, ids)),
      ),
      lookup(idsOf('account'), (ids) =>
        db.select({ id: accounts.id, personId: accounts.personId }).from(accounts).where(inArray(accounts.id, ids)),
      ),
      lookup(idsOf('reply-template'), (ids) =>
        db.select({ id: replyTemplates.id, name: replyTemplates.title }).from(replyTemplates).where(inArray(replyTemplates.id, ids)),
      ),
      lookup(idsOf('api-client'), (ids) =>
        db.select({ id: apiClients.id, name: apiClients.name }).from(apiClients).where(inArray(apiClients.id, ids)),
      ),
    ]);
    const people = await namesOf([...idsOf('person'), ...accountRows.map((row) => row.personId)]);
    const names = new Map<string, string>();
    for (const [id, name] of people) names.set(id, formatFullName(name));
    for (const row of accountRows) {
      const name = people.get(row.personId);
      if (name) names.set(row.id, formatFullName(name));
    }
    for (const row of [...requestRows, ...templateRows, ...clientRows]) names.set(row.id, row.name);
    return names;
  }

  return {
    async list(
      actor: StaffActor,
      filter: AuditLogFilter,
      options: { first?: number | null; after?: string | null },
    ): Promise<AuditLogPage> {
      if (!actor.permissions.readAudit) throw new DomainError('forbidden');
      const limit = pageLimit(options.first, { default: 50, max: 200 });
      const empty = keysetPage<AuditLogRecord>([], false);
      const conditions: Array<SQL | undefined> = [];
      // A school reads the entries filed under it, in the order of that table's key: its page is a short backward index scan.
      const filed = actor.permissions.allOrganisations ? null : auditLogOrganisations;
      const keyAt = filed?.at ?? auditLog.at;
      const keyId = filed?.entryId ?? auditLog.id;
      const action = filter.action?.trim();
      if (action) conditions.push(eq(auditLog.action, action));
      if (filter.from) conditions.push(gte(keyAt, filter.from));
      if (filter.to) conditions.push(lt(keyAt, filter.to));
      if (filter.actorAccountId) {
        if (!isUuid(filter.actorAccountId)) return empty;
        conditions.push(eq(auditLog.actorAccountId, filter.actorAccountId));
      }
      if (options.after) {
        const cursor = auditCursor.decode(options.after);
        const at = sql`${cursor.at}::timestamptz`;
        // The plain bound lets the index range stop at the cursor; the row comparison breaks ties by id.
        conditions.push(lte(keyAt, at), sql`(${keyAt}, ${keyId}) < (${at}, ${cursor.id}::bigint)`);
      }

      const query = db
        .select({
          entry: auditLog,
          atText: sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
          organisationName: organisations.name,
        })
        .from(auditLog)
        .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
        .$dynamic();
      const rows = await (filed
        ? query.innerJoin(filed, and(eq(filed.entryId, auditLog.id), eq(filed.organisationId, actor.organisationId)))
        : query
      )
        .where(and(...conditions))
        .orderBy(desc(keyAt), desc(keyId))
        .limit(limit + 1);
      const page = rows.slice(0, limit);

      const actorAccountIds = [...new Set(page.flatMap((row) => (row.entry.actorAccountId ? [row.entry.actorAccountId] : [])))];
      const actorPersons =
        actorAccountIds.length === 0
          ? []
          : await db
              .select({ accountId: accounts.id, personId: accounts.personId })
              .from(accounts)
              .where(inArray(accounts.id, actorAccountIds));
      const personOfAccount = new Map(actorPersons.map((row) => [row.accountId, row.personId]));
      const [names, targetNames] = await Promise.all([namesOf([...personOfAccount.values()]), targetNamesOf(page.map((row) => row.entry))]);

      const edges = page.map(({ entry, atText, organisationName }) => {
        const actorPersonId = entry.actorAccountId ? personOfAccount.get(entry.actorAccountId) : undefined;
        const node: AuditLogRecord = {
          entry,
          organisationName,
          actorName: (actorPersonId && names.get(actorPersonId)) || null,
          targetName: (entry.targetId && targetNames.get(entry.targetId)) || null,
        };
        return { node, cursor: auditCursor.encode({ at: atText, id: entry.id }) };
      });
      return keysetPage(edges, rows.length > limit);
    },
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;

async function lookup<Row>(ids: string[], query: (ids: string[]) => Promise<Row[]>): Promise<Row[]> {
  return ids.length === 0 ? [] : query(ids);
}
