import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StaffActor } from '../../src/staff/staff-actor';
import { staffActor } from '../support/staff-actors';
import { staffCaller } from '../support/staff-graphql';
import { meta, seededApiServer, type SeededApiServer } from '../support/test-services';

// Finding 7: CSRF rested on the Origin check alone. Mutations were accepted form-encoded and as
// multipart (bodies a cross-site <form> can send without a preflight), and a POST without Origin
// passed the check.
const publicOrigin = 'https://vhod.example.ru';
const save = 'mutation { saveReplyTemplate(title: "Подложено", text: "Шаблон с чужого сайта") { __typename } }';

let api: SeededApiServer;
let orlova: StaffActor;
let cookie: string;

beforeAll(async () => {
  api = await seededApiServer({ env: { VHOD_PUBLIC_ORIGIN: publicOrigin } });
  orlova = await staffActor(api.services, '1000006');
});
beforeEach(async () => {
  cookie = `vhod_session=${(await staffCaller(api.services, '1000006')).token}`;
  for (const template of await api.services.replyTemplates.list(orlova))
    await api.services.replyTemplates.remove(orlova, template.id, meta);
});
afterAll(() => api?.close());

const templateTitles = async () => (await api.services.replyTemplates.list(orlova)).map((template) => template.title);

function post(headers: Record<string, string>, body: BodyInit, path = '/graphql') {
  return fetch(`${api.server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { accept: 'application/json', ...headers },
    body,
  });
}
const json = (headers: Record<string, string>) => post({ 'content-type': 'application/json', ...headers }, JSON.stringify({ query: save }));

async function errorOf(response: Response): Promise<string | undefined> {
  return ((await response.json()) as { errors?: Array<{ message: string }> }).errors?.[0]?.message;
}

describe('cookie-authenticated POSTs (finding 7)', () => {
  it('refuses a mutation sent form-encoded, as a cross-site <form> would, and changes nothing', async () => {
    const response = await post({ origin: publicOrigin, cookie }, new URLSearchParams({ query: save }));
    expect(response.status).toBe(415);
    expect(await errorOf(response)).toMatch(/JSON/);
    expect(await templateTitles()).toEqual([]);
  });

  it('refuses a mutation sent as multipart/form-data and changes nothing', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: save }));
    form.set('map', '{}');
    const response = await post({ origin: publicOrigin, cookie }, form);
    expect(response.status).toBe(415);
    expect(await templateTitles()).toEqual([]);
  });

  it('does not run a mutation sent as GET', async () => {
    const response = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent(save)}`, {
      headers: { cookie, accept: 'application/json' },
    });
    expect(response.status).toBe(405);
    expect(await templateTitles()).toEqual([]);
  });

  it('refuses a cookie POST without Origin, with a clear error, and changes nothing', async () => {
    const response = await json({ cookie });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatch(/не со страницы этой системы/);
    expect(await templateTitles()).toEqual([]);
  });

  it('refuses a cookie POST from a foreign Origin, even one claiming Sec-Fetch-Site same-origin', async () => {
    expect((await json({ cookie, origin: 'https://evil.example.ru' })).status).toBe(403);
    expect((await json({ cookie, origin: 'https://evil.example.ru', 'sec-fetch-site': 'same-origin' })).status).toBe(403);
    expect((await json({ cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(await templateTitles()).toEqual([]);
  });

  it('accepts the SPA’s own POST: Origin of the deployment, or Sec-Fetch-Site same-origin', async () => {
    expect((await json({ cookie, origin: publicOrigin })).status).toBe(200);
    expect((await json({ cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect(await templateTitles()).toEqual(['Подложено', 'Подложено']);
  });

  it('keeps the session on POST /auth/logout without Origin; the console’s own sign-out ends it', async () => {
    const viewer = async () => {
      const response = await post(
        { 'content-type': 'application/json', cookie, origin: publicOrigin },
        JSON.stringify({ query: '{ viewer { stage } }' }),
      );
      return ((await response.json()) as { data: { viewer: { stage: string } | null } }).data.viewer;
    };
    const forged = await post({ cookie, 'content-type': 'application/x-www-form-urlencoded' }, '', '/auth/logout?app=staff');
    expect(forged.status).toBe(403);
    expect(await forged.text()).toMatch(/не со страницы этой системы/);
    expect(await viewer()).toEqual({ stage: 'ACTIVE' });

    const own = await post(
      { cookie, origin: publicOrigin, 'content-type': 'application/x-www-form-urlencoded' },
      '',
      '/auth/logout?app=staff',
    );
    expect(own.status).toBe(303);
    expect(await viewer()).toBeNull();
  });

  it('lets a third-party client with a bearer secret POST without Origin', async () => {
    const zakharov = await staffActor(api.services, '1000011');
    const { secret } = await api.services.apiClients.create(
      zakharov,
      { name: 'Выгрузка', scopes: ['requests:read'], organisationIds: null },
      meta,
    );
    const response = await post(
      { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      JSON.stringify({ query: '{ currentApiClient { name } }' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { currentApiClient: { name: 'Выгрузка' } } });
  });
});
