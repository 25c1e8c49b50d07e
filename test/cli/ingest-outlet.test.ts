// A report read from a local file is stored under the file's name as its outlet, never its absolute path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const run = runCli;

describe('outlets of local files', () => {
  it('names the outlet by file name, and by host when the file gives a URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-outlet-'));
    writeFileSync(join(dir, 'oslo-round.txt'), 'date 2026-02-03\nNorwegian mediators met the two delegations in Oslo on Tuesday.');
    writeFileSync(join(dir, 'with-url.txt'), 'url: https://www.wire.example/oslo\n---\nNorwegian mediators met the two delegations in Oslo on Tuesday.');
    const db = join(dir, 'p.db');
    expect((await run(['ingest', join(dir, 'oslo-round.txt'), join(dir, 'with-url.txt'), '--db', db])).code).toBe(0);
    const r = await run(['events', '--format', 'json', '--db', db]);
    const outlets = new Set((JSON.parse(r.out) as { sources: { outlet: string }[] }[]).flatMap((e) => e.sources.map((s) => s.outlet)));
    expect([...outlets].sort()).toEqual(['oslo-round.txt', 'wire.example']);
    expect(r.out).not.toContain(dir);
  });
});
