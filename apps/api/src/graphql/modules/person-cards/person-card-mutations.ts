import { DomainError } from '@vhod/domain';
import { AccessRequestValidationError } from '../../../access-requests/access-request-service';
import { builder } from '../../builder';
import { IdentityDocumentTypeEnum, PersonCardRef, PersonGenderEnum } from './person-card';
import { staffActorOf } from './staff-actor-of';

const IdentityDocumentInput = builder.inputType('IdentityDocumentInput', {
  fields: (t) => ({
    type: t.field({ type: IdentityDocumentTypeEnum, required: false }),
    series: t.string({ required: false }),
    number: t.string({ required: false }),
  }),
});

const PersonCardInput = builder.inputType('PersonCardInput', {
  description: 'The editable fields of a card; they replace the stored ones (an omitted optional field is cleared).',
  fields: (t) => ({
    lastName: t.string({ required: true }),
    firstName: t.string({ required: true }),
    middleName: t.string({ required: false }),
    // A string, not Date: a malformed day must come back as a field error next to the field.
    birthDate: t.string({ required: false, description: 'YYYY-MM-DD.' }),
    gender: t.field({ type: PersonGenderEnum, required: false }),
    snils: t.string({ required: false }),
    document: t.field({ type: IdentityDocumentInput, required: false }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
  }),
});

builder.mutationField('updatePersonCard', (t) =>
  t.field({
    type: PersonCardRef,
    description: 'Edits a card of the organisation; audited with the changed fields before and after. Field errors come back as ValidationError.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError, AccessRequestValidationError] },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PersonCardInput, required: true }) },
    resolve: async (_root, { id, input }, context) => context.services.personCards.update(await staffActorOf(context), String(id), input, context.meta),
  }),
);

builder.mutationField('unlinkPersonCardEsia', (t) =>
  t.field({
    type: PersonCardRef,
    description:
      '«Удалить связь с учётной записью ЕСИА» on the person’s behalf: the link becomes history, their ESIA sessions end, the comment goes to the audit log.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError, AccessRequestValidationError] },
    args: { id: t.arg.id({ required: true }), comment: t.arg.string({ required: true }) },
    resolve: async (_root, { id, comment }, context) =>
      context.services.personCards.unlinkEsia(await staffActorOf(context), String(id), comment, context.meta),
  }),
);
