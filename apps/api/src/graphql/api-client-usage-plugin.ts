import { createHash } from 'node:crypto';
import { getOperationAST, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiServices } from '../server/http-types';
import type { GraphQLContext } from './context';

/**
 * Attributes every operation an API client runs in the audit log, before it runs: the parsed
 * document gives the operation's name and type even when the client sent no operationName.
 */
export function apiClientUsagePlugin(services: ApiServices): Plugin<GraphQLContext> {
  return {
    async onExecute({ args }) {
      const context = args.contextValue as GraphQLContext;
      if (!context.apiClient) return;
      const operation = getOperationAST(args.document, args.operationName);
      await services.apiClients.recordUse(
        context.apiClient,
        {
          operationName: operation?.name?.value ?? null,
          operationType: operation?.operation ?? null,
          queryHash: queryHashOf(print(args.document)),
        },
        context.meta,
      );
    },
  };
}

/** Tells operations apart without keeping their text (which may carry a searched SNILS). */
function queryHashOf(query: string): string {
  return createHash('sha256').update(query).digest('hex').slice(0, 16);
}
