// The closing lines of `ingest` and `worker`: failures, warnings, and the run's counts with its rate (one JSON
// object with --json, which also gives the CPU time and peak memory of the whole process, threads included).
import type { IngestSummary } from '../ingest/ingest.js';
import type { StoreCounts } from '../store/types.js';
import type { CliContext } from './command.js';
import { EXIT_INPUT } from './io.js';

export interface SummaryOptions { quiet?: boolean; json?: boolean }

export async function printIngestSummary(ctx: CliContext, name: string, sum: IngestSummary, store: StoreCounts, started: number,
  warnings: string[], opts: SummaryOptions): Promise<void> {
  const { io } = ctx;
  if (!opts.quiet) for (const w of warnings) io.stderr(w);
  for (const f of sum.failures) io.stderr(`parley: ${f.id}: ${f.reason}\n`);
  const secs = (Date.now() - started) / 1000;
  const rate = sum.seen / Math.max(secs, 0.001);
  if (opts.json) {
    const { failures, ...counts } = sum;
    const use = process.resourceUsage();
    await io.stdout(JSON.stringify({
      ...counts, seconds: Number(secs.toFixed(2)), reports_per_second: Number(rate.toFixed(1)),
      cpu_seconds: Number(((use.userCPUTime + use.systemCPUTime) / 1e6).toFixed(2)), peak_rss_mb: Math.round(use.maxRSS / 1024),
      store, failures,
    }) + '\n');
  } else if (!opts.quiet) {
    io.stderr(`${name}: ${sum.seen} reports: ${sum.added} new, ${sum.known} already known, ${sum.failed} failed; ` +
      `${sum.events} events (${sum.merged} merged into known events); store: ${store.reports} reports, ${store.events} events, ` +
      `${store.entities} entities, ${store.quotes} quotes, ${store.claims} claims; ${rate.toFixed(0)} reports/s\n`);
  }
  if (sum.failed) ctx.fail(EXIT_INPUT);
}
