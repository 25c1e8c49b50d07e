// Reading one input file safely: only a regular file (a FIFO, device or socket would block or never end, and its
// size says nothing), symlinks resolved and the file they point to checked, at most `maxBytes`, within a deadline.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { formatBytes } from './decode.js';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** What a non-regular file is, for the refusal; null for a regular file. */
export function notRegular(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (info.isSocket()) return 'is a socket, not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a regular file';
  return 'is not a regular file';
}

export function tooLarge(size: number, max: number, what = 'file'): string {
  return `${what} too large (${formatBytes(size)} > ${formatBytes(max)} limit; raise it with --max-bytes)`;
}

export function fsReason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return `cannot read (${e.code ?? e.message})`;
  }
}

/**
 * The bytes of a regular file. Opened non-blocking, so opening a FIFO cannot hang; the open handle is what is
 * checked (no window between the check and the read); reading stops past `maxBytes` or the deadline.
 */
export async function readRegularFile(path: string, maxBytes: number, deadlineMs: number): Promise<FileRead> {
  const real = await realpath(path).catch((e: NodeJS.ErrnoException) => e);
  if (real instanceof Error) return { ok: false, reason: fsReason(real) };
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK).catch((e: NodeJS.ErrnoException) => e);
  if (handle instanceof Error) return { ok: false, reason: fsReason(handle) };
  try {
    const info = await handle.stat();
    const bad = notRegular(info);
    if (bad) return { ok: false, reason: real === path ? bad : `${bad} (a link to ${real})` };
    if (info.size > maxBytes) return { ok: false, reason: tooLarge(info.size, maxBytes) };
    const until = Date.now() + deadlineMs;
    // The size can change while reading (a file still being written): read to the cap, never past it.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (Date.now() > until) return { ok: false, reason: `not read within ${deadlineMs} ms` };
      const room = buffer.length - length;
      if (room === 0) break;
      const { bytesRead } = await handle.read(buffer, length, room, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, reason: tooLarge(length, maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return { ok: false, reason: fsReason(e as NodeJS.ErrnoException) };
  } finally {
    await handle.close().catch(() => {});
  }
}

export interface StreamLimits {
  /** Bytes in all (Infinity for a JSON Lines stream, whose lines are capped one by one). */
  maxBytes: number;
  /** Longest wait for the next chunk: a stalled pipe does not hang the run. */
  idleMs: number;
  /** Whole read, for a stream read at once (standard input as one report); Infinity when read lazily. */
  deadlineMs: number;
}

/** Chunks of a stream, ending with a ReadLimit once more than `maxBytes` have come or a wait or the read runs late. */
export async function* bounded(chunks: AsyncIterable<Uint8Array>, limits: StreamLimits, what: string): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const until = Date.now() + limits.deadlineMs;
  let size = 0;
  let finished = false;
  try {
    for (;;) {
      const wait = Math.min(limits.idleMs, until - Date.now());
      if (wait <= 0) throw new ReadLimit(`${what}: not read within ${limits.deadlineMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), wait); });
      const next = await Promise.race([iterator.next(), late]).finally(() => clearTimeout(timer));
      if (next === 'late') throw new ReadLimit(`${what}: no data for ${Math.round(wait)} ms`);
      if (next.done) { finished = true; return; }
      size += next.value.length;
      if (size > limits.maxBytes) throw new ReadLimit(`${what}: ${tooLarge(size, limits.maxBytes)}`);
      yield next.value;
    }
  } finally {
    if (!finished) void Promise.resolve(iterator.return?.()).catch(() => {});
  }
}

/** A byte cap or deadline hit while streaming; the reader turns it into one named problem. */
export class ReadLimit extends Error {}
