// `npm run bench:ingest [-- --reports N] [--rounds R] [--block B] [--corpus FILE] [--postgres URL]`: ingest with real extraction
// on the corpus reports (read at run time, never copied into the project), replicated with edits so every copy is a
// new report. Two parts, each side by side in one run:
//  1. Throughput of `--jobs 1` and `--jobs 2` on SQLite (and PostgreSQL with --postgres), in this process: the same
//     blocks of reports go through each configuration in turn, so a change in machine load falls on all alike.
//     Each block is one ingest run, which ends by writing its last batch with no extraction left to overlap: small
//     blocks (the default 20) understate --jobs 2 against the CLI, larger ones (--block 200) suffer more from noise.
//  2. The compiled CLI as users run it: start-up, wall rate and peak RSS of `ingest --jobs 1/2`, and of 1 and 2
//     `parley worker`s taking the reports from the queue into PostgreSQL, alternating round by round.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openExtractor, type Extractor } from '../src/cli/extractor.js';
import { ingestReports } from '../src/ingest/ingest.js';
import type { Report } from '../src/record.js';
import { openStore, type Store } from '../src/store/index.js';
import { replicatedCorpus } from './corpus.js';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/parley.js');
const arg = (name: string, fallback?: string) => { const at = process.argv.indexOf(`--${name}`); return at >= 0 ? process.argv[at + 1] : fallback; };
const N = Number(arg('reports', '300'));
const ROUNDS = Number(arg('rounds', '2'));
const CORPUS = arg('corpus', '../shared/corpus/corpus.jsonl')!;
const PG = arg('postgres', process.env.PARLEY_BENCH_POSTGRES);
const BLOCK = Number(arg('block', '20'));

const replicated = (n: number, tag: string): Report[] => replicatedCorpus(CORPUS, n, tag);

/** A new, empty PostgreSQL store: its own schema (dropped at the end). */
const schemas: string[] = [];
async function pgStore(): Promise<string> {
  const schema = `parley_bench_${randomBytes(5).toString('hex')}`;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  try { await c.query(`CREATE SCHEMA ${schema}`); } finally { await c.end(); }
  schemas.push(schema);
  const u = new URL(PG!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
async function dropSchemas(): Promise<void> {
  if (!PG || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  try { for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`); } finally { await c.end(); }
}

const since = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function inProcess(dir: string): Promise<void> {
  const engines: [string, () => Promise<string>][] = [['sqlite', async () => join(dir, `p-${randomBytes(4).toString('hex')}.db`)]];
  if (PG) engines.push(['postgres', pgStore]);
  const configs: { name: string; store: Store; ex: Extractor; seconds: number; reports: number }[] = [];
  for (const [engine, fresh] of engines) {
    for (const jobs of [1, 2]) {
      configs.push({ name: `${engine.padEnd(8)} --jobs ${jobs}`, store: await openStore(await fresh()), ex: await openExtractor(jobs, () => null, () => {}), seconds: 0, reports: 0 });
    }
  }
  // Warm-up (model loaded in every thread, gazetteer read, JIT): one block each, not counted.
  const warm = replicated(BLOCK, 'w');
  for (const c of configs) await ingestReports(c.store, warm, { extract: c.ex.extract, extractAhead: c.ex.ahead });
  const reports = replicated(N, 'r');
  for (let from = 0; from < reports.length; from += BLOCK) {
    const block = reports.slice(from, from + BLOCK);
    for (const c of configs) {
      const t0 = process.hrtime.bigint();
      const sum = await ingestReports(c.store, block, { extract: c.ex.extract, extractAhead: c.ex.ahead });
      c.seconds += since(t0);
      c.reports += sum.added;
    }
  }
  console.log(`1. ingest throughput, in one process, ${N} reports in blocks of ${BLOCK} taken by each configuration in turn:`);
  const base = new Map<string, number>();
  for (const c of configs) {
    const rate = c.reports / c.seconds;
    const engine = c.name.split(' ')[0];
    if (!base.has(engine)) base.set(engine, rate);
    console.log(`   ${c.name}  ${rate.toFixed(1).padStart(6)} reports/s  ×${(rate / base.get(engine)!).toFixed(2)}  (${c.seconds.toFixed(1)} s)`);
    await c.ex.close();
    await c.store.close();
  }
}

interface Summary { added: number; cpu_seconds: number; peak_rss_mb: number }
function cli(args: string[], env: Record<string, string> = {}): Promise<Summary> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('close', (code) => { try { ok(JSON.parse(out.trim().split('\n').pop()!) as Summary); } catch { fail(new Error(`parley ${args[0]} exited ${code}: ${err.slice(-400)}`)); } });
  });
}

interface Run { seconds: number; reports: number; rss: number[] }
async function processes(dir: string): Promise<void> {
  const file = (n: number, tag: string) => { const p = join(dir, `${tag}-${n}.jsonl`); writeFileSync(p, replicated(n, tag).map((r) => JSON.stringify(r)).join('\n') + '\n'); return p; };
  const jsonl = file(N, 'c');
  const configs: { name: string; run: () => Promise<Run> }[] = [];
  const sqlite = () => join(dir, `c-${randomBytes(4).toString('hex')}.db`);
  const engines: [string, () => Promise<string>][] = [['sqlite', async () => sqlite()]];
  if (PG) engines.push(['postgres', pgStore]);
  for (const [engine, fresh] of engines) {
    for (const jobs of [1, 2]) {
      configs.push({ name: `${engine.padEnd(8)} ingest --jobs ${jobs}`, run: async () => {
        const db = await fresh();
        const t0 = process.hrtime.bigint();
        const s = await cli(['ingest', '--jsonl', jsonl, '--db', db, '--jobs', String(jobs), '--json', '-q']);
        return { seconds: since(t0), reports: s.added, rss: [s.peak_rss_mb] };
      } });
    }
  }
  if (PG) {
    for (const workers of [1, 2]) {
      configs.push({ name: `postgres ${workers} worker${workers > 1 ? 's' : ' '}      `, run: async () => {
        const db = await pgStore();
        const env = { PARLEY_QUEUE_NAME: `parley-bench-${randomBytes(4).toString('hex')}` };
        await cli(['ingest', '--queue', PG, '--jsonl', jsonl, '--json', '-q'], env);  // queued first, not timed
        const t0 = process.hrtime.bigint();
        const sums = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--queue', PG, '--db', db, '--until-empty', '--json', '-q'], env)));
        return { seconds: since(t0), reports: sums.reduce((n, s) => n + s.added, 0), rss: sums.map((s) => s.peak_rss_mb) };
      } });
    }
  } else {
    console.log('   (queue workers skipped: no PostgreSQL server; give --postgres postgres://… or PARLEY_BENCH_POSTGRES)');
  }
  const runs = configs.map(() => [] as Run[]);
  for (let round = 0; round < ROUNDS; round++) for (const [i, c] of configs.entries()) runs[i].push(await c.run());
  console.log(`2. the CLI, ${N} reports per run, ${ROUNDS} rounds alternating (wall time includes start-up, about 3-4 s CPU per process):`);
  for (const [i, c] of configs.entries()) {
    const rate = median(runs[i].map((r) => r.reports / r.seconds));
    const rss = runs[i][0].rss.length > 1 ? `${Math.max(...runs[i].flatMap((r) => r.rss))} MB each, ${Math.max(...runs[i].map((r) => r.rss.reduce((a, b) => a + b, 0)))} MB together`
      : `${Math.max(...runs[i].flatMap((r) => r.rss))} MB`;
    console.log(`   ${c.name}  ${rate.toFixed(1).padStart(6)} reports/s  peak RSS ${rss}  [${runs[i].map((r) => r.seconds.toFixed(1)).join(', ')} s]`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-ingest-'));
try {
  console.log(`bench:ingest: corpus ${CORPUS} replicated with edits, real extraction; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at start`);
  await inProcess(dir);
  await processes(dir);
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
} finally {
  await dropSchemas();
  rmSync(dir, { recursive: true, force: true });
}
