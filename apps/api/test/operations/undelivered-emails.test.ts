import { auditLog, emailOutbox } from '@vhod/db';
import { accessRequestRejected, DEFAULT_MAX_ATTEMPTS, enqueueEmail } from '@vhod/email';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataOf, staffCaller, type GraphQLCaller } from '../support/staff-graphql';
import { seededServices } from '../support/test-services';

// Issue 14 item 13: the emails the outbox gave up on are the regional administrator's to see and send again.
let env: Awaited<ReturnType<typeof seededServices>>;
let zakharov: GraphQLCaller;

beforeAll(async () => {
  env = await seededServices();
  zakharov = await staffCaller(env.services, '1000011'); // the regional administrator
});
afterAll(() => env?.database.close());
beforeEach(async () => {
  await env.db.delete(emailOutbox);
});

const listQuery = `query Undelivered($first: Int, $after: String) {
  undeliveredEmails(first: $first, after: $after) { edges { node { id template createdAt attempts reason } } pageInfo { hasNextPage endCursor } }
}`;
const retryMutation = `mutation Retry($id: ID!) {
  retryUndeliveredEmail(id: $id) { __typename ... on MutationRetryUndeliveredEmailSuccess { data { id } } ... on DomainError { code message } }
}`;

/** An email to `to`, given up after every attempt with the mail server's answer (addresses already removed, as the worker keeps it). */
async function givenUp(to: string, minutesAgo: number): Promise<number> {
  const id = await enqueueEmail(
    env.db,
    {
      template: 'access-request-rejected',
      to,
      ...accessRequestRejected({ number: '2026-000777', comment: 'Нет такого ученика', portalOrigin: 'https://vhod.example.ru' }),
    },
    { now: new Date(env.clock.now().getTime() - minutesAgo * 60_000) },
  );
  await env.db
    .update(emailOutbox)
    .set({
      attempts: DEFAULT_MAX_ATTEMPTS,
      lastError: "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: user unknown",
    })
    .where(eq(emailOutbox.id, id));
  return id;
}

interface ListData {
  undeliveredEmails: { edges: Array<{ node: Record<string, unknown> }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('undelivered emails (issue 14 item 13)', () => {
  it('lists given-up emails newest first with template, date and reason, never the address or the text', async () => {
    const older = await givenUp('old@example.test', 60);
    const newer = await givenUp('anna.petrova@example.test', 5);
    await enqueueEmail(env.db, { template: 'access-request-created', to: 'waiting@example.test', subject: 'x', text: 'x', html: 'x' });

    const first = await zakharov.execute<ListData>(listQuery, { first: 1 });
    const { undeliveredEmails } = dataOf(first);
    expect(undeliveredEmails.edges.map((edge) => edge.node)).toEqual([
      {
        id: String(newer),
        template: 'access-request-rejected',
        createdAt: new Date(env.clock.now().getTime() - 5 * 60_000).toISOString(),
        attempts: DEFAULT_MAX_ATTEMPTS,
        reason: "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: user unknown",
      },
    ]);
    expect(undeliveredEmails.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await zakharov.execute<ListData>(listQuery, { first: 5, after: undeliveredEmails.pageInfo.endCursor }));
    expect(second.undeliveredEmails.edges.map((edge) => edge.node.id)).toEqual([String(older)]);
    expect(JSON.stringify([first, second])).not.toMatch(/example\.test|Нет такого ученика/);
  });

  it('puts an email back in the queue once, audited', async () => {
    const id = await givenUp('anna.petrova@example.test', 5);
    const retried = dataOf(await zakharov.execute<{ retryUndeliveredEmail: unknown }>(retryMutation, { id: String(id) }));
    expect(retried.retryUndeliveredEmail).toEqual({ __typename: 'MutationRetryUndeliveredEmailSuccess', data: { id: String(id) } });

    const [row] = await env.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ attempts: 0, nextAttemptAt: env.clock.now(), lockedUntil: null, sentAt: null });
    expect(dataOf(await zakharov.execute<ListData>(listQuery)).undeliveredEmails.edges).toEqual([]);
    const [entry] = await env.db.select().from(auditLog).where(eq(auditLog.action, 'email.retried')).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ targetKind: 'email', targetId: String(id), details: { template: 'access-request-rejected' } });

    const again = dataOf(await zakharov.execute<{ retryUndeliveredEmail: unknown }>(retryMutation, { id: String(id) }));
    expect(again.retryUndeliveredEmail).toMatchObject({ __typename: 'DomainError', code: 'EMAIL_NOT_GIVEN_UP' });
    const nonsense = dataOf(await zakharov.execute<{ retryUndeliveredEmail: unknown }>(retryMutation, { id: 'abc' }));
    expect(nonsense.retryUndeliveredEmail).toMatchObject({ __typename: 'DomainError', code: 'EMAIL_NOT_GIVEN_UP' });
  });

  it('is for the regional administrator only', async () => {
    const id = await givenUp('anna.petrova@example.test', 5);
    const orlova = await staffCaller(env.services, '1000006'); // a school's administrator
    const notAuthorized = (type: string, field: string) => ({
      data: null,
      errors: [expect.objectContaining({ message: `Not authorized to resolve ${type}.${field}`, path: [field] })],
    });
    expect(await orlova.execute(listQuery)).toEqual(notAuthorized('Query', 'undeliveredEmails'));
    expect(await orlova.execute(retryMutation, { id: String(id) })).toEqual(notAuthorized('Mutation', 'retryUndeliveredEmail'));
    const [row] = await env.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row?.attempts).toBe(DEFAULT_MAX_ATTEMPTS);
  });
});
