import {
  DomainError,
  nextAccessRequestStatus,
  parseAccessRequestNumber,
  formatAccessRequestNumber,
  type AccessRequestStatus,
  isUuid,
} from '@vhod/domain';
import { accessRequestEvents, accessRequests, writeAuditEntry, type AccessRequest, type Database } from '@vhod/db';
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { ClientMeta } from '../sessions/session-store';
import type { Reader } from '../access/reader';
import type { StaffActor } from '../staff/staff-actor';
import { createdAtCursor } from '../pagination/keyset-cursor';
import { keysetPage, pageLimit, type KeysetPage, type PageSize } from '../pagination/keyset-page';
import { announceRequestChange } from '../request-changes/request-change';
import { visibleRequestsCondition } from './visible-requests';
import { staffAuditActor } from '../staff/staff-audit';

export interface QueueFilter {
  statuses?: AccessRequestStatus[] | null;
  role?: 'parent' | 'student' | null;
  classId?: string | null;
  organisationId?: string | null;
  from?: Date | null;
  to?: Date | null;
  search?: string | null;
}

export type QueuePage = KeysetPage<AccessRequest>;

export const queuePageSize: PageSize = { default: 25, max: 100 };

/** Searches the applicant's name as ESIA gave it, case-insensitively and with ё folded to е. */
function nameSearch(term: string): SQL {
  const folded = term.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
  const pattern = `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`replace(lower(concat_ws(' ', ${accessRequests.applicant}->>'lastName', ${accessRequests.applicant}->>'firstName', ${accessRequests.applicant}->>'middleName')), 'ё', 'е') like ${pattern}`;
}

/** The access-request queue of the staff console: what each staff member may see and do. */
export function createStaffRequestService({ db, clock }: { db: Database; clock: Clock }) {
  async function visibleRequest(exec: Database, actor: Reader, id: string): Promise<AccessRequest> {
    if (!isUuid(id)) throw new DomainError('access-request-not-found');
    const [request] = await exec
      .select()
      .from(accessRequests)
      .where(and(eq(accessRequests.id, id), visibleRequestsCondition(actor)));
    if (!request) throw new DomainError('access-request-not-found');
    return request;
  }

  function requireWorker(actor: StaffActor) {
    if (!actor.permissions.workRequests) throw new DomainError('forbidden');
  }

  return {
    visibleRequest,

    async queue(actor: Reader, filter: QueueFilter, options: { first?: number | null; after?: string | null }): Promise<QueuePage> {
      const limit = pageLimit(options.first, queuePageSize);
      const cursor = options.after ? createdAtCursor.decode(options.after) : null;
      const search = filter.search?.trim();
      const number = search ? parseAccessRequestNumber(search) : null;
      const conditions: Array<SQL | undefined> = [
        visibleRequestsCondition(actor),
        filter.organisationId && isUuid(filter.organisationId) ? eq(accessRequests.organisationId, filter.organisationId) : undefined,
        filter.statuses?.length ? inArray(accessRequests.status, filter.statuses) : undefined,
        filter.role ? eq(accessRequests.role, filter.role) : undefined,
        filter.classId && isUuid(filter.classId) ? eq(accessRequests.classId, filter.classId) : undefined,
        filter.from ? gte(accessRequests.createdAt, filter.from) : undefined,
        filter.to ? lt(accessRequests.createdAt, filter.to) : undefined,
        search
          ? number
            ? eq(accessRequests.number, formatAccessRequestNumber(number.year, number.sequence))
            : nameSearch(search)
          : undefined,
        cursor
          ? or(
              lt(accessRequests.createdAt, cursor.createdAt),
              and(eq(accessRequests.createdAt, cursor.createdAt), lt(accessRequests.id, cursor.id)),
            )
          : undefined,
      ];
      const rows = await db
        .select()
        .from(accessRequests)
        .where(and(...conditions))
        .orderBy(desc(accessRequests.createdAt), desc(accessRequests.id))
        .limit(limit + 1);
      const edges = rows.slice(0, limit).map((node) => ({ node, cursor: createdAtCursor.encode(node) }));
      return keysetPage(edges, rows.length > limit);
    },

    /** «Взять в работу»: marks the request so two staff members do not work it unknowingly. */
    async take(actor: StaffActor, id: string, meta: ClientMeta): Promise<AccessRequest> {
      requireWorker(actor);
      const request = await visibleRequest(db, actor, id);
      nextAccessRequestStatus(request.status, 'take');
      return db.transaction(async (tx) => {
        // The status guard makes the second of two simultaneous takes find nothing to update.
        const [taken] = await tx
          .update(accessRequests)
          .set({ status: 'in_review', assignedToAccountId: actor.accountId, updatedAt: clock.now() })
          .where(and(eq(accessRequests.id, id), eq(accessRequests.status, 'new')))
          .returning();
        if (!taken) throw new DomainError('invalid-transition', { status: 'in_review' });
        await tx.insert(accessRequestEvents).values({ requestId: id, kind: 'taken', actorAccountId: actor.accountId, at: clock.now() });
        await announceRequestChange(tx, { requestId: id, organisationId: request.organisationId, kind: 'taken' });
        await writeAuditEntry(tx, {
          action: 'access-request.taken',
          ...staffAuditActor(actor, meta),
          organisationId: request.organisationId,
          targetKind: 'access-request',
          targetId: id,
          details: { number: request.number },
        });
        return taken;
      });
    },

    /** An internal note: part of the history, never shown to the family. */
    async addNote(actor: StaffActor, id: string, text: string, meta: ClientMeta): Promise<AccessRequest> {
      requireWorker(actor);
      const request = await visibleRequest(db, actor, id);
      const note = text.trim();
      if (!note || note.length > 2000) throw new DomainError('comment-required');
      await db.transaction(async (tx) => {
        await tx
          .insert(accessRequestEvents)
          .values({ requestId: id, kind: 'note', actorAccountId: actor.accountId, comment: note, internal: true, at: clock.now() });
        await announceRequestChange(tx, { requestId: id, organisationId: request.organisationId, kind: 'noted' });
        await writeAuditEntry(tx, {
          action: 'access-request.noted',
          ...staffAuditActor(actor, meta),
          organisationId: request.organisationId,
          targetKind: 'access-request',
          targetId: id,
          details: {},
        });
      });
      return request;
    },

    async history(request: AccessRequest) {
      return db
        .select()
        .from(accessRequestEvents)
        .where(eq(accessRequestEvents.requestId, request.id))
        .orderBy(accessRequestEvents.at, accessRequestEvents.id);
    },
  };
}

export type StaffRequestService = ReturnType<typeof createStaffRequestService>;
