import { GraphQLError } from 'graphql';

export interface ForwardPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Every list pages forward on a keyset (first/after); `last`/`before` are refused plainly, not ignored. */
export function requireForwardPaging(args: { last?: number | null; before?: string | null }): void {
  if (args.last != null || args.before != null) {
    throw new GraphQLError('Only forward pagination is supported: use first and after.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** A service's keyset page as a Relay connection. */
export function toConnection<T>(page: ForwardPage<T>) {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor,
    },
  };
}
