import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const enc = new TextEncoder();
const REPORT = 'date 2025-10-06 CAIRO — Egyptian mediators met the two delegations on Monday. “We are making progress,” an official said.';

async function run(argv: string[], stdin: string[] = []) {
  const result = await runCli(argv, { stdin });
  const jsonLines = result.out.trim() && !argv.includes('--explain') && !argv.includes('--pretty');
  return { ...result, records: jsonLines ? result.out.trim().split('\n').map((l) => JSON.parse(l)) : [] };
}

function badDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  writeFileSync(join(dir, 'a-good.txt'), REPORT);
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), new Uint8Array([0x50, 0x4b, 0, 0, 1, 2]));
  writeFileSync(join(dir, 'd-huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
  writeFileSync(join(dir, 'e-bad-utf8.txt'), new Uint8Array([...enc.encode('Talks in Doha '), 0xc3, 0x28, ...enc.encode(' resumed.')]));
  return dir;
}

describe('parley extract (in-process)', () => {
  it('writes one JSON line per report and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
    writeFileSync(join(dir, 'one.txt'), REPORT);
    writeFileSync(join(dir, 'two.txt'), 'Talks resumed in Geneva.');
    const r = await run(['extract', dir]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.records.map((x) => x.doc.id)).toEqual(['one', 'two']);
    expect(r.records[0].doc).toMatchObject({ published: '2025-10-06', published_from: 'text', dateline: 'Cairo' });
  });

  it('on a directory of bad inputs: records for what it can read, one stderr line per bad file, exit 1', async () => {
    const r = await run(['extract', badDir()]);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => x.doc.id)).toEqual(['a-good', 'e-bad-utf8']);
    expect(r.records[1].text).toBe('Talks in Doha \uFFFD( resumed.');
    // The file carries no date either: the record says so rather than taking today's.
    expect(r.records[1].warnings).toEqual(['invalid UTF-8: 1 byte sequence replaced with U+FFFD',
      'no publication date in the report or its metadata: relative dates left unresolved (pass --published)']);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/b-empty\.txt: empty file$/);
    expect(lines[1]).toMatch(/c-binary\.txt: binary file/);
    expect(lines[2]).toMatch(/d-huge\.txt: file too large \(20\.0 MB > 5\.0 MB limit/);
    expect(lines[3]).toMatch(/^parley: warning: .*e-bad-utf8\.txt: invalid UTF-8/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('--max-bytes raises the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
    writeFileSync(join(dir, 'r.txt'), REPORT);
    expect((await run(['extract', dir, '--max-bytes', '10'])).code).toBe(1);
    expect((await run(['extract', dir, '--max-bytes', '100000'])).code).toBe(0);
  });

  it('reads stdin with -, and --published fills in only a missing date', async () => {
    const r = await run(['extract', '-', '--published', '2025-08-15'], ['Envoys met in Anchorage on Friday.']);
    expect(r.code).toBe(0);
    expect(r.records[0].doc).toMatchObject({ id: 'stdin', published: '2025-08-15', published_from: 'input' });
    const own = await run(['extract', '-', '--published', '2025-08-15'], [REPORT]);
    expect(own.records[0].doc).toMatchObject({ published: '2025-10-06', published_from: 'text' });
  });

  it('--jsonl: a bad line is one stderr line naming file:line; the rest is extracted; exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `{"id":"x1","text":"Talks resumed.","published":"2025-12-28"}\n{oops\n{"id":"x2","text":"Envoys met."}\n`);
    const r = await run(['extract', '--jsonl', file]);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => [x.doc.id, x.doc.published_from])).toEqual([['x1', 'input'], ['x2', null]]);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/in\.jsonl:2: not valid JSON/)]);
  });

  it('usage errors exit 2; a missing path exits 1 naming it', async () => {
    expect((await run(['extract'])).code).toBe(2);
    expect((await run(['extract', 'x.txt', '--published', '28/12/2025'])).code).toBe(2);
    expect((await run(['extract', 'x.txt', '--max-bytes', 'lots'])).code).toBe(2);
    expect((await run(['extract', '--no-such-flag'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const missing = await run(['extract', '/no/such/report.txt']);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('parley: /no/such/report.txt: no such file or directory\n');
  });

  it('--pretty indents; --explain prints a per-sentence account instead of JSON', async () => {
    const pretty = await run(['extract', '-', '--pretty'], [REPORT]);
    expect(pretty.out.startsWith('{\n  "doc": {')).toBe(true);
    const explain = await run(['extract', '-', '--explain'], [REPORT]);
    expect(explain.code).toBe(0);
    expect(explain.out).toMatch(/^# stdin/);
    expect(explain.out).toContain('published 2025-10-06 (from text)  dateline Cairo');
    expect(explain.out).toContain('clean  clean.date-header: date header 2025-10-06');
    expect(explain.out).toMatch(/\n\[\d+\] \d+-\d+ {2}/);
    expect(() => JSON.parse(explain.out)).toThrow();
  });
});

describe('bin/parley.js (built)', () => {
  it('exits 1 on the bad-input directory and 2 on a usage error, without stack traces', () => {
    const bin = resolve('bin/parley.js');
    expect(existsSync(resolve('dist/src/cli/main.js')), 'run `npm run build` first').toBe(true);
    const bad = spawnSync(process.execPath, [bin, 'extract', badDir()], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n')).toHaveLength(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(4);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = spawnSync(process.execPath, [bin, 'extract'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  }, 120_000); // two cold starts of node + the NLP model; slow on a busy CI machine
});
