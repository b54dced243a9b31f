import { availableAccessRequestActions, formatFullName, formatSnils, isOverdue, workingDaysBetween, type EsiaChild } from '@vhod/domain';
import { accounts, classes, organisations, persons, type AccessRequest, type AccessRequestApplicant, type AccessRequestEvent, type Database } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { AccessRequestStatusEnum } from '../access-requests/access-request';
import { OrganisationRef } from '../organisations/organisation';

const ApplicantRef = builder.objectRef<AccessRequestApplicant>('EsiaApplicant');

ApplicantRef.implement({
  description: 'What ESIA said about the applicant when the request was sent (staff only).',
  fields: (t) => ({
    subject: t.exposeString('subject', { description: 'The ESIA account id.' }),
    fullName: t.string({ resolve: (applicant) => formatFullName(applicant) }),
    lastName: t.exposeString('lastName'),
    firstName: t.exposeString('firstName'),
    middleName: t.exposeString('middleName', { nullable: true }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
    gender: t.exposeString('gender', { nullable: true }),
    snils: t.string({ nullable: true, resolve: (applicant) => (applicant.snils ? formatSnils(applicant.snils) : null) }),
    document: t.string({
      nullable: true,
      resolve: (applicant) => {
        const document = applicant.documents[0];
        return document ? [document.series, document.number].filter(Boolean).join(' ') : null;
      },
    }),
    email: t.exposeString('email', { nullable: true }),
    mobile: t.exposeString('mobile', { nullable: true }),
    trusted: t.exposeBoolean('trusted', { description: 'Whether the ESIA account is confirmed.' }),
  }),
});

const ApplicantChildRef = builder.objectRef<EsiaChild>('EsiaApplicantChild');

ApplicantChildRef.implement({
  description: "The child from the parent's ESIA profile the request is about.",
  fields: (t) => ({
    fullName: t.string({ resolve: (child) => formatFullName(child) }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
    snils: t.string({ nullable: true, resolve: (child) => (child.snils ? formatSnils(child.snils) : null) }),
    birthCertificate: t.string({
      nullable: true,
      resolve: (child) => (child.birthCertificate ? [child.birthCertificate.series, child.birthCertificate.number].filter(Boolean).join(' ') : null),
    }),
  }),
});

const AccessRequestEventRef = builder.objectRef<AccessRequestEvent>('AccessRequestEvent');

AccessRequestEventRef.implement({
  description: 'One step of a request’s history.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    kind: t.exposeString('kind'),
    comment: t.exposeString('comment', { nullable: true }),
    internal: t.exposeBoolean('internal', { description: 'An internal note: never shown to the family.' }),
    actorName: t.string({
      nullable: true,
      resolve: async (event, _args, { services }) => {
        if (!event.actorAccountId) return null;
        const [row] = await services.db
          .select({ person: persons })
          .from(accounts)
          .innerJoin(persons, eq(persons.id, accounts.personId))
          .where(eq(accounts.id, event.actorAccountId));
        return row ? formatFullName(row.person) : null;
      },
    }),
  }),
});

const RequestActionEnum = builder.enumType('AccessRequestAction', { values: enumValues(['take', 'resolve', 'reject', 'release'] as const) });
const MatchReasonEnum = builder.enumType('AccessRequestMatchReason', {
  values: enumValues(['no-matching-card', 'card-with-other-role', 'unconfirmed-account', 'ambiguous-match', 'card-already-linked', 'organisation-missing'] as const),
});

export const StaffAccessRequestRef = builder.objectRef<AccessRequest>('StaffAccessRequest');

async function staffName(db: Database, accountId: string | null) {
  if (!accountId) return null;
  const [row] = await db.select({ person: persons }).from(accounts).innerJoin(persons, eq(persons.id, accounts.personId)).where(eq(accounts.id, accountId));
  return row ? formatFullName(row.person) : null;
}

StaffAccessRequestRef.implement({
  description: 'An access request as staff of its organisation see it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    status: t.field({ type: AccessRequestStatusEnum, resolve: (request) => request.status }),
    role: t.exposeString('role'),
    applicant: t.field({ type: ApplicantRef, resolve: (request) => request.applicant }),
    child: t.field({ type: ApplicantChildRef, nullable: true, resolve: (request) => request.child }),
    email: t.exposeString('email'),
    comment: t.exposeString('comment', { nullable: true }),
    matchReason: t.field({ type: MatchReasonEnum, description: 'Why the system could not let the applicant in by itself.', resolve: (request) => request.matchReason as 'no-matching-card' }),
    organisation: t.field({
      type: OrganisationRef,
      resolve: async (request, _args, { services }) => (await services.db.select().from(organisations).where(eq(organisations.id, request.organisationId)))[0]!,
    }),
    className: t.string({
      nullable: true,
      resolve: async (request, _args, { services }) =>
        request.classId ? ((await services.db.select({ name: classes.name }).from(classes).where(eq(classes.id, request.classId)))[0]?.name ?? null) : null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    ageWorkingDays: t.int({
      description: 'Working days since the request arrived.',
      resolve: (request, _args, { services }) => workingDaysBetween(request.createdAt, services.clock.now(), services.config.timeZone),
    }),
    overdue: t.boolean({
      description: "Open and older than the organisation's target time.",
      resolve: async (request, _args, { services }) => {
        if (request.status !== 'new' && request.status !== 'in_review') return false;
        const [organisation] = await services.db
          .select({ target: organisations.requestTargetWorkingDays })
          .from(organisations)
          .where(eq(organisations.id, request.organisationId));
        return isOverdue(request.createdAt, services.clock.now(), organisation?.target ?? 3, services.config.timeZone);
      },
    }),
    assignedToName: t.string({ nullable: true, description: 'Who took the request into review.', resolve: (request, _args, { services }) => staffName(services.db, request.assignedToAccountId) }),
    decidedByName: t.string({ nullable: true, resolve: (request, _args, { services }) => staffName(services.db, request.decidedByAccountId) }),
    decisionComment: t.exposeString('decisionComment', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    availableActions: t.field({
      type: [RequestActionEnum],
      resolve: async (request, _args, context) => ((await context.staff())?.permissions.workRequests ? availableAccessRequestActions(request.status) : []),
    }),
    history: t.field({ type: [AccessRequestEventRef], resolve: (request, _args, { services }) => services.staffRequests.history(request) }),
  }),
});
