// CSV as RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
// doubled. pandas.read_csv and R's read.csv read it as is. Lists are joined with "; ".

export interface Column<T> { key: string; get?: (row: T) => unknown }

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? ''
    : Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('; ')
    : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(columns: Column<unknown>[]): string {
  return columns.map((c) => csvField(c.key)).join(',') + '\r\n';
}

export function csvRow<T>(row: T, columns: Column<T>[]): string {
  return columns.map((c) => csvField(c.get ? c.get(row) : (row as Record<string, unknown>)[c.key])).join(',') + '\r\n';
}

/** Column list for plain objects: their own keys, in order. */
export function columnsOf<T extends object>(sample: T | undefined): Column<T>[] {
  return sample ? Object.keys(sample).map((key) => ({ key })) : [];
}
