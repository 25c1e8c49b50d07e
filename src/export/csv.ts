// CSV as RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
// doubled. pandas.read_csv and R's read.csv read it as is. Lists are joined with "; " (never JSON in a cell).
// A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a
// leading apostrophe, the OWASP guard: spreadsheets show the text, and the evidence spans stay in the sources table.

export interface Column<T> { key: string; get?: (row: T) => unknown }

/** Excel and LibreOffice read a UTF-8 CSV as UTF-8 only when it starts with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? ''
    : Array.isArray(v) ? v.map((x) => (x === null || x === undefined ? '' : String(x))).join('; ')
    : typeof v === 'object' ? Object.entries(v).map(([k, x]) => `${k}=${x}`).join('; ') : String(v);
  const safe = typeof v === 'number' ? s : FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function csvHeader(columns: Column<unknown>[]): string {
  return csvLine(columns.map((c) => c.key));
}

export function csvRow<T>(row: T, columns: Column<T>[]): string {
  return csvLine(columns.map((c) => (c.get ? c.get(row) : (row as Record<string, unknown>)[c.key])));
}
