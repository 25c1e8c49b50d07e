// Multi-row INSERTs on the server engine: one statement for many rows instead of a round trip each.

/** Bind parameters per statement (the protocol allows 65535). */
const MAX_PARAMS = 60000;

/** `(…), (…)` for `rows` rows of `width` parameters, numbered from $1; the column at `tsvAt` made a tsvector. */
export function valuesList(width: number, rows: number, tsvAt = -1): string {
  const row = (i: number) => Array.from({ length: width }, (_c, j) => (j === tsvAt ? `to_tsvector('simple', $${i * width + j + 1})` : `$${i * width + j + 1}`));
  return Array.from({ length: rows }, (_r, i) => `(${row(i).join(', ')})`).join(', ');
}

/** One multi-row INSERT per chunk (rows keep their order, so ids come out as row-by-row inserts give them). */
export async function insertValues(run: (sql: string, args: unknown[]) => Promise<unknown>, head: string, rows: unknown[][], tsvAt = -1, tail = ''): Promise<void> {
  if (!rows.length) return;
  const per = Math.floor(MAX_PARAMS / rows[0].length);
  for (let at = 0; at < rows.length; at += per) {
    const chunk = rows.slice(at, at + per);
    await run(`${head} VALUES ${valuesList(chunk[0].length, chunk.length, tsvAt)}${tail}`, chunk.flat());
  }
}
