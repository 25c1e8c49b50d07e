// `npm run bench:ingest [-- --reports N] [--rounds R] [--corpus DIR] [--postgres URL]`: ingest with real extraction,
// the compiled CLI as users run it: reports/s, CPU seconds and peak RSS of `ingest --jobs 1` and `--jobs 2` into
// SQLite (and PostgreSQL when a store engine for it is given), and of 1 and 2 `parley worker`s taking the same
// reports from the queue. The reports are the corpus (read at run time, never copied into the project), replicated
// with a small edit per copy so every copy is a new report. Configurations alternate round by round, so a change in
// machine load falls on all of them alike; each figure is the median over rounds.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/parley.js');

function arg(name: string, fallback: string | undefined): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const N = Number(arg('reports', '200'));
const ROUNDS = Number(arg('rounds', '2'));
const CORPUS = arg('corpus', '../shared/corpus/corpus.jsonl')!;
const PG = arg('postgres', process.env.PARLEY_BENCH_POSTGRES);

interface Run { seconds: number; reports: number; cpu: number; rss: number[] }
/** run(round, input): one measured run; a round of -1 is the start-up pass on one report. */
interface Config { name: string; run: (round: number, jsonl: string) => Promise<Run> }
interface Summary { seen: number; added: number; cpu_seconds: number; peak_rss_mb: number }

/** The corpus, replicated with one edit per copy (an added closing line), to N reports in a JSON Lines file. */
function replicated(dir: string, N: number): string {
  const base = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
  const lines: string[] = [];
  for (let i = 0; lines.length < N; i++) {
    const r = base[i % base.length];
    const copy = Math.floor(i / base.length);
    // As bench/brief-gen.ts does: another outlet, and a line more (a new report to the store).
    lines.push(JSON.stringify(copy ? { ...r, id: `${r.id}-copy${copy}`, source: `https://www.outlet${copy % 50}.example/${r.id}/${copy}`,
      text: `${r.text}\n(Copy ${copy} of this report.)` } : r));
  }
  const path = join(dir, `reports-${N}.jsonl`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function cli(args: string[]): Promise<Summary> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('close', (code) => {
      try { ok(JSON.parse(out.trim().split('\n').pop()!) as Summary); } catch { fail(new Error(`parley ${args[0]} exited ${code}: ${err.slice(-400)}`)); }
    });
  });
}
const since = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

function ingestConfig(name: string, jobs: number, store: (round: number) => string): Config {
  return {
    name, run: async (round, jsonl) => {
      const t0 = process.hrtime.bigint();
      const s = await cli(['ingest', '--jsonl', jsonl, '--db', store(round), '--jobs', String(jobs), '--json', '-q']);
      return { seconds: since(t0), reports: s.added, cpu: s.cpu_seconds, rss: [s.peak_rss_mb] };
    },
  };
}

function queueConfig(name: string, workers: number, queue: string, store: (round: number) => string): Config {
  return {
    name, run: async (round, jsonl) => {
      const db = store(round);
      const url = `${queue}`;
      // Queued first (not timed): the workers' time is what scales out.
      await cli(['ingest', '--queue', url, '--jsonl', jsonl, '--json', '-q']);
      const t0 = process.hrtime.bigint();
      const sums = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--queue', url, '--db', db, '--until-empty', '--json', '-q'])));
      return { seconds: since(t0), reports: sums.reduce((n, s) => n + s.added, 0), cpu: sums.reduce((n, s) => n + s.cpu_seconds, 0), rss: sums.map((s) => s.peak_rss_mb) };
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-ingest-'));
  try {
    const jsonl = replicated(dir, N);
    const one = replicated(dir, 1);
    const sqlite = (name: string) => (round: number) => join(dir, `${name}-${round}.db`);
    const configs: Config[] = [
      ingestConfig('sqlite  ingest --jobs 1', 1, sqlite('j1')),
      ingestConfig('sqlite  ingest --jobs 2', 2, sqlite('j2')),
    ];
    if (PG) {
      configs.push(
        queueConfig('queue   1 worker  -> sqlite', 1, PG, sqlite('w1')),
        queueConfig('queue   2 workers -> sqlite', 2, PG, sqlite('w2')),
      );
    } else {
      console.log('bench: queue skipped: no PostgreSQL server (give --postgres postgres://… or PARLEY_BENCH_POSTGRES)');
    }
    console.log(`bench:ingest: ${N} reports (${CORPUS}, replicated with edits), ${ROUNDS} rounds, real extraction, compiled CLI`);
    const runs = new Map<string, Run[]>(configs.map((c) => [c.name, []]));
    // Start-up (loading the model in each thread, the gazetteer, the queue) measured on one report, so the CPU a
    // report costs once running can be told apart from it.
    const startup = new Map<string, Run>();
    for (const c of configs) startup.set(c.name, await c.run(-1, one));
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of configs) runs.get(c.name)!.push(await c.run(round, jsonl));
    }
    const base = median(runs.get(configs[0].name)!.map((r) => r.reports / r.seconds));
    for (const c of configs) {
      const rs = runs.get(c.name)!;
      const rate = median(rs.map((r) => r.reports / r.seconds));
      const cpu = median(rs.map((r) => (r.cpu / r.reports) * 1000));
      const start = startup.get(c.name)!;
      const steady = median(rs.map((r) => ((r.cpu - start.cpu) / (r.reports - 1)) * 1000));
      const rss = Math.max(...rs.flatMap((r) => r.rss));
      const each = rs[0].rss.length > 1 ? ` (each process ≤ ${rss} MB, together ≤ ${Math.max(...rs.map((r) => r.rss.reduce((a, b) => a + b, 0)))} MB)` : '';
      console.log(`${c.name.padEnd(30)} ${rate.toFixed(1).padStart(7)} reports/s  ×${(rate / base).toFixed(2)}  ` +
        `${cpu.toFixed(0).padStart(4)} ms CPU/report (${steady.toFixed(0)} after start-up of ${start.cpu.toFixed(1)} s CPU)  peak RSS ${rss} MB${each}  [${rs.map((r) => r.seconds.toFixed(1)).join(', ')} s]`);
    }
    console.log(`load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
