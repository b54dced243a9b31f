import { ValidationError, type FieldError } from '../../../validation/validation-error';
import { builder } from '../../builder';

const FieldErrorRef = builder.objectRef<FieldError>('FieldError');

FieldErrorRef.implement({
  description: 'One form field that broke a rule; `code` is stable, `message` is in the caller’s language.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field, e.g. `email`, or `document.number` for a nested one.' }),
    code: t.exposeString('code', { description: 'The broken rule, e.g. `validation.required` or `validation.too-long`.' }),
    message: t.string({ description: 'What to tell the user.', resolve: (error, _args, context) => context.t(error.code) }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input broke the form’s rules (the same rules the client checks); nothing was written.',
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description: 'At most one error per field, in the form’s order.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});
