// Shared plumbing of the store's query commands: open the store named by --db, run, render, close. The store (and
// whatever library part a command's rows need) is imported when the command runs, so `parley --help` stays fast.
import type { Store } from '../store/types.js';
import { UsageError, type CliContext } from './command.js';
import { dbPath, missingStore, renderRows, rowFormat } from './rows.js';

/** Opens the store named by --db (refusing one that does not exist), runs `fn`, closes it. */
export async function withStore<T>(opts: { db?: string }, fn: (store: Store) => Promise<T>, _ctx?: CliContext): Promise<T> {
  const path = dbPath(opts.db);
  if (missingStore(path)) throw new UsageError(`no store at ${path} (run parley ingest first, or give --db FILE)`);
  const { openStore, storeError } = await import('../store/index.js');
  // Queries only read: a foreign or empty file is refused, never given Parley's schema or switched to WAL.
  const store = await openStore(path, { readOnly: true });
  try {
    try {
      return await fn(store);
    } catch (e) {
      // Corruption can surface only when a page is read: name the file, not "internal error".
      throw storeError(e, path);
    }
  } finally {
    await store.close();
  }
}

/** Saves a whole-store answer through a writable connection to the store at `path`: a query opens it read-only, and
 * a computed answer kept there is read back by the next run (and a server) until the next ingest. */
export function saveThrough(path: string) {
  return async (key: string, value: unknown, generation: string): Promise<void> => {
    const [{ openStore }, { saveAnswer }] = await Promise.all([import('../store/index.js'), import('../query/saved.js')]);
    const writable = await openStore(path);
    try { await saveAnswer(writable, key, value, generation); } finally { await writable.close(); }
  };
}

/** `--process NAME`: the option every store query takes. */
export const processOption = ['--process <name>', 'only what belongs to this process (name, id or alias, see parley processes)'] as const;

/** The filter for `--process` (none without it); an unknown name is a usage error listing the known ones. */
export async function processScope(store: Store, name: string | undefined): Promise<import('../brief/index.js').ProcessFilter | null> {
  if (!name) return null;
  const { processFilter, loadConfigFile, UnknownProcessError } = await import('../brief/index.js');
  try {
    return await processFilter(store, name, loadConfigFile());
  } catch (e) {
    if (e instanceof UnknownProcessError) throw new UsageError(e.message);
    throw e;
  }
}

export async function withRows<T extends object>(
  ctx: CliContext, opts: { db?: string; format?: string }, columns: string[],
  rows: (store: Store) => T[] | Promise<T[]>, table?: (r: T) => Record<string, unknown>,
): Promise<void> {
  await withStore(opts, async (store) => {
    await ctx.io.stdout(renderRows(await rows(store), rowFormat(opts.format), columns, table));
  });
}

/** The store's query functions, loaded on first use. */
export const queries = () => import('../query/index.js');
