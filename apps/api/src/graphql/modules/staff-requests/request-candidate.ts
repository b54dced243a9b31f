import { formatFullName, formatSnils, type FieldComparison, type RankedCandidate } from '@vhod/domain';
import type { RequestCandidateCard } from '../../../staff-requests/request-candidates';
import { requestCandidates } from '../../../staff-requests/request-candidates';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { StaffAccessRequestRef } from './staff-access-request';

const ComparisonEnum = builder.enumType('FieldComparison', {
  description: 'How a card field compares with the ESIA value: same, near (written differently, a typo), different, or missing on one side.',
  values: enumValues(['same', 'near', 'different', 'missing'] as const),
});

const CandidateFieldRef = builder.objectRef<{ field: string; comparison: FieldComparison }>('CandidateFieldComparison');
CandidateFieldRef.implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    comparison: t.field({ type: ComparisonEnum, resolve: (entry) => entry.comparison }),
  }),
});

const CandidateRef = builder.objectRef<RankedCandidate<RequestCandidateCard>>('RequestCandidate');

CandidateRef.implement({
  description: "A person card of the request's organisation that may be the applicant, with how each field compares.",
  fields: (t) => ({
    personId: t.id({ resolve: (candidate) => candidate.card.id }),
    fullName: t.string({ resolve: (candidate) => formatFullName(candidate.card) }),
    lastName: t.string({ resolve: (candidate) => candidate.card.lastName }),
    firstName: t.string({ resolve: (candidate) => candidate.card.firstName }),
    middleName: t.string({ nullable: true, resolve: (candidate) => candidate.card.middleName ?? null }),
    birthDate: t.field({ type: 'Date', nullable: true, resolve: (candidate) => candidate.card.birthDate ?? null }),
    snils: t.string({ nullable: true, resolve: (candidate) => (candidate.card.snils ? formatSnils(candidate.card.snils) : null) }),
    document: t.string({
      nullable: true,
      resolve: (candidate) => (candidate.card.document ? [candidate.card.document.series, candidate.card.document.number].filter(Boolean).join(' ') : null),
    }),
    className: t.string({ nullable: true, resolve: (candidate) => candidate.card.className ?? null }),
    tier: t.string({ description: 'exact, strong, near or weak.', resolve: (candidate) => candidate.tier }),
    reasons: t.stringList({ resolve: (candidate) => candidate.reasons }),
    fields: t.field({
      type: [CandidateFieldRef],
      resolve: (candidate) => Object.entries(candidate.fields).map(([field, comparison]) => ({ field, comparison })),
    }),
  }),
});

builder.objectField(StaffAccessRequestRef, 'candidates', (t) =>
  t.field({
    type: [CandidateRef],
    description: 'Person cards that may be the applicant, best first (only for staff who work requests).',
    resolve: async (request, _args, context) => ((await context.staff())?.permissions.workRequests ? requestCandidates(context.services.db, request) : []),
  }),
);
