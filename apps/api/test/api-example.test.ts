import { accessRequests, organisations } from '@vhod/db';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine, openRequests } from '../examples/export-open-requests';
import { staffActor } from './support/staff-actors';
import { meta, seededApiServer, type SeededApiServer } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

let api: SeededApiServer;

beforeAll(async () => {
  api = await seededApiServer();
});
afterAll(() => api?.close());

describe('the API guide’s example (apps/api/examples/export-open-requests.ts)', () => {
  it('pages through every open request over real HTTP with a bearer secret', async () => {
    const zakharov = await staffActor(api.services, '1000011');
    const { secret } = await api.services.apiClients.create(
      zakharov,
      { name: 'Пример', scopes: ['requests:read'], organisationIds: null },
      meta,
    );
    // Николаев (not in the system) asks three organisations for access: three open requests.
    const session = await unmatchedSession(api.services, '1000004', 'parent');
    for (const { id } of await api.db.select({ id: organisations.id }).from(organisations).limit(3)) {
      await api.services.accessRequests.submit(
        session,
        { organisationId: id, childId: session.esiaProfile!.children[0]!.id, email: 'p@example.ru' },
        meta,
      );
    }
    const open = await api.db
      .select({ number: accessRequests.number })
      .from(accessRequests)
      .where(inArray(accessRequests.status, ['new', 'in_review']));
    expect(open.length).toBeGreaterThan(2); // so that a page size of 2 really pages

    const exported = [];
    for await (const request of openRequests({ endpoint: `${api.server.url}/graphql`, secret, pageSize: 2 })) exported.push(request);
    expect(exported.map((request) => request.number).sort()).toEqual(open.map((row) => row.number).sort());
    expect(csvLine(exported[0]!)).toMatch(/^\d{4}-\d{6};(NEW|IN_REVIEW);(parent|student);.*\r\n$/);
  });

  it('says why when the secret is refused', async () => {
    const run = async () => {
      for await (const _ of openRequests({ endpoint: `${api.server.url}/graphql`, secret: 'vhod_revoked' })) void _;
    };
    await expect(run()).rejects.toThrow(/\(401\): Ключ API не принят/);
  });
});
