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
  oldestOpenRequestAt: null,
};
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');

// Text that a spreadsheet would run as a formula (or, after a tab or CR, still might): names come from
// person cards, ESIA and organisation records, so a user can put it there.
const formulas = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=x', '\r=x'];

describe('the console’s CSV exports neutralise formulas', () => {
  it('prefixes every cell that starts like a formula with an apostrophe', () => {
    const csv = unlinkedPeopleCsv(
      t,
      formulas.map((formula) => ({ fullName: formula, role: 'parent', childName: formula })),
    );
    expect(lines(csv).slice(1)).toEqual([
      "'=1+1;Родитель;'=1+1",
      "'+1;Родитель;'+1",
      "'-1;Родитель;'-1",
      "'@SUM(A1);Родитель;'@SUM(A1)",
      "'\t=x;Родитель;'\t=x",
      `"'\r=x";Родитель;"'\r=x"`,
    ]);
  });

  it('in the organisation and class names too, keeping the Russian header, the ; separator and the BOM', () => {
    const organisations = organisationsCsv(
      t,
      [{ organisationName: '=HYPERLINK("http://evil.example","Школа")', ...numbers }],
      'Europe/Moscow',
    );
    expect(organisations.startsWith('\uFEFFОрганизация;Обучающиеся;')).toBe(true);
    expect(lines(organisations)[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""Школа"")";2;1;1;3;0;0;1;`);
    const classes = classesCsv(t, [{ organisationName: 'Школа № 1', className: '+8А', ...numbers }], 'Europe/Moscow');
    expect(lines(classes)[1]).toBe("Школа № 1;'+8А;2;1;1;3;0;0;1;");
  });

  it('leaves ordinary text and numbers alone', () => {
    const csv = unlinkedPeopleCsv(t, [{ fullName: 'Иванова-Петрова Анна', role: 'student', childName: null }]);
    expect(lines(csv)[1]).toBe('Иванова-Петрова Анна;Обучающийся;');
  });
});
