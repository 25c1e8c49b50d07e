// Turns command-line inputs (files, directories, `-`, JSON Lines) into reports, one at a time, in order, so the caller
// can write each record as soon as it is done.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Report } from '../record.js';
import { decodeText, formatBytes } from './decode.js';
import { takeFrontMatter } from './front-matter.js';
import { readJsonl } from './jsonl.js';
import { DIRECTORY_EXTENSIONS, HTML_EXTENSIONS, JSONL_EXTENSIONS, type ReadDeps, type ReadItem, type ReadOptions } from './types.js';

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
  yield await readOneFile(path, info.size, opts);
}

async function* readDirectory(dir: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e);
  if (entries instanceof Error) { yield { kind: 'error', where: dir, reason: fsReason(entries) }; return; }
  const names = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && DIRECTORY_EXTENSIONS.includes(extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!names.length) { yield { kind: 'error', where: dir, reason: `no ${DIRECTORY_EXTENSIONS.join('/')} files in directory` }; return; }
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) yield { kind: 'error', where: path, reason: fsReason(info) };
    else yield await readOneFile(path, info.size, opts);
  }
}

async function readOneFile(path: string, size: number, opts: ReadOptions): Promise<ReadItem> {
  if (size > opts.maxBytes) return { kind: 'error', where: path, reason: tooLarge(size, opts.maxBytes) };
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => e);
  if (bytes instanceof Error) return { kind: 'error', where: path, reason: fsReason(bytes) };
  const format = HTML_EXTENSIONS.includes(extname(path).toLowerCase()) ? 'html' : 'text';
  return fromBytes(path, basename(path, extname(path)), bytes, format);
}

async function* readStdin(opts: ReadOptions, deps: ReadDeps): AsyncGenerator<ReadItem> {
  const iterator = deps.stdin()[Symbol.asyncIterator]();
  const first = await iterator.next();
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  if (first.done) { yield { kind: 'error', where: 'standard input', reason: 'empty input' }; return; }
  // JSON Lines on standard input are streamed line by line; anything else is one report.
  if (firstNonSpace(first.value) === 0x7b) {
    yield* readJsonl('standard input', prepend(first.value, rest), opts.maxBytes);
    return;
  }
  const parts: Uint8Array[] = [first.value];
  let size = first.value.length;
  for await (const chunk of rest) {
    size += chunk.length;
    if (size > opts.maxBytes) { yield { kind: 'error', where: 'standard input', reason: tooLarge(size, opts.maxBytes) }; return; }
    parts.push(chunk);
  }
  if (size > opts.maxBytes) { yield { kind: 'error', where: 'standard input', reason: tooLarge(size, opts.maxBytes) }; return; }
  yield fromBytes('standard input', 'stdin', Buffer.concat(parts), 'text');
}

async function* readJsonlFile(path: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) { yield { kind: 'error', where: path, reason: fsReason(info) }; return; }
  if (info.isDirectory()) { yield { kind: 'error', where: path, reason: 'is a directory, expected a JSON Lines file' }; return; }
  yield* readJsonl(path, createReadStream(path), opts.maxBytes);
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

function tooLarge(size: number, max: number): string {
  return `file too large (${formatBytes(size)} > ${formatBytes(max)} limit; raise it with --max-bytes)`;
}

function fsReason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    default: return `cannot read (${e.code ?? e.message})`;
  }
}
