import {
  DomainError,
  assessChildCard,
  assessLink,
  nextAccessRequestStatus,
  normalizeSnils,
  type AccessRequestAction,
  type EsiaChild,
  type LinkMismatch,
  isUuid,
} from '@vhod/domain';
import {
  EsiaLinkConflictError,
  accessRequestEvents,
  accessRequests,
  accounts,
  classes,
  linkEsiaSubject,
  parentChildLinks,
  persons,
  withPersonKeys,
  writeAuditEntry,
  type AccessRequest,
  type Database,
} from '@vhod/db';
import { accessRequestRejected, accessRequestResolved, enqueueEmail } from '@vhod/email';
import { and, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import { linkCardOf } from '../person-cards/card-document';
import { requireCardSteward } from '../person-cards/card-stewardship';
import { announceRequestChange } from '../request-changes/request-change';
import type { ClientMeta } from '../sessions/session-store';
import type { StaffActor } from '../staff/staff-actor';
import type { StaffRequestService } from './staff-request-service';
import { staffAuditActor } from '../staff/staff-audit';

const maxCommentLength = 2000;

function decisionComment(comment: string): string {
  const trimmed = comment.trim();
  if (!trimmed || trimmed.length > maxCommentLength) throw new DomainError('comment-required');
  return trimmed;
}

/**
 * Resolving (by linking an existing card or creating one) and rejecting requests. Each decision
 * — the status, the history, the link or the new card, the family's email and the audit entry —
 * commits as one transaction.
 */
export function createAccessRequestDecisions({
  db,
  clock,
  requests,
  portalOrigin,
}: {
  db: Database;
  clock: Clock;
  requests: StaffRequestService;
  /** The public origin the family's email links to. */
  portalOrigin: string;
}) {
  async function decide(
    tx: Database,
    actor: StaffActor,
    request: AccessRequest,
    action: Extract<AccessRequestAction, 'resolve' | 'reject'>,
    comment: string,
    meta: ClientMeta,
    details: Record<string, unknown>,
    concernedPersonIds: readonly string[] = [],
  ): Promise<AccessRequest> {
    const status = nextAccessRequestStatus(request.status, action);
    // Guarded by the status read: a decision that raced another one finds nothing to update.
    const [decided] = await tx
      .update(accessRequests)
      .set({ status, decisionComment: comment, decidedAt: clock.now(), decidedByAccountId: actor.accountId, updatedAt: clock.now() })
      .where(and(eq(accessRequests.id, request.id), eq(accessRequests.status, request.status)))
      .returning();
    if (!decided) throw new DomainError('invalid-transition', { status: request.status });
    await tx.insert(accessRequestEvents).values({
      requestId: request.id,
      kind: status === 'resolved' ? 'resolved' : 'rejected',
      actorAccountId: actor.accountId,
      comment,
      at: clock.now(),
    });
    const email =
      status === 'resolved'
        ? accessRequestResolved({ number: request.number, comment, portalOrigin })
        : accessRequestRejected({ number: request.number, comment, portalOrigin });
    await enqueueEmail(tx, { template: `access-request-${status}`, to: request.email, ...email });
    await announceRequestChange(tx, {
      requestId: request.id,
      organisationId: request.organisationId,
      kind: status === 'resolved' ? 'resolved' : 'rejected',
    });
    await writeAuditEntry(tx, {
      action: status === 'resolved' ? 'access-request.resolved' : 'access-request.rejected',
      ...staffAuditActor(actor, meta),
      esiaSubject: request.esiaSubject,
      organisationId: request.organisationId,
      targetKind: 'access-request',
      targetId: request.id,
      details: { number: request.number, ...details },
      concernedPersonIds,
    });
    return decided;
  }

  async function linkApplicant(tx: Database, actor: StaffActor, request: AccessRequest, personId: string) {
    try {
      await linkEsiaSubject(tx, { esiaSubject: request.esiaSubject, personId, method: 'staff', linkedByAccountId: actor.accountId });
    } catch (error) {
      if (error instanceof EsiaLinkConflictError)
        throw new DomainError(error.conflict === 'person-linked' ? 'card-already-linked' : 'esia-already-linked');
      throw error;
    }
  }

  function requireWorker(actor: StaffActor) {
    if (!actor.permissions.workRequests) throw new DomainError('forbidden');
  }

  return {
    /**
     * Links the applicant's ESIA account to an existing card of the request's organisation. The
     * link guards apply; a soft mismatch (a name spelled differently, a birth date typo) needs
     * a recorded reason, a hard one (a child's card for an adult's ESIA) is never allowed.
     */
    async resolveByLink(
      actor: StaffActor,
      id: string,
      input: { personId: string; comment: string; overrideReason?: string | null },
      meta: ClientMeta,
    ) {
      requireWorker(actor);
      const comment = decisionComment(input.comment);
      const request = await requests.visibleRequest(db, actor, id);
      if (!isUuid(input.personId)) throw new DomainError('person-not-found');
      const [row] = await db
        .select({ card: persons, role: accounts.role })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(
          and(eq(accounts.personId, input.personId), eq(accounts.organisationId, request.organisationId), eq(accounts.role, request.role)),
        );
      if (!row) throw new DomainError('person-not-found');
      const card = row.card;
      const assessment = assessLink({
        person: { ...request.applicant, children: request.child ? [request.child] : [] },
        card: linkCardOf(card),
        role: row.role,
        today: clock.today(),
      });
      const overrideReason = input.overrideReason?.trim() || null;
      if (!assessment.staffLinkAllowed) throw new DomainError('link-identity-mismatch', { mismatches: assessment.hard });
      if (assessment.soft.length > 0 && !overrideReason)
        throw new DomainError('link-identity-mismatch', { mismatches: assessment.soft, overridable: true });
      return db.transaction(async (tx) => {
        await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, card.id)).for('update');
        // The link lets this ESIA account into every account of the card, at other schools too.
        await requireCardSteward(tx, actor, card.id);
        await linkApplicant(tx, actor, request, card.id);
        return decide(
          tx,
          actor,
          request,
          'resolve',
          comment,
          meta,
          {
            how: 'link',
            personId: card.id,
            ...(assessment.soft.length > 0 ? { overriddenMismatches: assessment.soft satisfies LinkMismatch[], overrideReason } : {}),
          },
          [card.id],
        );
      });
    },

    /**
     * Creates the applicant's card and account (for a student with the class; for a parent with
     * the child's card, found or created, and the parent–child relation), then links ESIA.
     */
    async resolveByCreate(
      actor: StaffActor,
      id: string,
      input: { comment: string; classId?: string | null; childPersonId?: string | null },
      meta: ClientMeta,
    ) {
      requireWorker(actor);
      const comment = decisionComment(input.comment);
      const request = await requests.visibleRequest(db, actor, id);
      const applicant = request.applicant;
      const document = applicant.documents[0] ?? null;
      const classId = input.classId ?? request.classId;
      return db.transaction(async (tx) => {
        if (classId) await requireClassOf(tx, request, classId);
        const existingChildId = input.childPersonId ? await requireChildCard(tx, request, input.childPersonId) : null;
        const [card] = await tx
          .insert(persons)
          .values(
            withPersonKeys({
              lastName: applicant.lastName,
              firstName: applicant.firstName,
              middleName: applicant.middleName ?? null,
              birthDate: applicant.birthDate ?? null,
              gender: applicant.gender ?? null,
              snils: normalizeSnils(applicant.snils),
              documentType: document?.type ?? null,
              documentSeries: document?.series ?? null,
              documentNumber: document?.number ?? null,
              email: request.email,
              phone: applicant.mobile ?? null,
            }),
          )
          .returning();
        await tx.insert(accounts).values({
          personId: card!.id,
          organisationId: request.organisationId,
          role: request.role,
          classId: request.role === 'student' ? classId : null,
        });
        let childPersonId: string | null = null;
        if (request.role === 'parent' && request.child) {
          childPersonId = existingChildId ?? (await createChildCard(tx, request, request.child, classId));
          await tx.insert(parentChildLinks).values({ parentPersonId: card!.id, childPersonId });
        }
        await linkApplicant(tx, actor, request, card!.id);
        return decide(tx, actor, request, 'resolve', comment, meta, { how: 'create', personId: card!.id, childPersonId }, [
          card!.id,
          ...(childPersonId ? [childPersonId] : []),
        ]);
      });
    },

    async reject(actor: StaffActor, id: string, commentText: string, meta: ClientMeta) {
      requireWorker(actor);
      const comment = decisionComment(commentText);
      const request = await requests.visibleRequest(db, actor, id);
      return db.transaction((tx) => decide(tx, actor, request, 'reject', comment, meta, {}));
    },

    /**
     * The September rush: one comment for several requests. Each still gets its own email,
     * history event and audit entry; a request that cannot be rejected any more is reported,
     * not silently skipped.
     */
    async rejectMany(actor: StaffActor, ids: readonly string[], commentText: string, meta: ClientMeta) {
      requireWorker(actor);
      const comment = decisionComment(commentText);
      const results: Array<{ id: string; request: AccessRequest | null; error: DomainError | null }> = [];
      for (const id of new Set(ids)) {
        try {
          const request = await requests.visibleRequest(db, actor, id);
          results.push({
            id,
            request: await db.transaction((tx) => decide(tx, actor, request, 'reject', comment, meta, { bulk: true })),
            error: null,
          });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          results.push({ id, request: null, error });
        }
      }
      return results;
    },

    /** Cards of the request's organisation that already stand for the ESIA child (for «создать» with a known child). */
    async childCardsOf(actor: StaffActor, request: AccessRequest) {
      if (!request.child || !actor.permissions.workRequests) return [];
      return db
        .select({
          id: persons.id,
          lastName: persons.lastName,
          firstName: persons.firstName,
          middleName: persons.middleName,
          birthDate: persons.birthDate,
        })
        .from(persons)
        .innerJoin(accounts, eq(accounts.personId, persons.id))
        .where(
          and(
            eq(accounts.organisationId, request.organisationId),
            inArray(accounts.role, ['student']),
            eq(persons.lastName, request.child.lastName),
            eq(persons.firstName, request.child.firstName),
          ),
        );
    },
  };

  /** A class given for the new card must be one of the request's organisation. */
  async function requireClassOf(tx: Database, request: AccessRequest, classId: string): Promise<void> {
    if (!isUuid(classId)) throw new DomainError('class-not-found');
    const [schoolClass] = await tx
      .select({ id: classes.id })
      .from(classes)
      .where(and(eq(classes.id, classId), eq(classes.organisationId, request.organisationId)));
    if (!schoolClass) throw new DomainError('class-not-found');
  }

  /**
   * An existing child card the parent's card is to be tied to: a student of the request's
   * organisation, and the very child of the request (the link guards judge it), never a pupil
   * of another school or somebody else's child.
   */
  async function requireChildCard(tx: Database, request: AccessRequest, childPersonId: string): Promise<string> {
    if (request.role !== 'parent' || !request.child || !isUuid(childPersonId)) throw new DomainError('person-not-found');
    const [row] = await tx
      .select({ card: persons })
      .from(persons)
      .innerJoin(accounts, eq(accounts.personId, persons.id))
      .where(and(eq(persons.id, childPersonId), eq(accounts.organisationId, request.organisationId), eq(accounts.role, 'student')))
      .limit(1);
    if (!row) throw new DomainError('person-not-found');
    const assessment = assessChildCard({ child: request.child, card: linkCardOf(row.card), today: clock.today() });
    if (!assessment.selfLinkAllowed) throw new DomainError('child-card-mismatch', { mismatches: assessment.mismatches });
    return row.card.id;
  }

  async function createChildCard(tx: Database, request: AccessRequest, child: EsiaChild, classId: string | null): Promise<string> {
    const [card] = await tx
      .insert(persons)
      .values(
        withPersonKeys({
          lastName: child.lastName,
          firstName: child.firstName,
          middleName: child.middleName ?? null,
          birthDate: child.birthDate ?? null,
          gender: child.gender ?? null,
          snils: normalizeSnils(child.snils),
          documentType: child.birthCertificate ? 'RF_BRTH_CERT' : null,
          documentSeries: child.birthCertificate?.series ?? null,
          documentNumber: child.birthCertificate?.number ?? null,
        }),
      )
      .returning();
    await tx.insert(accounts).values({ personId: card!.id, organisationId: request.organisationId, role: 'student', classId });
    return card!.id;
  }
}

export type AccessRequestDecisions = ReturnType<typeof createAccessRequestDecisions>;
