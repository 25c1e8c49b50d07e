import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type ReadItem } from '../../src/read/index.js';

const enc = new TextEncoder();
async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? enc.encode(p) : p;
}
const noStdin = { stdin: () => chunks() };
const opts = { maxBytes: 1000 };

async function collect(gen: AsyncGenerator<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}
const summary = (items: ReadItem[]) =>
  items.map((x) => (x.kind === 'report' ? `report ${x.report.id} ${x.report.format ?? '-'}` : `error ${x.where.split('/').pop()}: ${x.reason}`));

function tmp(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-read-'));
  for (const [name, body] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), body);
  }
  return dir;
}

describe('readInputs: directories', () => {
  it('reads .txt/.html/.htm files sorted by name, ignoring other files and subdirectories', async () => {
    const dir = tmp({ 'b.txt': 'Talks b.', 'a.html': '<p>Talks a.</p>', 'c.htm': '<p>c</p>', 'notes.md': 'x', 'sub/': '', 'A.txt': 'Upper.' });
    expect(summary(await collect(readInputs([dir], [], opts, noStdin))))
      .toEqual(['report A text', 'report a html', 'report b text', 'report c html']);
  });

  it('reports each bad file once and keeps reading the good ones', async () => {
    const dir = tmp({
      '1-good.txt': 'Envoys met in Geneva.', '2-empty.txt': '', '3-binary.txt': new Uint8Array([65, 0, 66]),
      '4-big.txt': 'x'.repeat(1001), '5-latin1.txt': new Uint8Array([...enc.encode('Caf'), 0xe9, ...enc.encode(' talks.')]),
    });
    const items = await collect(readInputs([dir], [], opts, noStdin));
    expect(summary(items)).toEqual([
      'report 1-good text',
      'error 2-empty.txt: empty file',
      'error 3-binary.txt: binary file (contains NUL bytes), not text',
      'error 4-big.txt: file too large (1001 bytes > 1000 bytes limit; raise it with --max-bytes)',
      'report 5-latin1 text',
    ]);
    const latin = items[4];
    expect(latin.kind === 'report' && latin.report.text).toBe('Caf\uFFFD talks.');
    expect(latin.kind === 'report' && latin.warnings).toEqual(['invalid UTF-8: 1 byte sequence replaced with U+FFFD']);
  });

  it('names a missing path', async () => {
    expect(summary(await collect(readInputs(['/no/such/place.txt'], [], opts, noStdin))))
      .toEqual(['error place.txt: no such file or directory']);
  });

  it('takes a url:/--- front matter as metadata, not text', async () => {
    const dir = tmp({ 'r.txt': 'url: https://example.org/a\ntopic: talks\npublished: 2025-10-06\n---\nEnvoys met.' });
    const [item] = await collect(readInputs([join(dir, 'r.txt')], [], opts, noStdin));
    expect(item.kind === 'report' && item.report).toMatchObject({ id: 'r', text: 'Envoys met.', source: 'https://example.org/a', published: '2025-10-06' });
  });
});

describe('readInputs: JSON Lines', () => {
  it('reads good lines, names each bad line by file:line, and goes on', async () => {
    const dir = tmp({
      'in.jsonl': [
        '{"id":"a","text":"Envoys met.","published":"2025-08-15","source":"wire","extra":1}',
        '', 'not json', '{"id":"b"}', '[1,2]', '{"id":7,"text":"Second report."}', '',
      ].join('\n'),
    });
    const items = await collect(readInputs([], [join(dir, 'in.jsonl')], opts, noStdin));
    expect(summary(items)).toEqual([
      'report a -', expect.stringMatching(/^error in\.jsonl:3: not valid JSON/), 'error in.jsonl:4: no "text" string',
      'error in.jsonl:5: not a JSON object', 'report 7 -',
    ]);
    expect(items[0].kind === 'report' && items[0].report).toEqual({
      id: 'a', text: 'Envoys met.', published: '2025-08-15', source: 'wire', title: null, format: undefined,
    });
  });

  it('treats a .jsonl path argument as JSON Lines', async () => {
    const dir = tmp({ 'x.jsonl': '{"id":"z","text":"Hi."}\r\n' });
    expect(summary(await collect(readInputs([join(dir, 'x.jsonl')], [], opts, noStdin)))).toEqual(['report z -']);
  });
});

describe('readInputs: standard input', () => {
  it('reads plain text from stdin as one report, across chunks', async () => {
    const [item] = await collect(readInputs(['-'], [], opts, { stdin: () => chunks('Envoys ', 'met in Doha.') }));
    expect(item.kind === 'report' && item.report).toMatchObject({ id: 'stdin', text: 'Envoys met in Doha.', source: 'standard input' });
  });

  it('streams JSON Lines from stdin, even with a line split across chunks', async () => {
    const items = await collect(readInputs(['-'], [], opts, { stdin: () => chunks('{"id":"a","te', 'xt":"One."}\n{"id":"b","text":"Two."}\n') }));
    expect(summary(items)).toEqual(['report a -', 'report b -']);
  });

  it('refuses empty and oversized stdin', async () => {
    expect(summary(await collect(readInputs(['-'], [], opts, { stdin: () => chunks() })))).toEqual(['error standard input: empty input']);
    expect(summary(await collect(readInputs(['-'], [], opts, { stdin: () => chunks('x'.repeat(600), 'y'.repeat(600)) }))))
      .toEqual(['error standard input: file too large (1.2 KB > 1000 bytes limit; raise it with --max-bytes)']);
  });
});
