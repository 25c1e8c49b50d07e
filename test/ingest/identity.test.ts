// Report identity across a store: two files with the same base name are two reports with two ids; two ingests of the
// same data at once both succeed, the later one saying "already known"; a slow source is committed as it comes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedReports, extractGenerated } from '../../bench/ingest-gen.js';
import { main } from '../../src/cli/main.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { Report } from '../../src/record.js';

const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += s; }, stdin: async function* () {} } };
};

describe('report ids', () => {
  it('dupA/01.txt and dupB/01.txt get different ids, each opening its own report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-ids-'));
    for (const [d, text] of [['dupA', 'Envoys met in Geneva on Monday.'], ['dupB', 'Envoys met in Oslo on Tuesday.']]) {
      mkdirSync(join(dir, d));
      writeFileSync(join(dir, d, '01.txt'), text);
    }
    const db = join(dir, 'p.db');
    const { out, io: cli } = io();
    expect(await main(['ingest', join(dir, 'dupA'), join(dir, 'dupB'), '--db', db], cli), out.stderr).toBe(0);
    const store = (await openStore(db, { readOnly: true }));
    try {
      expect((await store.counts()).reports).toBe(2);
      expect((await store.report('01'))?.text).toContain('Geneva');
      const rows = (await store.search('Oslo', 5));
      expect(rows[0].doc_id).toMatch(/^01~[0-9a-f]{12}$/);
      expect((await store.report(rows[0].doc_id))?.text).toContain('Oslo');
    } finally { (await store.close()); }
  });
});

describe('two ingests of the same data at once', () => {
  it('both succeed; every report is stored once and the other run counts it as known', async () => {
    const N = 300;
    const dir = mkdtempSync(join(tmpdir(), 'parley-race-'));
    const jsonl = join(dir, 'r.jsonl');
    writeFileSync(jsonl, [...generatedReports(N)].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const db = join(dir, 'p.db');
    await (await openStore(db)).close();
    const child = join(import.meta.dirname, 'ingest-child.ts');
    const run = () => new Promise<{ added: number; known: number; failed: unknown[] }>((resolve, reject) => {
      const p = spawn(process.execPath, ['--import', 'tsx', child, jsonl, db], { env: { ...process.env, DELAY_MS: '1' } });
      let out = '';
      let err = '';
      p.stdout.on('data', (d) => { out += d; });
      p.stderr.on('data', (d) => { err += d; });
      p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}: ${err}`))));
    });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    expect(a.added + b.added).toBe(N);
    expect(a.added + a.known).toBe(N);
    expect(b.added + b.known).toBe(N);
    const store = (await openStore(db, { readOnly: true }));
    try { expect((await store.counts()).reports).toBe(N); } finally { (await store.close()); }
  }, 60_000);
});

describe('incremental commits', () => {
  it('a batch is committed once it has waited batchMs, before the source ends', async () => {
    const store = (await openStore(':memory:'));
    let clock = 0;
    const seenStored: number[] = [];
    async function* slow(): AsyncGenerator<Report> {
      for (const r of generatedReports(5)) {
        seenStored.push((await store.counts()).reports);
        clock += 1000;
        yield r;
      }
    }
    const sum = await ingestReports(store, slow(), { extract: extractGenerated, batchSize: 200, batchMs: 1500, now: () => clock });
    expect(sum.added).toBe(5);
    // The first report waits from t=1 s; when the third comes (t=3 s) the batch is 2 s old and is committed.
    expect(seenStored).toEqual([0, 0, 0, 3, 3]);
    await store.close();
  });
});
