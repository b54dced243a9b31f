import { DomainError } from '@vhod/domain';
import { GraphQLError } from 'graphql';
import type { Reader } from '../../../access/reader';
import type { StaffActor } from '../../../staff/staff-actor';
import type { GraphQLContext } from '../../context';

/** The auth scope already admitted the caller; this only narrows the type (and guards a missing scope). */
export async function staffActorOf(context: GraphQLContext): Promise<StaffActor> {
  const actor = await context.staff();
  if (!actor) throw new DomainError('forbidden');
  return actor;
}

/** The same for read-only fields, which an API client may reach too. */
export async function readerOf(context: GraphQLContext): Promise<Reader> {
  const reader = await context.reader();
  if (!reader) throw new DomainError('forbidden');
  return reader;
}

/** A cursor the API did not hand out: a client error, said plainly (not masked as unexpected). */
export function invalidCursor(): GraphQLError {
  return new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
}
