import { GraphQLError } from 'graphql';
import type { Reader } from '../../../access/reader';
import type { StaffActor } from '../../../staff/staff-actor';
import type { GraphQLContext } from '../../context';

/**
 * The staff member a staff-only field acts for. The field's auth scope has admitted the caller
 * already; a field that forgot its scope refuses plainly here instead of failing deeper on null.
 */
export async function requireStaff(context: Pick<GraphQLContext, 'staff' | 't'>): Promise<StaffActor> {
  const actor = await context.staff();
  if (!actor) throw forbidden(context);
  return actor;
}

/** The same for read-only fields, which an API client reaches too: whoever reads organisation data. */
export async function requireReader(context: Pick<GraphQLContext, 'reader' | 't'>): Promise<Reader> {
  const reader = await context.reader();
  if (!reader) throw forbidden(context);
  return reader;
}

function forbidden(context: Pick<GraphQLContext, 't'>): GraphQLError {
  return new GraphQLError(context.t('errors.forbidden'), { extensions: { code: 'FORBIDDEN' } });
}
