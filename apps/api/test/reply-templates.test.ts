import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../src/staff/staff-actor';
import { staffActor } from './support/staff-actors';
import { meta, seededServices } from './support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
let orlova: StaffActor;
let belova: StaffActor;
let smirnov: StaffActor;

beforeAll(async () => {
  env = await seededServices();
  orlova = await staffActor(env.services, '1000006');
  belova = await staffActor(env.services, '1000010');
  smirnov = await staffActor(env.services, '1000003');
});
afterAll(async () => {
  await env?.database.close();
});

describe('reply templates', () => {
  it('belong to one organisation: others can neither see nor change them', async () => {
    const { replyTemplates } = env.services;
    const template = await replyTemplates.save(orlova, { title: ' Нет в списках ', text: 'Ребёнок не числится в нашей школе.' }, meta);
    expect(template.title).toBe('Нет в списках');
    expect((await replyTemplates.list(orlova)).map((t) => t.id)).toEqual([template.id]);
    expect(await replyTemplates.list(belova)).toEqual([]);
    await expect(replyTemplates.save(belova, { id: template.id, title: 'x', text: 'y' }, meta)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(replyTemplates.remove(belova, template.id, meta)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(replyTemplates.save(smirnov, { title: 'x', text: 'y' }, meta)).rejects.toMatchObject({ code: 'forbidden' });

    await replyTemplates.save(orlova, { id: template.id, title: 'Нет в списках', text: 'Обновлено' }, meta);
    expect((await replyTemplates.list(orlova))[0]?.text).toBe('Обновлено');
    await replyTemplates.remove(orlova, template.id, meta);
    expect(await replyTemplates.list(orlova)).toEqual([]);
  });

  it('refuse an empty text', async () => {
    await expect(env.services.replyTemplates.save(orlova, { title: 'Пусто', text: '   ' }, meta)).rejects.toMatchObject({
      code: 'comment-required',
    });
  });
});
