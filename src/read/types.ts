// What the readers produce: a report ready for extraction (with any non-fatal read warnings), or one problem naming
// the input it came from. Readers never throw for bad input.
import type { Report } from '../record.js';

export type ReadItem =
  | { kind: 'report'; report: Report; warnings: string[] }
  | { kind: 'error'; where: string; reason: string };

export interface ReadOptions {
  /** Files (and JSONL records) larger than this are refused. */
  maxBytes: number;
  /** Longest a file, or standard input read as one report, may take to read (default DEFAULT_DEADLINE_MS). */
  deadlineMs?: number;
  /** Longest wait for the next chunk of a stream (default DEFAULT_IDLE_MS). */
  idleMs?: number;
}

export const DEFAULT_DEADLINE_MS = 60_000;
export const DEFAULT_IDLE_MS = 60_000;

export interface ReadDeps {
  /** Standard input as a byte stream (for `-`). */
  stdin: () => AsyncIterable<Uint8Array>;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Extensions taken from a directory; other files in it are ignored. */
export const DIRECTORY_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];
export const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm'];
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl', '.ndjson'];
