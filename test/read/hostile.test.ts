// Inputs that are not regular files, or that never end, are refused with one named line; every reader has a cap
// and a deadline; text with a UTF-16/UTF-32 byte-order mark is decoded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readInputs, type ReadItem } from '../../src/read/index.js';

const enc = new TextEncoder();
const noStdin = { stdin: async function* () {} };
const opts = { maxBytes: 1000, deadlineMs: 2000, idleMs: 200 };

async function collect(gen: AsyncGenerator<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}
const reasons = (items: ReadItem[]) => items.map((x) => (x.kind === 'error' ? `${x.where.split('/').pop()}: ${x.reason}` : `report ${x.report.id}`));
const dir = () => mkdtempSync(join(tmpdir(), 'parley-hostile-'));

describe('only regular files are read', () => {
  it('refuses a FIFO given directly, and one linked from a directory, without blocking', async () => {
    const d = dir();
    execFileSync('mkfifo', [join(d, 'pipe')]);
    const sub = join(d, 'batch');
    execFileSync('mkdir', [sub]);
    symlinkSync(join(d, 'pipe'), join(sub, 'a.txt'));
    writeFileSync(join(sub, 'b.txt'), 'Envoys met in Geneva.');
    const items = await collect(readInputs([join(d, 'pipe'), sub], [], opts, noStdin));
    expect(reasons(items)).toEqual([
      'pipe: is a named pipe (FIFO), not a regular file',
      `a.txt: is a named pipe (FIFO), not a regular file (a link to ${join(d, 'pipe')})`,
      'report b',
    ]);
  });

  it('refuses a device (/dev/zero never ends, its size is 0)', async () => {
    expect(reasons(await collect(readInputs(['/dev/zero'], [], opts, noStdin)))).toEqual(['zero: is a device, not a regular file']);
  });

  it('refuses a FIFO given as a JSON Lines file', async () => {
    const d = dir();
    execFileSync('mkfifo', [join(d, 'r.jsonl')]);
    expect(reasons(await collect(readInputs([], [join(d, 'r.jsonl')], opts, noStdin)))).toEqual(['r.jsonl: is a named pipe (FIFO), not a regular file']);
  });

  it('follows a symlink to a regular file', async () => {
    const d = dir();
    writeFileSync(join(d, 'real.txt'), 'Talks resumed.');
    symlinkSync(join(d, 'real.txt'), join(d, 'link.txt'));
    expect(reasons(await collect(readInputs([join(d, 'link.txt')], [], opts, noStdin)))).toEqual(['report link']);
  });
});

describe('standard input is capped and cannot stall the run', () => {
  it('stops reading an endless stream at the cap, after reading no more than one chunk past it', async () => {
    let chunks = 0;
    const endless = { stdin: async function* () { for (;;) { chunks++; yield new Uint8Array(256).fill(65); } } };
    expect(reasons(await collect(readInputs(['-'], [], opts, endless)))).toEqual(['standard input: file too large (1.0 KB > 1000 bytes limit; raise it with --max-bytes)']);
    expect(chunks).toBe(4);
  });

  it('gives up on a stream that stops sending', async () => {
    const stalled = { stdin: async function* () { yield enc.encode('Talks '); await new Promise(() => {}); } };
    const items = await collect(readInputs(['-'], [], opts, stalled));
    expect(reasons(items)).toEqual(['standard input: no data for 200 ms']);
  });

  it('a JSON Lines line without end is dropped at the cap, not kept in memory; the next line is read', async () => {
    let chunks = 0;
    const stream = { stdin: async function* () {
      yield enc.encode('{"id":"a","text":"');
      for (let i = 0; i < 100; i++) { chunks++; yield new Uint8Array(100).fill(65); }
      yield enc.encode('"}\n{"id":"b","text":"Envoys met."}\n');
    } };
    expect(reasons(await collect(readInputs(['-'], [], opts, stream)))).toEqual([
      'standard input:1: line too large (9.8 KB > 1000 bytes limit; raise with --max-bytes)', 'report b',
    ]);
    expect(chunks).toBe(100);
  });
});

describe('decodeText with a byte-order mark', () => {
  const text = 'Talks in Doha — “progress”.';
  const utf16 = (le: boolean) => {
    const b = Buffer.from(text, 'utf16le');
    if (!le) b.swap16();
    return new Uint8Array([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...b]);
  };
  const utf32 = (le: boolean) => {
    const cps = [...text].map((c) => c.codePointAt(0)!);
    const b = Buffer.alloc(4 * cps.length + 4);
    const write = (v: number, at: number) => (le ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at));
    write(0xfeff, 0);
    cps.forEach((cp, i) => write(cp, 4 + 4 * i));
    return new Uint8Array(b);
  };
  it.each([['UTF-16LE', utf16(true)], ['UTF-16BE', utf16(false)], ['UTF-32LE', utf32(true)], ['UTF-32BE', utf32(false)]])('decodes %s', (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, warnings: [] });
  });
  it('still refuses NUL bytes without a byte-order mark', () => {
    expect(decodeText(new Uint8Array([65, 0, 66]))).toMatchObject({ ok: false });
  });
});
