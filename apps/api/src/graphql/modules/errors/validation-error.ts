import { AccessRequestValidationError } from '../../../access-requests/access-request-service';
import { builder } from '../../builder';

const FieldErrorRef = builder.objectRef<{ field: string; code: string }>('FieldError');

FieldErrorRef.implement({
  description: 'One form field that broke a rule; `code` is stable, `message` is in the caller’s language.',
  fields: (t) => ({
    field: t.exposeString('field'),
    code: t.exposeString('code'),
    message: t.string({ resolve: (error, _args, context) => context.t(error.code) }),
  }),
});

builder.objectType(AccessRequestValidationError, {
  name: 'ValidationError',
  description: 'The input broke the form’s rules (the same rules the client checks); nothing was written.',
  fields: (t) => ({
    fieldErrors: t.field({ type: [FieldErrorRef], resolve: (error) => error.fieldErrors }),
  }),
});
