import { DomainError, domainErrorCodes } from '@vhod/domain';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';

export const DomainErrorCodeEnum = builder.enumType('DomainErrorCode', {
  description: 'Machine-readable reason; clients may show `message` or their own translation of the code.',
  values: enumValues(domainErrorCodes),
});

builder.objectType(DomainError, {
  name: 'DomainError',
  description: 'A rule of the system refused the request; nothing was changed.',
  fields: (t) => ({
    code: t.field({ type: DomainErrorCodeEnum, resolve: (error) => error.code }),
    message: t.string({
      description: "Explanation in the caller's language.",
      resolve: (error, _args, context) => context.t(`errors.${error.code}`),
    }),
  }),
});
