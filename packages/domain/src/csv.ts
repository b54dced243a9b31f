/**
 * CSV as Russian spreadsheet programs open it: `;` between cells (their list separator; with `,`
 * Excel puts each line into one column), CRLF, a BOM so the Cyrillic is read as UTF-8, and RFC
 * 4180 quoting.
 *
 * Text that starts like a formula (`=`, `+`, `-`, `@`, or a tab or CR before one) gets an
 * apostrophe in front, so a spreadsheet shows it instead of running it: names and comments come
 * from outside (person cards, ESIA, organisation records), and a formula can read other cells,
 * open links or worse. Numbers are ours and stay numbers.
 */
export type CsvCell = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",;\n\r]/;

export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return String(value);
  const text = value === null ? '' : formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}

/** A whole file: the BOM, the header line, the rows. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join('')}`;
}
