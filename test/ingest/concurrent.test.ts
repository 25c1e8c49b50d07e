// Two `ingest` processes at once on one SQLite store, with overlapping inputs: the store ends with the counts one
// process gets from the union (reports, canonical events, entities, quotes, claims, disputes).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGenerated, generatedReports } from '../../bench/ingest-gen.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { disputes } from '../../src/query/disputes.js';
import { openStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-overlap-'));
const child = join(import.meta.dirname, 'ingest-child.ts');
const jsonl = (name: string, from: number, n: number) => {
  const path = join(dir, `${name}.jsonl`);
  writeFileSync(path, [...generatedReports(n, from)].map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
};
const ingestChild = (file: string, db: string) => new Promise<{ added: number; known: number; failed: unknown[] }>((resolve, reject) => {
  const p = spawn(process.execPath, ['--import', 'tsx', child, file, db], { env: { ...process.env, DELAY_MS: '1' } });
  let out = '';
  let err = '';
  p.stdout.on('data', (d) => { out += d; });
  p.stderr.on('data', (d) => { err += d; });
  p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}: ${err}`))));
});
const counts = async (db: string) => {
  const s = await openStore(db, { readOnly: true });
  try { return { ...(await s.counts()), disputes: (await disputes(s)).length }; } finally { await s.close(); }
};

describe('two ingests of overlapping inputs at once (SQLite)', () => {
  it('end with the counts of one ingest of both', async () => {
    const one = join(dir, 'one.db');
    const store = await openStore(one);
    await ingestReports(store, generatedReports(600), { extract: extractGenerated, batchSize: 200 });
    await store.close();
    const db = join(dir, 'two.db');
    await (await openStore(db)).close();
    const [a, b] = await Promise.all([ingestChild(jsonl('a', 0, 400), db), ingestChild(jsonl('b', 200, 400), db)]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    expect(a.added + b.added).toBe(600);
    expect(a.known + b.known).toBe(200);
    expect(await counts(db)).toEqual(await counts(one));
    expect((await counts(one)).disputes).toBeGreaterThan(0);
  }, 60_000);
});
