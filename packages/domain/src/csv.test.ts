import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=x', "'\t=x"],
    ['\r=x', `"'\r=x"`],
  ])('prefixes %j, which a spreadsheet would run as a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('quotes what would break the cell, doubling quotes', () => {
    expect(csvCell('Школа; вечерняя')).toBe('"Школа; вечерняя"');
    expect(csvCell('«Школа», 1')).toBe('"«Школа», 1"');
    expect(csvCell('две\nстроки')).toBe('"две\nстроки"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('leaves ordinary text, a dash inside a name, numbers (negative ones too) and nothing alone', () => {
    expect(csvCell('Иванова-Петрова Анна')).toBe('Иванова-Петрова Анна');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a BOM, ; between cells and CRLF after every line', () => {
    expect(
      toCsv(
        ['ФИО', 'Роль'],
        [
          ['Петров Михаил', 'Обучающийся'],
          ['=1+1', null],
        ],
      ),
    ).toBe("\uFEFFФИО;Роль\r\nПетров Михаил;Обучающийся\r\n'=1+1;\r\n");
    expect(csvLine(['a', 1])).toBe('a;1\r\n');
  });
});
