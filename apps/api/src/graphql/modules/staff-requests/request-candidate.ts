import { candidateReasons, candidateTiers, formatFullName, formatSnils, type FieldComparison, type RankedCandidate } from '@vhod/domain';
import type { RequestCandidateCard } from '../../../staff-requests/request-candidates';
import { requestCandidates } from '../../../staff-requests/request-candidates';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { StaffAccessRequestRef } from './staff-access-request';
import { personalDataOnly } from '../../shared/access/personal-data';

const ComparisonEnum = builder.enumType('FieldComparison', {
  description: 'How a card field compares with the ESIA value.',
  values: enumValues(['same', 'near', 'different', 'missing'] as const, {
    same: 'Written the same (whitespace aside).',
    near: 'Equal once normalised (ё/е, case, hyphens) or one typo away.',
    different: 'Different.',
    missing: 'Missing on one side, so not compared.',
  }),
});

const CandidateFieldRef = builder.objectRef<{ field: string; comparison: FieldComparison }>('CandidateFieldComparison');
CandidateFieldRef.implement({
  description: 'How one field of a candidate card compares with the applicant’s ESIA data.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'lastName, firstName, middleName, birthDate, gender, snils, document or className.' }),
    comparison: t.field({ type: ComparisonEnum, description: 'How it compares.', resolve: (entry) => entry.comparison }),
  }),
});

const CandidateRef = builder.objectRef<RankedCandidate<RequestCandidateCard>>('RequestCandidate');

CandidateRef.implement({
  description: "A person card of the request's organisation that may be the applicant, with how each field compares.",
  fields: (t) => ({
    personId: t.id({
      description: 'The card’s ID (see `personCard`; `personId` of resolveAccessRequestByLink).',
      resolve: (candidate) => candidate.card.id,
    }),
    fullName: t.string({ description: 'ФИО on the card.', resolve: (candidate) => formatFullName(candidate.card) }),
    lastName: t.string({ description: 'Surname on the card.', resolve: (candidate) => candidate.card.lastName }),
    firstName: t.string({ description: 'Given name on the card.', resolve: (candidate) => candidate.card.firstName }),
    middleName: t.string({
      nullable: true,
      description: 'Patronymic on the card; null when none.',
      resolve: (candidate) => candidate.card.middleName ?? null,
    }),
    birthDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Birth date on the card; null when none.',
      resolve: (candidate) => candidate.card.birthDate ?? null,
    }),
    snils: t.string({
      ...personalDataOnly,
      nullable: true,
      description: `SNILS on the card, XXX-XXX-XXX YY. ${personalDataOnly.description}`,
      resolve: (candidate) => (candidate.card.snils ? formatSnils(candidate.card.snils) : null),
    }),
    document: t.string({
      ...personalDataOnly,
      nullable: true,
      description: `The card’s identity document, series and number. ${personalDataOnly.description}`,
      resolve: (candidate) =>
        candidate.card.document ? [candidate.card.document.series, candidate.card.document.number].filter(Boolean).join(' ') : null,
    }),
    className: t.string({
      nullable: true,
      description: 'The card’s class in the organisation; null when none.',
      resolve: (candidate) => candidate.card.className ?? null,
    }),
    tier: t.string({
      description: `How good a candidate, best first: ${candidateTiers.join(', ')}. «exact» is what automatic matching would have accepted.`,
      resolve: (candidate) => candidate.tier,
    }),
    reasons: t.stringList({
      description: `Why the card is a candidate and what speaks against it, as codes in a fixed order: ${candidateReasons.join(', ')}.`,
      resolve: (candidate) => candidate.reasons,
    }),
    fields: t.field({
      type: [CandidateFieldRef],
      description: 'Every compared field with its comparison.',
      resolve: (candidate) => Object.entries(candidate.fields).map(([field, comparison]) => ({ field, comparison })),
    }),
  }),
});

builder.objectField(StaffAccessRequestRef, 'candidates', (t) =>
  t.field({
    type: [CandidateRef],
    description: 'Person cards that may be the applicant, best first (only for staff who work requests; empty for everyone else).',
    resolve: async (request, _args, context) =>
      (await context.staff())?.permissions.workRequests ? requestCandidates(context.services.db, request) : [],
  }),
);
