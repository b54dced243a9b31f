import { render } from '@testing-library/react';
import { I18nProvider, TimeZoneProvider } from '@vhod/ui';
import { type Messages, ru } from '@vhod/i18n';
import type { ReactNode } from 'react';
import { Provider, type Client, type GraphQLRequest } from 'urql';
import { vi } from 'vitest';
import { fromValue } from 'wonka';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

/** What the API answers, by operation name: the result's data, or a function of the variables that gives it. */
export type ApiAnswers = Record<string, unknown>;

/**
 * Renders a page as the portal does (translations, GraphQL client, router at `path`), with urql's
 * mock-client pattern: every operation is answered at once from `answers`, and one without an
 * answer fails the test. Dates show in Moscow time, as SignInFlow would provide from the deployment. `sent(name)` lists the variables of each call of that operation.
 */
export function renderWithApi(
  page: ReactNode,
  { answers = {}, path = '/', messages = ru }: { answers?: ApiAnswers; path?: string; messages?: Partial<Messages> } = {},
) {
  const execute = vi.fn((request: GraphQLRequest) => {
    const name = operationName(request);
    if (!(name in answers)) throw new Error(`the test gives no answer to ${name}`);
    const answer = answers[name];
    return fromValue({ data: typeof answer === 'function' ? answer(request.variables) : answer });
  });
  const client = { executeQuery: execute, executeMutation: execute, executeSubscription: execute } as unknown as Client;
  const { hook } = memoryLocation({ path });
  const view = render(
    <I18nProvider messages={messages}>
      <Provider value={client}>
        <TimeZoneProvider timeZone="Europe/Moscow">
          <Router hook={hook}>{page}</Router>
        </TimeZoneProvider>
      </Provider>
    </I18nProvider>,
  );
  const sent = (name: string) =>
    execute.mock.calls.filter(([request]) => operationName(request) === name).map(([request]) => request.variables);
  return { ...view, sent };
}

function operationName(request: GraphQLRequest): string {
  for (const definition of request.query.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  throw new Error('an operation without a name');
}
