import { DomainError, requirePlainText } from '@vhod/domain';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../../context';

/**
 * A query's text argument through the domain's check for control characters. Queries have no
 * error union, so a refusal is the caller's mistake said as BAD_USER_INPUT, in their language.
 */
export function plainTextArgument<T extends string | null | undefined>(context: Pick<GraphQLContext, 't'>, text: T, field: string): T {
  try {
    return requirePlainText(text, field);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new GraphQLError(context.t(`errors.${error.code}`), { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}
