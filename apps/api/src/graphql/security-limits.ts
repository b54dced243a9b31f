import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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
      // Suggestions are removed from every error below, not only field suggestions as here.
      blockFieldSuggestion: { enabled: false },
    }),
    ...(config.production ? [withoutSuggestions] : []),
    // In production anonymous callers do not map the schema; API clients may (and have schema.graphql).
    useDisableIntrospection({ isDisabled: (request) => config.production && !(options.introspectionFor?.(request) ?? false) }),
  ];
}

const suggestion = / ?Did you mean [^?]*\?/g;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!error.message.includes('Did you mean')) return error;
  const { nodes, source, positions, path, originalError, extensions } = error;
  return new GraphQLError(error.message.replace(suggestion, ''), { nodes, source, positions, path, originalError, extensions });
}

/**
 * "Did you mean …?" maps the schema for an attacker (field names, enum values, argument names),
 * in validation errors and in variable coercion errors alike; developers keep them.
 */
const withoutSuggestions: Plugin = {
  onResultProcess({ result, setResult }) {
    if (Symbol.asyncIterator in result) return;
    const clean = (one: ExecutionResult) => (one.errors ? { ...one, errors: one.errors.map(withoutSuggestion) } : one);
    setResult(Array.isArray(result) ? result.map(clean) : clean(result as ExecutionResult));
  },
};
