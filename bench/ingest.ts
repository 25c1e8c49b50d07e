// `npm run bench:ingest`: store + merge throughput on generated, pre-extracted reports (extraction excluded), with
// peak RSS as the batch grows. Run with --expose-gc so RSS reflects live memory. Optional argv: N (default 100000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { ingestReports } from '../src/ingest/ingest.js';
import { extractGenerated, generatedReports } from './ingest-gen.js';

const N = Number(process.argv[2] ?? 100_000);
const CHECKPOINTS = new Set([10_000, 50_000, 100_000, N]);
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const store = (await openStore(join(dir, 'bench.db')));
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
let peak = 0;
const printed = new Set<number>();
const started = process.hrtime.bigint();
const secs = () => Number(process.hrtime.bigint() - started) / 1e9;

const sum = await ingestReports(store, generatedReports(N), { extract: extractGenerated, batchSize: 200 }, (p) => {
  if (p.seen % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  if (CHECKPOINTS.has(p.seen) && !printed.has(p.seen)) {
    printed.add(p.seen);
    globalThis.gc?.();
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    console.log(`${String(p.seen).padStart(7)} reports  ${(p.seen / secs()).toFixed(0).padStart(6)} reports/s  RSS ${mb(rss)} MB`);
  }
});
const c = (await store.counts());
console.log(`ingest: ${sum.added} reports in ${secs().toFixed(1)} s = ${(sum.added / secs()).toFixed(0)} reports/s incl. merging; ` +
  `${sum.events} events -> ${c.events} canonical (${sum.merged} merged); peak RSS ${mb(peak)} MB`);
await store.close();
rmSync(dir, { recursive: true, force: true });
