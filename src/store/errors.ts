// Store failures a caller acts on, told apart whatever the engine.

/** The report's content hash is already stored: a concurrent writer got there first (SQLite or PostgreSQL). */
export function isDuplicateReport(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string; message?: string } | null;
  const message = err?.message ?? String(e);
  if (err?.code === 'SQLITE_CONSTRAINT_UNIQUE') return /reports\.hash/.test(message);
  return err?.code === '23505' && (err.constraint === 'reports_hash_key' || /reports_hash_key/.test(message));
}
