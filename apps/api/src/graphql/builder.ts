import { GraphQLError } from 'graphql';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { connectionDocumentation } from './connection-documentation';
import type { GraphQLContext } from './context';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  AuthScopes: {
    /** A session that finished sign-in and sits in one account. */
    signedIn: boolean;
    /** A session between ESIA and the account: consent or organisation choice still to come. */
    signingIn: boolean;
    /** A staff member signed in to the console (any staff role). */
    staff: boolean;
    /** May work access requests and person cards (administrator, responsible staff, regional administrator). */
    requestWorker: boolean;
    /** May read requests about their own class at least (teachers too). */
    requestReader: boolean;
    /** May read the audit log (administrator, regional administrator). */
    auditReader: boolean;
    /** May read person cards: staff who work cards, or an API client with cards:read. */
    cardReader: boolean;
    /** May read readiness numbers: staff (a teacher: their class), or an API client with statistics:read. */
    statisticsReader: boolean;
    /** Sees SNILS and identity documents: staff who work requests, or an API client with personal-data:read. */
    personalData: boolean;
    /** Creates, rotates and revokes API clients (the regional administrator). */
    apiClientAdmin: boolean;
    /** Sees and retries the emails the outbox gave up on (the regional administrator). */
    emailDeliveryAdmin: boolean;
    /** Reads the organisation directory: everyone but an API client without organisations:read. */
    organisationDirectory: boolean;
  };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // Scope-auth first so no other plugin's wrapper runs before the authorisation check.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // IDs are UUIDs, unique across types and stable for the life of a record: no global-ID wrapping.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    ...connectionDocumentation,
  },
  scopeAuth: {
    // A subscription is refused when it starts, not event by event after it was let in.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      signedIn: context.session?.stage === 'active',
      signingIn: context.session !== null && context.session.stage !== 'active',
      // Staff scopes load the account only when a field asks for them.
      staff: async () => (await context.staff()) !== null,
      requestWorker: async () => (await context.staff())?.permissions.workRequests ?? false,
      auditReader: async () => (await context.staff())?.permissions.readAudit ?? false,
      apiClientAdmin: async () => (await context.staff())?.permissions.manageApiClients ?? false,
      emailDeliveryAdmin: async () => (await context.staff())?.permissions.manageEmailDelivery ?? false,
      // Read scopes admit a staff member and an API client alike, by the same permissions.
      requestReader: async () => (await context.reader())?.permissions.readClassRequests ?? false,
      cardReader: async () => (await context.reader())?.permissions.readCards ?? false,
      statisticsReader: async () => {
        const permissions = (await context.reader())?.permissions;
        return (permissions?.readStatistics || permissions?.readClassRequests) ?? false;
      },
      personalData: async () => (await context.reader())?.permissions.readPersonalData ?? false,
      organisationDirectory: context.apiClient === null || context.apiClient.scopes.includes('organisations:read'),
    }),
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: (value) => {
    const valid =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    if (!valid) throw badScalar('Date must be a calendar date, YYYY-MM-DD');
    return value;
  },
});

builder.scalarType('DateTime', {
  description: 'A moment in time, ISO 8601 with time zone.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' && isoDateTime.test(value) ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw badScalar('DateTime must be ISO 8601 with a time zone, e.g. 2026-12-01T09:00:00Z');
    return date;
  },
});

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value of the wrong shape is the caller's mistake: graphql-js keeps a GraphQLError's code, anything else would be masked as internal. */
function badScalar(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
