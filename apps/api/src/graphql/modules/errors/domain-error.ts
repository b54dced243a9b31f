import { DomainError, domainErrorCodes, linkMismatches, type LinkMismatch } from '@vhod/domain';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';

export const DomainErrorCodeEnum = builder.enumType('DomainErrorCode', {
  description: 'Machine-readable reason; clients may show `message` or their own translation of the code.',
  values: enumValues(domainErrorCodes),
});

const LinkMismatchEnum = builder.enumType('LinkMismatch', {
  description: 'A way in which an ESIA account and a person card disagree.',
  values: enumValues(linkMismatches),
});

builder.objectType(DomainError, {
  name: 'DomainError',
  description: 'A rule of the system refused the request; nothing was changed.',
  fields: (t) => ({
    code: t.field({ type: DomainErrorCodeEnum, resolve: (error) => error.code }),
    message: t.string({
      description: "Explanation in the caller's language.",
      resolve: (error, _args, context) => context.t(`errors.${error.code}`, { ...error.details }),
    }),
    linkMismatches: t.field({
      type: [LinkMismatchEnum],
      description: 'For a refused link: what did not match (never the values themselves).',
      resolve: (error) => (Array.isArray(error.details?.mismatches) ? (error.details.mismatches as LinkMismatch[]) : []),
    }),
  }),
});
