import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTranslator, pickLanguage } from '@vhod/i18n';
import { createYoga } from 'graphql-yoga';
import { readCookie, sessionCookieName } from '../sessions/cookies';
import { clientMeta, type ApiServices } from '../server/http-types';
import { loadStaffActor, type StaffActor } from '../staff/staff-actor';
import type { GraphQLContext } from './context';
import { schema } from './schema';
import { securityPlugins } from './security-limits';

export interface NodeServerContext {
  req: IncomingMessage;
  res: ServerResponse;
  responseCookies: string[];
}

const translators = new Map<string, ReturnType<typeof createTranslator>>();
function translatorFor(acceptLanguage: string | null) {
  const language = pickLanguage(acceptLanguage);
  let translator = translators.get(language);
  if (!translator) translators.set(language, (translator = createTranslator(language)));
  return translator;
}

export function createGraphQLHandler(services: ApiServices) {
  return createYoga<NodeServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !services.config.production,
    // Unexpected errors reach clients as "Unexpected error." only; DomainErrors are typed results instead.
    maskedErrors: true,
    context: async ({ request, req, responseCookies }): Promise<GraphQLContext> => {
      const sessionToken = readCookie(request.headers.get('cookie'), sessionCookieName);
      const session = await services.sessions.load(sessionToken);
      let staff: Promise<StaffActor | null> | undefined;
      return {
        services,
        session,
        sessionToken,
        meta: clientMeta(req),
        t: translatorFor(request.headers.get('accept-language')).t,
        setCookie: (cookie) => responseCookies.push(cookie),
        staff: () => (staff ??= loadStaffActor(services.db, session)),
      };
    },
    // Batched requests are off (Yoga's default): one operation per HTTP request, each within the limits.
    plugins: [
      ...securityPlugins(services.config),
      {
        onResponse({ response, serverContext }) {
          for (const cookie of (serverContext as Partial<NodeServerContext>).responseCookies ?? []) {
            response.headers.append('Set-Cookie', cookie);
          }
        },
      },
    ],
  });
}
