import { accessRequestStatuses, formatFullName } from '@vhod/domain';
import type { AccessRequest } from '@vhod/db';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { OrganisationRef } from '../organisations/organisation';

export const AccessRequestStatusEnum = builder.enumType('AccessRequestStatus', {
  description:
    'Where an access request is in its life: NEW → IN_REVIEW → RESOLVED or REJECTED (a request may also be decided straight from NEW).',
  values: enumValues(accessRequestStatuses, {
    new: 'Sent; no staff member has taken it yet.',
    in_review: '«В работе»: a staff member took it.',
    resolved: 'Decided for the applicant: their ESIA account is linked to a person card, so they can sign in.',
    rejected: 'Refused; the decision comment says why.',
  }),
});

export const AccessRequestRef = builder.objectRef<AccessRequest>('AccessRequest');

AccessRequestRef.implement({
  description: 'A request for access sent to an organisation («Обратиться в организацию»), as its sender sees it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    number: t.exposeString('number', { description: 'Human-readable number, e.g. 2026-000123 (year and a sequence gapless within it).' }),
    status: t.field({ type: AccessRequestStatusEnum, description: 'Where the request is now.', resolve: (request) => request.status }),
    role: t.string({ description: 'The role the applicant asked for: `parent` or `student`.', resolve: (request) => request.role }),
    childFullName: t.string({
      nullable: true,
      description: 'For a parent: the child the request is about (ФИО from the ESIA profile); null for a student.',
      resolve: (request) => (request.child ? formatFullName(request.child) : null),
    }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation the request was sent to.',
      resolve: async (request, _args, { loaders }) => (await loaders.organisation.load(request.organisationId))!,
    }),
    className: t.string({
      nullable: true,
      description: 'The class chosen in the form; null when none was chosen.',
      resolve: (request, _args, { loaders }) => (request.classId ? loaders.className.load(request.classId) : null),
    }),
    comment: t.exposeString('comment', { nullable: true, description: 'What the applicant wrote; null when nothing.' }),
    decisionComment: t.exposeString('decisionComment', {
      nullable: true,
      description: 'What the organisation wrote when it decided; null until then.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was resolved or rejected; null while open.',
    }),
  }),
});
