// Saved answers of whole-store reads (the brief, processes, contacts, disputes): kept in the store with the store's
// generation they were computed from and the shape they have, so a reader (the CLI, a restarted server) uses one
// only while the store has not changed since and this Parley writes answers of the same shape. An answer from before
// an ingest is "stale": a server may show it while it computes the new one; an answer of another shape (saved by an
// older Parley, or in the wrapper-less form of before) is never used.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Store } from '../store/types.js';

/** Bump when what a saved answer holds changes shape (a field added, renamed or retyped in a brief, say). */
export const ANSWER_SHAPE = 1;

/** brief-md: the whole brief as `parley brief` prints it (query/saved-brief.ts). */
export type AnswerKind = 'processes' | 'brief' | 'brief-md' | 'contacts' | 'disputes';

/** What a saved answer's body is: the answer with what it was computed from. */
interface SavedBody { shape: number; generation: string; value: unknown }

export interface SavedAnswer { value: unknown; current: boolean }

/** Snapshot key of a whole-store read: its kind and the configuration (parley.yml) it was computed with. */
export function answerKey(kind: AnswerKind, config?: unknown): string {
  return `${kind}:${createHash('sha256').update(JSON.stringify(config ?? null)).digest('hex').slice(0, 16)}`;
}

/** A body this long or longer is kept gzipped (as base64 text, which both engines' snapshot column holds): a brief of
 * 100k reports is 5.6 MB of JSON, and reading that much back took about as long as the answer may take; gzipped it is
 * a fourteenth. Shorter bodies stay plain JSON, which needs no unpacking. */
export const PACK_FROM = 64 * 1024;
/** Marks a packed body; JSON never starts with it. */
const PACKED = 'gz:';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** The text kept for a body: its JSON, gzipped when long. zlib works off the event loop, so a server stays free. */
export async function packBody(json: string): Promise<string> {
  return json.length < PACK_FROM ? json : PACKED + (await gzipped(json)).toString('base64');
}

/** The JSON of a kept body (either form). */
export async function unpackBody(text: string): Promise<string> {
  return text.startsWith(PACKED) ? (await gunzipped(Buffer.from(text.slice(PACKED.length), 'base64'))).toString('utf8') : text;
}

async function parseBody(text: string): Promise<SavedBody | undefined> {
  try {
    const b = JSON.parse(await unpackBody(text)) as Partial<SavedBody> | null;
    return b && typeof b === 'object' && !Array.isArray(b) && b.shape === ANSWER_SHAPE && typeof b.generation === 'string' && 'value' in b
      ? (b as SavedBody) : undefined;
  } catch { return undefined; }
}

/** The answer saved under `key` and whether it is current (the store unchanged since); undefined: none of this shape. */
export async function savedAnswer(store: Store, key: string): Promise<SavedAnswer | undefined> {
  let snapshot, generation;
  try { [snapshot, generation] = await Promise.all([store.snapshot(key), store.generation()]); } catch { return undefined; }
  const body = snapshot && (await parseBody(snapshot.body));
  if (!body) return undefined;
  return { value: body.value, current: body.generation === generation };
}

/** Saves `value`, computed from the store at `generation` (read before computing, so a write during it leaves the
 * answer stale). False when the store takes no writes (opened read-only). */
export async function saveAnswer(store: Store, key: string, value: unknown, generation: string): Promise<boolean> {
  try {
    await store.saveSnapshot(key, await packBody(JSON.stringify({ shape: ANSWER_SHAPE, generation, value } satisfies SavedBody)));
    return true;
  } catch { return false; }
}

/** Keeps an answer the store given could not (opened read-only): saves it through a writable connection. */
export type SaveElsewhere = (key: string, value: unknown, generation: string) => Promise<void>;

/** The current saved answer, else one computed now (and saved: in the store when it takes writes, else elsewhere). */
export async function savedOrComputed<T>(store: Store, key: string, compute: () => Promise<T>, saveElsewhere?: SaveElsewhere): Promise<T> {
  const saved = await savedAnswer(store, key);
  if (saved?.current) return saved.value as T;
  const generation = await store.generation();
  const value = await compute();
  if (!(await saveAnswer(store, key, value, generation))) await saveElsewhere?.(key, value, generation).catch(() => {});
  return value;
}
