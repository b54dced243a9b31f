import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { ApiConfig } from '../config';

/**
 * Every limit a query must stay within, in one place. Our own SPAs stay far below them (the
 * deepest, the staff request page, is 4 levels); anything near them is abuse.
 */
export const queryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 10_000,
} as const;

export interface SecurityPluginOptions {
  /** Callers who may introspect in production (authenticated API clients); anonymous callers never do. */
  introspectionFor?: (request: Request) => boolean;
}

export function securityPlugins(config: Pick<ApiConfig, 'production'>, options: SecurityPluginOptions = {}) {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: queryLimits.maxDepth, ignoreIntrospection: false, flattenFragments: true },
      maxAliases: { n: queryLimits.maxAliases },
      maxDirectives: { n: queryLimits.maxDirectives },
      maxTokens: { n: queryLimits.maxTokens },
      costLimit: { maxCost: queryLimits.maxCost },
      // Suggestions ("Did you mean …?") map the schema for an attacker; developers want them.
      blockFieldSuggestion: { enabled: config.production },
    }),
    // In production anonymous callers do not map the schema; API clients may (and have schema.graphql).
    useDisableIntrospection({ isDisabled: (request) => config.production && !(options.introspectionFor?.(request) ?? false) }),
  ];
}
