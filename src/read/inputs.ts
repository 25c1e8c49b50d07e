// Turns command-line inputs (files, directories, `-`, JSON Lines) into reports, one at a time, in order, so the caller
// can write each record as soon as it is done.
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Report } from '../record.js';
import { decodeText } from './decode.js';
import { bounded, fsReason, notRegular, readRegularFile, ReadLimit, tooLarge } from './file.js';
import { takeFrontMatter } from './front-matter.js';
import { readJsonl } from './jsonl.js';
import { DEFAULT_DEADLINE_MS, DEFAULT_IDLE_MS, DIRECTORY_EXTENSIONS, HTML_EXTENSIONS, JSONL_EXTENSIONS, type ReadDeps, type ReadItem, type ReadOptions } from './types.js';

export const STDIN = '-';

export async function* readInputs(paths: string[], jsonl: string[], opts: ReadOptions, deps: ReadDeps): AsyncGenerator<ReadItem> {
  for (const p of paths) yield* readPath(p, opts, deps);
  for (const p of jsonl) yield* readJsonlFile(p, opts);
}

async function* readPath(path: string, opts: ReadOptions, deps: ReadDeps): AsyncGenerator<ReadItem> {
  if (path === STDIN) { yield* readStdin(opts, deps); return; }
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) { yield { kind: 'error', where: path, reason: fsReason(info) }; return; }
  if (info.isDirectory()) { yield* readDirectory(path, opts); return; }
  if (JSONL_EXTENSIONS.includes(extname(path).toLowerCase())) { yield* readJsonlFile(path, opts); return; }
  yield await readOneFile(path, opts);
}

async function* readDirectory(dir: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e);
  if (entries instanceof Error) { yield { kind: 'error', where: dir, reason: fsReason(entries) }; return; }
  const names = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && DIRECTORY_EXTENSIONS.includes(extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!names.length) { yield { kind: 'error', where: dir, reason: `no ${DIRECTORY_EXTENSIONS.join('/')} files in directory` }; return; }
  for (const name of names) yield await readOneFile(join(dir, name), opts);
}

async function readOneFile(path: string, opts: ReadOptions): Promise<ReadItem> {
  const read = await readRegularFile(path, opts.maxBytes, opts.deadlineMs ?? DEFAULT_DEADLINE_MS);
  if (!read.ok) return { kind: 'error', where: path, reason: read.reason };
  const format = HTML_EXTENSIONS.includes(extname(path).toLowerCase()) ? 'html' : 'text';
  return fromBytes(path, basename(path, extname(path)), read.bytes, format);
}

async function* readStdin(opts: ReadOptions, deps: ReadDeps): AsyncGenerator<ReadItem> {
  const where = 'standard input';
  const idleMs = opts.idleMs ?? DEFAULT_IDLE_MS;
  // Until it is clear whether this is JSON Lines (streamed, lines capped one by one) or one report (capped whole),
  // only waiting is bounded; the cap applies once the kind is known.
  const iterator = bounded(deps.stdin(), { maxBytes: Infinity, idleMs, deadlineMs: Infinity }, where)[Symbol.asyncIterator]();
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  try {
    const first = await iterator.next();
    if (first.done) { yield { kind: 'error', where, reason: 'empty input' }; return; }
    if (firstNonSpace(first.value) === 0x7b) {
      yield* readJsonl(where, prepend(first.value, rest), opts.maxBytes);
      return;
    }
    const whole = bounded(prepend(first.value, rest), { maxBytes: opts.maxBytes, idleMs, deadlineMs: opts.deadlineMs ?? DEFAULT_DEADLINE_MS }, where);
    const parts: Uint8Array[] = [];
    for await (const chunk of whole) parts.push(chunk);
    yield fromBytes(where, 'stdin', Buffer.concat(parts), 'text');
  } catch (e) {
    if (!(e instanceof ReadLimit)) throw e;
    yield { kind: 'error', where, reason: e.message.slice(where.length + 2) };
  }
}

async function* readJsonlFile(path: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const real = await realpath(path).catch((e: NodeJS.ErrnoException) => e);
  const info = real instanceof Error ? real : await stat(real).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) { yield { kind: 'error', where: path, reason: fsReason(info) }; return; }
  if (info.isDirectory()) { yield { kind: 'error', where: path, reason: 'is a directory, expected a JSON Lines file' }; return; }
  const bad = notRegular(info);
  if (bad) { yield { kind: 'error', where: path, reason: bad }; return; }
  try {
    yield* readJsonl(path, bounded(createReadStream(real as string), { maxBytes: Infinity, idleMs: opts.idleMs ?? DEFAULT_IDLE_MS, deadlineMs: Infinity }, path), opts.maxBytes);
  } catch (e) {
    if (!(e instanceof ReadLimit)) throw e;
    yield { kind: 'error', where: path, reason: e.message.slice(path.length + 2) };
  }
}

function fromBytes(where: string, id: string, bytes: Uint8Array, format: 'text' | 'html'): ReadItem {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { kind: 'error', where, reason: decoded.reason };
  const front = format === 'text' ? takeFrontMatter(decoded.text) : null;
  const report: Report = {
    id, source: front?.source ?? where, text: front?.text ?? decoded.text,
    published: front?.published ?? null, title: front?.title ?? null, format,
  };
  return { kind: 'report', report, warnings: decoded.warnings };
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  yield* rest;
}

function firstNonSpace(b: Uint8Array): number | undefined {
  for (const c of b) if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xef && c !== 0xbb && c !== 0xbf) return c;
  return undefined;
}
