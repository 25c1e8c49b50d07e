// JSON Lines input: one `{"id", "text", "published"?, "source"?, "title"?}` object per line; other fields are ignored.
// A bad line is one problem naming `file:line`; reading goes on with the next line.
import type { Report } from '../record.js';
import { decodeText, formatBytes } from './decode.js';
import type { ReadItem } from './types.js';

export async function* readJsonl(where: string, chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<ReadItem> {
  let lineNo = 0;
  for await (const bytes of splitLines(chunks, maxBytes)) {
    lineNo++;
    if (typeof bytes === 'number') {
      yield { kind: 'error', where: `${where}:${lineNo}`, reason: `line too large (${formatBytes(bytes)} > ${formatBytes(maxBytes)} limit; raise with --max-bytes)` };
      continue;
    }
    if (isBlank(bytes)) continue;
    yield parseLine(`${where}:${lineNo}`, bytes, maxBytes);
  }
}

export function parseLine(at: string, bytes: Uint8Array, maxBytes: number): ReadItem {
  if (bytes.length > maxBytes) {
    return { kind: 'error', where: at, reason: `line too large (${formatBytes(bytes.length)} > ${formatBytes(maxBytes)} limit; raise with --max-bytes)` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { kind: 'error', where: at, reason: decoded.reason };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    return { kind: 'error', where: at, reason: `not valid JSON (${(e as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'error', where: at, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return { kind: 'error', where: at, reason: 'no "text" string' };
  if (!o.text.trim()) return { kind: 'error', where: at, reason: '"text" is empty' };
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : at;
  const report: Report = {
    id,
    source: typeof o.source === 'string' ? o.source : at,
    text: o.text,
    published: typeof o.published === 'string' && o.published.trim() ? o.published : null,
    title: typeof o.title === 'string' ? o.title : null,
    format: o.format === 'html' ? 'html' : undefined,
  };
  return { kind: 'report', report, warnings: decoded.warnings };
}

/**
 * Splits a byte stream on \n without decoding it first, so one bad line cannot spoil its neighbours. A line over
 * `maxLine` bytes is not kept in memory: its size (a number) is yielded in its place.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLine = Infinity): AsyncGenerator<Uint8Array | number> {
  let pending: Uint8Array[] = [];
  let size = 0;
  const take = (part: Uint8Array) => {
    size += part.length;
    if (size > maxLine) pending = [];
    else pending.push(part);
  };
  const line = (): Uint8Array | number => {
    const out = size > maxLine ? size : stripCr(concat(pending));
    pending = [];
    size = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield line();
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.slice(from));
  }
  if (pending.length || size) yield line();
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  return Buffer.concat(parts);
}

function stripCr(b: Uint8Array): Uint8Array {
  return b.length && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b;
}

function isBlank(b: Uint8Array): boolean {
  for (const c of b) if (c !== 32 && c !== 9 && c !== 13) return false;
  return true;
}
