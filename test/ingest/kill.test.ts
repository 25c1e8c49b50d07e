import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { extractGenerated, generatedReports } from '../../bench/ingest-gen.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';

const N = 2000;
const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
const jsonl = join(dir, 'reports.jsonl');
writeFileSync(jsonl, [...generatedReports(N)].map((r) => JSON.stringify(r)).join('\n') + '\n');
const child = join(import.meta.dirname, 'ingest-child.ts');
// node itself with tsx as a loader: SIGKILL must hit the process that writes, not a wrapper around it.
const run = (db: string) => [process.execPath, ['--import', 'tsx', child, jsonl, db]] as const;

function committed(db: string): number {
  try {
    const d = new Database(db, { fileMustExist: true });
    try { return (d.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n; } finally { d.close(); }
  } catch { return 0; }
}
const counts = async (db: string) => { const s = (await openStore(db)); try { return (await s.counts()); } finally { (await s.close()); } };

describe('ingest killed part-way', () => {
  it('leaves a consistent store, and a rerun ends with the counts of a clean run', async () => {
    // The clean run in-process (same code, no child start-up cost).
    const clean = join(dir, 'clean.db');
    const store = (await openStore(clean));
    expect((await ingestReports(store, generatedReports(N), { extract: extractGenerated, batchSize: 200 })).added).toBe(N);
    await store.close();

    const killed = join(dir, 'killed.db');
    const proc = spawn(...run(killed), { env: { ...process.env, DELAY_MS: '2' }, stdio: 'ignore', detached: false });
    let seen = 0;
    for (let t = 0; t < 400 && seen < 200; t++) { await new Promise((r) => setTimeout(r, 50)); seen = committed(killed); }
    proc.kill('SIGKILL');
    await new Promise((r) => proc.once('exit', r));
    const part = committed(killed);
    expect(part).toBeGreaterThanOrEqual(200);
    expect(part).toBeLessThan(N);
    expect(part % 200).toBe(0);  // whole batches only: no half-written transaction survived

    const rerun = spawnSync(...run(killed), { encoding: 'utf8' });
    expect(JSON.parse(rerun.stdout)).toEqual({ added: N - part, known: part, failed: [] });
    expect(await counts(killed)).toEqual(await counts(clean));
  }, 60_000);
});
