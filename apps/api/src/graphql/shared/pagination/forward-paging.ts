import { GraphQLError } from 'graphql';

/** Every list pages forward (first/after); `last`/`before` are refused plainly, not ignored. */
export function requireForwardPaging(args: { last?: number | null; before?: string | null }): void {
  if (args.last != null || args.before != null) {
    throw new GraphQLError('Only forward pagination is supported: use first and after.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}
