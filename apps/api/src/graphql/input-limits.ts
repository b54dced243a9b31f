import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { GraphQLContext } from './context';

/**
 * Limits on what a request may carry, beside the query-shape limits of `security-limits.ts`.
 * Our SPAs nest at most 4 levels and send at most a page of IDs; a bulk decision is a page.
 */
export const inputLimits = {
  /** Brackets and braces of the query text: graphql-js parses recursively and overflows the stack near 2,000. */
  maxNesting: 64,
  /** Items in one list, as a literal or a variable: each ID of a bulk decision is a transaction. */
  maxListItems: 100,
  /** Items of every list of one operation together, so aliases cannot multiply the list limit. */
  maxListItemsPerOperation: 1000,
} as const;

/**
 * How deeply `(`, `[` and `{` nest in a GraphQL text, without parsing it: strings, block strings
 * and comments do not count. Stops counting once past `limit`.
 */
export function nestingDepthOf(text: string, limit: number = inputLimits.maxNesting): number {
  let depth = 0;
  let deepest = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '#') {
      while (index < text.length && text[index] !== '\n' && text[index] !== '\r') index++;
    } else if (text.startsWith('"""', index)) {
      index += 3;
      while (index < text.length && !text.startsWith('"""', index)) index += text.startsWith('\\"""', index) ? 4 : 1;
      index += 2;
    } else if (char === '"') {
      index++;
      while (index < text.length && text[index] !== '"' && text[index] !== '\n') index += text[index] === '\\' ? 2 : 1;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
      deepest = Math.max(deepest, depth);
      if (deepest > limit) return deepest;
    } else if (char === ')' || char === ']' || char === '}') {
      depth--;
    }
    index++;
  }
  return deepest;
}

interface ListMeasure {
  /** The most items in one list. */
  largest: number;
  /** Items of every list together. */
  total: number;
  /** How deeply objects and lists nest. */
  deepest: number;
}

/** Lists in JSON variables, walked without recursion (a variable may nest thousands deep). */
function measureVariables(variables: unknown): ListMeasure {
  const measure: ListMeasure = { largest: 0, total: 0, deepest: 0 };
  const pending: Array<[unknown, number]> = [[variables, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > measure.deepest) measure.deepest = depth;
    if (depth > inputLimits.maxNesting) break;
    const items = Array.isArray(value) ? value : Object.values(value);
    if (Array.isArray(value)) {
      measure.largest = Math.max(measure.largest, value.length);
      measure.total += value.length;
    }
    for (const item of items) pending.push([item, depth + 1]);
  }
  return measure;
}

/** List literals of a parsed document (their nesting is already bounded by `maxNesting`). */
function measureLiterals(document: DocumentNode): ListMeasure {
  const measure: ListMeasure = { largest: 0, total: 0, deepest: 0 };
  visit(document, {
    [Kind.LIST]: (node) => {
      measure.largest = Math.max(measure.largest, node.values.length);
      measure.total += node.values.length;
    },
  });
  return measure;
}

const badInput = (message: string) => createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Refuses, before any resolver runs, a query nested deeper than `maxNesting` (checked on the
 * text, before graphql-js parses it) and lists longer than the limits (checked on the parsed
 * document and the variables as sent).
 */
export function inputLimitsPlugin(translate: (request: Request) => GraphQLContext['t']): Plugin {
  return {
    onParams({ params, request }) {
      if (typeof params.query === 'string' && nestingDepthOf(params.query) > inputLimits.maxNesting) {
        throw badInput(translate(request)('graphqlLimits.nesting', { limit: inputLimits.maxNesting }));
      }
    },
    onExecute({ args }) {
      const { t } = args.contextValue as unknown as GraphQLContext;
      const variables = measureVariables(args.variableValues ?? {});
      if (variables.deepest > inputLimits.maxNesting) throw badInput(t('graphqlLimits.nesting', { limit: inputLimits.maxNesting }));
      const literals = measureLiterals(args.document);
      if (Math.max(variables.largest, literals.largest) > inputLimits.maxListItems) {
        throw badInput(t('graphqlLimits.listItems', { limit: inputLimits.maxListItems }));
      }
      if (variables.total + literals.total > inputLimits.maxListItemsPerOperation) {
        throw badInput(t('graphqlLimits.listItemsPerOperation', { limit: inputLimits.maxListItemsPerOperation }));
      }
    },
  };
}
