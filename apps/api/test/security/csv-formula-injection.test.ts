import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { accessRequests, organisations } from '@vhod/db';
import { csvLine } from '@vhod/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRow } from '../../examples/export-open-requests';
import { staffActor } from '../support/staff-actors';
import { meta, seededApiServer, type SeededApiServer } from '../support/test-services';
import { unmatchedSession } from '../support/unmatched-session';

const example = fileURLToPath(new URL('../../examples/export-open-requests.ts', import.meta.url));

let api: SeededApiServer;

beforeAll(async () => {
  api = await seededApiServer();
});
afterAll(() => api?.close());

/** Runs the API guide's example as a third party would, and returns what it printed. */
async function runExample(secret: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', example], {
    env: { ...process.env, VHOD_API_SECRET: secret, VHOD_API_URL: `${api.server.url}/graphql` },
  });
  return stdout;
}

describe('the API guide’s CSV export (apps/api/examples/export-open-requests.ts)', () => {
  it('prefixes cells that a spreadsheet would run as formulas, and writes a Russian header with ; and a BOM', async () => {
    const zakharov = await staffActor(api.services, '1000011');
    const { secret } = await api.services.apiClients.create(
      zakharov,
      { name: 'Выгрузка', scopes: ['requests:read'], organisationIds: null },
      meta,
    );
    // Organisation names and ESIA names are text from outside: give three requests formula-like ones.
    const session = await unmatchedSession(api.services, '1000004', 'parent');
    const planted = [
      { organisation: '=1+1', lastName: '@SUM(A1)' },
      { organisation: '+1', lastName: '\t=x' },
      { organisation: '-1', lastName: '\r=x' },
    ];
    const targets = await api.db.select({ id: organisations.id }).from(organisations).limit(planted.length);
    for (const [i, { id }] of targets.entries()) {
      const submitted = await api.services.accessRequests.submit(
        session,
        { organisationId: id, childId: session.esiaProfile!.children[0]!.id, email: 'p@example.ru' },
        meta,
      );
      await api.db.update(organisations).set({ name: planted[i]!.organisation }).where(eq(organisations.id, id));
      const [row] = await api.db
        .select({ applicant: accessRequests.applicant })
        .from(accessRequests)
        .where(eq(accessRequests.id, submitted.request.id));
      await api.db
        .update(accessRequests)
        .set({ applicant: { ...row!.applicant, lastName: planted[i]!.lastName } })
        .where(eq(accessRequests.id, submitted.request.id));
    }

    const csv = await runExample(secret);
    expect(csv.startsWith('\uFEFFНомер;Статус;Роль;Создано;Организация;Заявитель\r\n')).toBe(true);
    const { firstName, middleName } = session.esiaProfile!;
    for (const cell of [
      "'=1+1",
      "'+1",
      "'-1",
      `'@SUM(A1) ${firstName} ${middleName}`,
      `'\t=x ${firstName} ${middleName}`,
      `"'\r=x ${firstName} ${middleName}"`,
    ]) {
      expect(csv).toContain(`;${cell}`);
    }
    for (const formula of ['=1+1', '+1', '-1', '@SUM', '\t=x', '\r=x']) {
      expect(csv, formula).not.toMatch(new RegExp(`(^|[;\\n"])${formula.replace(/[+\\^$.*?()[\]{}|]/g, '\\$&')}`));
    }
  });

  it('writes cells as the console’s CSV writer does (the example carries its own copy of it)', () => {
    const cells = [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      '\t=x',
      '\r=x',
      'Школа; вечерняя',
      '«Школа», 1',
      'с "кавычками"',
      'две\nстроки',
      'Иванова-Петрова',
      '',
      null,
    ];
    expect(csvRow(cells)).toBe(csvLine(cells));
  });
});
