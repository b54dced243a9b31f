import {
  DomainError,
  accessRequestDuplicateKey,
  accessRequestEligibility,
  formatAccessRequestNumber,
  formatFullName,
  validateAccessRequestInput,
  type EsiaPerson,
} from '@vhod/domain';
import {
  accessRequestEvents,
  accessRequests,
  classes,
  educationalOrganisationTypeCodes,
  nextAccessRequestSequence,
  organisations,
  uniqueViolationOf,
  writeAuditEntry,
  type AccessRequest,
  type Database,
} from '@vhod/db';
import { accessRequestCreated, enqueueEmail } from '@vhod/email';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import { announceRequestChange } from '../request-changes/request-change';
import type { ClientMeta, Session } from '../sessions/session-store';
import { ValidationError } from '../validation/validation-error';
import { accessRequestMatchReason } from './match-reason';

export interface SubmittedAccessRequest {
  request: AccessRequest;
  /** An open request for the same person, organisation and child already existed; it is returned instead. */
  alreadyExisted: boolean;
}

/** A signed-in-at-ESIA visitor's own data, as far as a request may use it. */
function applicantOf(session: Session): EsiaPerson {
  if (!session.esiaProfile || !session.esiaSubject) throw new DomainError('access-request-not-eligible');
  return session.esiaProfile;
}

/** «Обратиться в организацию», the family side: the form's rules, the number, the email, the family's own list. */
export function createAccessRequestService({ db, clock, portalOrigin }: { db: Database; clock: Clock; portalOrigin: string }) {
  async function findOpenDuplicate(exec: Database, key: ReturnType<typeof accessRequestDuplicateKey>) {
    const [row] = await exec
      .select()
      .from(accessRequests)
      .where(
        and(
          eq(accessRequests.esiaSubject, key.esiaSubject),
          eq(accessRequests.organisationId, key.organisationId),
          eq(accessRequests.childKey, key.childKey),
          inArray(accessRequests.status, ['new', 'in_review']),
        ),
      );
    return row;
  }

  return {
    eligibility(session: Session) {
      return accessRequestEligibility({ person: applicantOf(session), role: session.signInRole });
    },

    async submit(session: Session, raw: unknown, meta: ClientMeta): Promise<SubmittedAccessRequest> {
      const person = applicantOf(session);
      if (session.signInRole === 'staff') throw new DomainError('access-request-not-eligible');
      const eligibility = accessRequestEligibility({ person, role: session.signInRole });
      if (!eligibility.eligible) throw new DomainError('access-request-not-eligible', { reason: eligibility.reason });
      const validated = validateAccessRequestInput(raw, { role: session.signInRole, childIds: person.children.map((child) => child.id) });
      if (!validated.ok) throw new ValidationError(validated.fieldErrors);
      const input = validated.value;

      // Only the organisations the form offers: the education authority takes no families' requests.
      const [organisation] = await db
        .select()
        .from(organisations)
        .where(and(eq(organisations.id, input.organisationId), inArray(organisations.typeCode, [...educationalOrganisationTypeCodes])));
      if (!organisation) throw new ValidationError([{ field: 'organisationId', code: 'validation.organisation-required' }]);
      if (input.classId) {
        const [schoolClass] = await db
          .select({ id: classes.id })
          .from(classes)
          .where(and(eq(classes.id, input.classId), eq(classes.organisationId, organisation.id)));
        if (!schoolClass) throw new ValidationError([{ field: 'classId', code: 'validation.class-unknown' }]);
      }

      const key = accessRequestDuplicateKey({ esiaSubject: person.subject, organisationId: organisation.id, childId: input.childId });
      const existing = await findOpenDuplicate(db, key);
      if (existing) return { request: existing, alreadyExisted: true };

      const child = person.children.find((candidate) => candidate.id === input.childId) ?? null;
      const matchReason = await accessRequestMatchReason(db, session, person);
      const { children: _children, ...applicant } = person;
      try {
        const request = await db.transaction(async (tx) => {
          const year = Number(clock.today().slice(0, 4));
          const number = formatAccessRequestNumber(year, await nextAccessRequestSequence(tx, year));
          const [created] = await tx
            .insert(accessRequests)
            .values({
              number,
              esiaSubject: person.subject,
              role: session.signInRole as 'parent' | 'student',
              applicant,
              email: input.email,
              child,
              childKey: key.childKey,
              organisationId: organisation.id,
              classId: input.classId ?? null,
              comment: input.comment ?? null,
              matchReason,
              createdAt: clock.now(),
              updatedAt: clock.now(),
            })
            .returning();
          await tx.insert(accessRequestEvents).values({ requestId: created!.id, kind: 'created', at: clock.now() });
          await announceRequestChange(tx, { requestId: created!.id, organisationId: organisation.id, kind: 'submitted' });
          await enqueueEmail(tx, {
            template: 'access-request-created',
            to: input.email,
            ...accessRequestCreated({ number, fullName: formatFullName(person), organisationName: organisation.name, portalOrigin }),
          });
          await writeAuditEntry(tx, {
            action: 'access-request.created',
            actorKind: 'esia-user',
            esiaSubject: person.subject,
            organisationId: organisation.id,
            targetKind: 'access-request',
            targetId: created!.id,
            clientIp: meta.clientIp,
            details: { number, matchReason },
          });
          return created!;
        });
        return { request, alreadyExisted: false };
      } catch (error) {
        // Two submits raced past the duplicate check: the index let one in; show that one.
        if (uniqueViolationOf(error)?.includes('access_requests_open_duplicate_uidx')) {
          const winner = await findOpenDuplicate(db, key);
          if (winner) return { request: winner, alreadyExisted: true };
        }
        throw error;
      }
    },

    /** «Мои обращения»: only what this ESIA account sent, newest first. */
    async listMine(session: Session): Promise<AccessRequest[]> {
      if (!session.esiaSubject) return [];
      return db
        .select()
        .from(accessRequests)
        .where(eq(accessRequests.esiaSubject, session.esiaSubject))
        .orderBy(desc(accessRequests.createdAt));
    },

    async getMine(session: Session, id: string): Promise<AccessRequest | null> {
      if (!session.esiaSubject || !/^[0-9a-f-]{36}$/i.test(id)) return null;
      const [row] = await db
        .select()
        .from(accessRequests)
        .where(and(eq(accessRequests.id, id), eq(accessRequests.esiaSubject, session.esiaSubject)));
      return row ?? null;
    },
  };
}

export type AccessRequestService = ReturnType<typeof createAccessRequestService>;
