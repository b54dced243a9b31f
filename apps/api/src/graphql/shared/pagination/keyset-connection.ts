import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { InvalidCursorError } from '../../../pagination/keyset-cursor';
import type { KeysetPage } from '../../../pagination/keyset-page';
import type { GraphQLContext } from '../../context';
import { requireForwardPaging } from './forward-paging';

/**
 * A keyset-paged list's field: forward paging only, the service's page as a Relay connection, and
 * a cursor the API did not hand out refused as the caller's mistake, in their language.
 */
export async function keysetConnection<T>(
  context: Pick<GraphQLContext, 't'>,
  args: DefaultConnectionArguments,
  page: () => Promise<KeysetPage<T>>,
) {
  requireForwardPaging(args);
  try {
    return toConnection(await page());
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new GraphQLError(context.t('pagination.invalidCursor'), { extensions: { code: 'BAD_USER_INPUT' } });
    throw error;
  }
}

function toConnection<T>(page: KeysetPage<T>) {
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
