import { PothosValidationError } from '@pothos/core';
import { resolveArrayConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { PageSize } from '../../../pagination/keyset-page';
import { requireForwardPaging } from './forward-paging';

/**
 * A short list, loaded whole, as a connection with offset cursors. Only for lists bounded in
 * practice (a school's classes, an organisation's templates): offsets shift when items come
 * and go between pages, which a long, changing list must not suffer (those page by keyset).
 */
export function arrayConnection<T>(args: DefaultConnectionArguments, items: readonly T[], size: PageSize) {
  requireForwardPaging(args);
  try {
    return resolveArrayConnection({ args, defaultSize: size.default, maxSize: size.max }, items);
  } catch (error) {
    // A malformed cursor or a negative `first`: the caller's mistake, said as such.
    if (error instanceof PothosValidationError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw error;
  }
}
