import { createTranslator } from '@vhod/i18n';
import { describe, expect, it } from 'vitest';
import { classesCsv, organisationsCsv, unlinkedPeopleCsv } from './readiness-csv';

const t = createTranslator('ru').t;
const numbers = {
  students: 2,
  studentsLinked: 1,
  studentsRecentEsia: 1,
  parents: 3,
  parentsLinked: 0,
  parentsRecentEsia: 0,
  openRequests: 1,
  oldestOpenRequestAt: '2026-03-05T09:00:00Z',
};
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('readiness CSV exports', () => {
  it('keep every count in its own column, for spreadsheets to sum', () => {
    const [header, row] = lines(organisationsCsv(t, [{ organisationName: 'МБОУ «Школа № 1»', ...numbers }], 'Europe/Moscow'));
    expect(header).toBe(
      'Организация;Обучающиеся;Обучающиеся: связаны с Госуслугами;Обучающиеся: входили за 30 дней;Родители;Родители: связаны с Госуслугами;Родители: входили за 30 дней;Открытые обращения;Старейшее открытое обращение',
    );
    expect(row).toBe('МБОУ «Школа № 1»;2;1;1;3;0;0;1;05.03.2026');
  });

  it('name the row of requests without a class, and quote what would break a cell', () => {
    const csv = classesCsv(
      t,
      [
        { organisationName: 'Школа; вечерняя', className: '8А', ...numbers, oldestOpenRequestAt: null },
        { organisationName: 'Школа; вечерняя', className: null, ...numbers, oldestOpenRequestAt: null },
      ],
      'Europe/Moscow',
    );
    expect(lines(csv).slice(1)).toEqual(['"Школа; вечерняя";8А;2;1;1;3;0;0;1;', '"Школа; вечерняя";Обращения без класса;2;1;1;3;0;0;1;']);
  });

  it('list the unlinked people with their role in Russian and, for a parent, the child', () => {
    const csv = unlinkedPeopleCsv(t, [
      { fullName: 'Петров Михаил Андреевич', role: 'student', childName: null },
      { fullName: 'Васильев Игорь Петрович', role: 'parent', childName: 'Васильева Ксения Игоревна' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      'ФИО;Роль;Ребёнок',
      'Петров Михаил Андреевич;Обучающийся;',
      'Васильев Игорь Петрович;Родитель;Васильева Ксения Игоревна',
    ]);
  });
});
