import {
  accessRequestActions,
  accessRequestMatchReasons,
  availableAccessRequestActions,
  formatFullName,
  formatSnils,
  isOverdue,
  workingDaysBetween,
  type EsiaChild,
} from '@vhod/domain';
import type { AccessRequest, AccessRequestApplicant, AccessRequestEvent } from '@vhod/db';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { AccessRequestStatusEnum } from '../access-requests/access-request';
import { OrganisationRef } from '../organisations/organisation';
import { personalDataOnly } from '../../shared/access/personal-data';

const ApplicantRef = builder.objectRef<AccessRequestApplicant>('EsiaApplicant');

ApplicantRef.implement({
  description: 'What ESIA said about the applicant when the request was sent (staff only).',
  fields: (t) => ({
    subject: t.exposeString('subject', { description: 'The ESIA account id.' }),
    fullName: t.string({ description: 'ФИО from ESIA.', resolve: (applicant) => formatFullName(applicant) }),
    lastName: t.exposeString('lastName', { description: 'Surname from ESIA.' }),
    firstName: t.exposeString('firstName', { description: 'Given name from ESIA.' }),
    middleName: t.exposeString('middleName', { nullable: true, description: 'Patronymic from ESIA; null when none.' }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true, description: 'Birth date from ESIA; null when not given.' }),
    gender: t.exposeString('gender', { nullable: true, description: '`male` or `female` from ESIA; null when not given.' }),
    snils: t.string({
      ...personalDataOnly,
      nullable: true,
      description: `SNILS from ESIA, XXX-XXX-XXX YY. ${personalDataOnly.description}`,
      resolve: (applicant) => (applicant.snils ? formatSnils(applicant.snils) : null),
    }),
    document: t.string({
      ...personalDataOnly,
      nullable: true,
      description: `The first identity document from ESIA, series and number. ${personalDataOnly.description}`,
      resolve: (applicant) => {
        const document = applicant.documents[0];
        return document ? [document.series, document.number].filter(Boolean).join(' ') : null;
      },
    }),
    email: t.exposeString('email', { nullable: true, description: 'Email in the ESIA profile; null when none.' }),
    mobile: t.exposeString('mobile', { nullable: true, description: 'Mobile phone in the ESIA profile; null when none.' }),
    trusted: t.exposeBoolean('trusted', { description: 'Whether the ESIA account is confirmed.' }),
  }),
});

const ApplicantChildRef = builder.objectRef<EsiaChild>('EsiaApplicantChild');

ApplicantChildRef.implement({
  description: "The child from the parent's ESIA profile the request is about.",
  fields: (t) => ({
    fullName: t.string({ description: 'The child’s ФИО from ESIA.', resolve: (child) => formatFullName(child) }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true, description: 'Birth date from ESIA; null when not given.' }),
    snils: t.string({
      ...personalDataOnly,
      nullable: true,
      description: `The child’s SNILS from ESIA, XXX-XXX-XXX YY. ${personalDataOnly.description}`,
      resolve: (child) => (child.snils ? formatSnils(child.snils) : null),
    }),
    birthCertificate: t.string({
      ...personalDataOnly,
      nullable: true,
      description: `The birth certificate from ESIA, series and number. ${personalDataOnly.description}`,
      resolve: (child) =>
        child.birthCertificate ? [child.birthCertificate.series, child.birthCertificate.number].filter(Boolean).join(' ') : null,
    }),
  }),
});

const AccessRequestEventRef = builder.objectRef<AccessRequestEvent>('AccessRequestEvent');

AccessRequestEventRef.implement({
  description: 'One step of a request’s history.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: 'When it happened.' }),
    kind: t.exposeString('kind', { description: 'What happened: created, taken, resolved, rejected or note.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'The decision comment or the note’s text; null when none.' }),
    internal: t.exposeBoolean('internal', { description: 'An internal note: never shown to the family.' }),
    actorName: t.string({
      nullable: true,
      description: 'The staff member who acted; null for the applicant’s own steps.',
      resolve: (event, _args, { loaders }) => (event.actorAccountId ? loaders.accountHolderName.load(event.actorAccountId) : null),
    }),
  }),
});

const RequestActionEnum = builder.enumType('AccessRequestAction', {
  description: 'What a staff member may do with a request next.',
  values: enumValues(accessRequestActions, {
    take: '«Взять в работу»: takeAccessRequest.',
    resolve: 'Let the applicant in: resolveAccessRequestByLink or resolveAccessRequestByCreate.',
    reject: 'Refuse: rejectAccessRequest.',
    release: 'Give a taken request back to the queue (no operation in this API offers it yet).',
  }),
});
const MatchReasonEnum = builder.enumType('AccessRequestMatchReason', {
  description: 'Why the automatic match at sign-in failed: where staff should look.',
  values: enumValues(accessRequestMatchReasons, {
    'no-matching-card': 'No card with these names and keys in the organisation.',
    'card-with-other-role': 'A matching card exists, but with an account of another role.',
    'unconfirmed-account': 'The ESIA account is not confirmed, so no automatic match was tried.',
    'ambiguous-match': 'Several cards match; a person must choose.',
    'card-already-linked': 'The matching card is linked to another ESIA account.',
    'organisation-missing': 'The applicant’s organisation is not in the list (or not connected yet).',
  }),
});

export const StaffAccessRequestRef = builder.objectRef<AccessRequest>('StaffAccessRequest');

StaffAccessRequestRef.implement({
  description: 'An access request as staff of its organisation see it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    number: t.exposeString('number', { description: 'Human-readable number, e.g. 2026-000123.' }),
    status: t.field({ type: AccessRequestStatusEnum, description: 'Where the request is now.', resolve: (request) => request.status }),
    role: t.exposeString('role', { description: 'The role the applicant asked for: `parent` or `student`.' }),
    applicant: t.field({
      type: ApplicantRef,
      description: 'The applicant as ESIA described them.',
      resolve: (request) => request.applicant,
    }),
    child: t.field({
      type: ApplicantChildRef,
      nullable: true,
      description: 'For a parent: the child the request is about; null for a student.',
      resolve: (request) => request.child,
    }),
    email: t.exposeString('email', { description: 'Where the applicant wants the answer.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'What the applicant wrote; null when nothing.' }),
    matchReason: t.field({
      type: MatchReasonEnum,
      description: 'Why the system could not let the applicant in by itself.',
      resolve: (request) => request.matchReason as 'no-matching-card',
    }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation the request was sent to.',
      resolve: async (request, _args, { loaders }) => (await loaders.organisation.load(request.organisationId))!,
    }),
    className: t.string({
      nullable: true,
      description: 'The class chosen in the form; null when none.',
      resolve: (request, _args, { loaders }) => (request.classId ? loaders.className.load(request.classId) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
    ageWorkingDays: t.int({
      description: 'Working days since the request arrived (in the deployment’s time zone).',
      resolve: (request, _args, { services }) => workingDaysBetween(request.createdAt, services.clock.now(), services.config.timeZone),
    }),
    overdue: t.boolean({
      description: "Open and older than the organisation's target time (3 working days unless the organisation set another).",
      resolve: async (request, _args, { services, loaders }) => {
        if (request.status !== 'new' && request.status !== 'in_review') return false;
        const organisation = await loaders.organisation.load(request.organisationId);
        return isOverdue(request.createdAt, services.clock.now(), organisation?.requestTargetWorkingDays ?? 3, services.config.timeZone);
      },
    }),
    assignedToName: t.string({
      nullable: true,
      description: 'Who took the request into review; null when nobody did.',
      resolve: (request, _args, { loaders }) =>
        request.assignedToAccountId ? loaders.accountHolderName.load(request.assignedToAccountId) : null,
    }),
    decidedByName: t.string({
      nullable: true,
      description: 'Who resolved or rejected it; null while open.',
      resolve: (request, _args, { loaders }) =>
        request.decidedByAccountId ? loaders.accountHolderName.load(request.decidedByAccountId) : null,
    }),
    decisionComment: t.exposeString('decisionComment', {
      nullable: true,
      description: 'The comment emailed with the decision; null while open.',
    }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, description: 'When it was decided; null while open.' }),
    availableActions: t.field({
      type: [RequestActionEnum],
      description: 'What the caller may do with it now; empty for those who only read requests.',
      resolve: async (request, _args, context) =>
        (await context.staff())?.permissions.workRequests ? availableAccessRequestActions(request.status) : [],
    }),
    history: t.field({
      type: [AccessRequestEventRef],
      description: 'Every step so far, oldest first, internal notes included.',
      resolve: (request, _args, { services }) => services.staffRequests.history(request),
    }),
  }),
});
