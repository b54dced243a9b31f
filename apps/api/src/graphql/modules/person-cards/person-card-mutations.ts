import { DomainError, requirePlainText } from '@vhod/domain';
import { ValidationError } from '../../../validation/validation-error';
import { builder } from '../../builder';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { IdentityDocumentTypeEnum, PersonCardRef, PersonGenderEnum } from './person-card';
import { requireStaff } from '../../shared/access/require-staff';

const IdentityDocumentInput = builder.inputType('IdentityDocumentInput', {
  description: 'An identity document; all fields empty clears it.',
  fields: (t) => ({
    type: t.field({ type: IdentityDocumentTypeEnum, required: false, description: 'Required with a number.' }),
    series: t.string({ required: false, description: 'The series as written, if the document has one.' }),
    number: t.string({ required: false, description: 'The number as written.' }),
  }),
});

const PersonCardInput = builder.inputType('PersonCardInput', {
  description: 'The editable fields of a card; they replace the stored ones (an omitted optional field is cleared).',
  fields: (t) => ({
    lastName: t.string({ required: true, description: 'Surname (фамилия).' }),
    firstName: t.string({ required: true, description: 'Given name (имя).' }),
    middleName: t.string({ required: false, description: 'Patronymic (отчество).' }),
    // A string, not Date: a malformed day must come back as a field error next to the field.
    birthDate: t.string({ required: false, description: 'YYYY-MM-DD.' }),
    gender: t.field({ type: PersonGenderEnum, required: false, description: 'Gender.' }),
    snils: t.string({
      required: false,
      description: 'SNILS in any spelling (11 digits, with or without dashes and spaces); the checksum is verified.',
    }),
    document: t.field({ type: IdentityDocumentInput, required: false, description: 'The identity document.' }),
    email: t.string({ required: false, description: 'Email address.' }),
    phone: t.string({ required: false, description: 'Phone number, as it should be shown.' }),
  }),
});

builder.mutationField('updatePersonCard', (t) =>
  t.field({
    type: PersonCardRef,
    description:
      'Edits a card of the organisation; audited with the changed fields before and after. Field errors come back as ValidationError.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError, ValidationError], 'The card as saved.'),
    args: {
      id: t.arg.id({ required: true, description: 'The card’s ID.' }),
      input: t.arg({ type: PersonCardInput, required: true, description: 'Every editable field of the card.' }),
    },
    resolve: async (_root, { id, input }, context) =>
      context.services.personCards.update(await requireStaff(context), String(id), input, context.meta),
  }),
);

builder.mutationField('unlinkPersonCardEsia', (t) =>
  t.field({
    type: PersonCardRef,
    description:
      '«Удалить связь с учётной записью ЕСИА» on the person’s behalf: the link becomes history, their ESIA sessions end, the comment goes to the audit log.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError, ValidationError], 'The card without its link.'),
    args: {
      id: t.arg.id({ required: true, description: 'The card’s ID.' }),
      comment: t.arg.string({ required: true, description: 'Why, for the audit log; must not be blank.' }),
    },
    resolve: async (_root, { id, comment }, context) =>
      context.services.personCards.unlinkEsia(
        await requireStaff(context),
        String(id),
        requirePlainText(comment, 'comment', 'multi-line'),
        context.meta,
      ),
  }),
);
