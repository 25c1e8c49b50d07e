// Timing and memory for one pass over the corpus. Peak RSS is sampled per report (process.resourceUsage().maxRSS is a
// lifetime peak and cannot tell two passes apart). A forced GC happens once, before measuring: forcing one between
// interleaved blocks made V8 drop compiled regular expressions and feedback, so every block restarted cold and the
// regex-heavy pipeline measured at half its steady speed (0.09 vs 0.18 of wink on the same build).
export interface Pass { name: string; seconds: number; reports: number; bytes: number; peakRssMb: number }

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Runs several kinds of work over the same items, alternating in blocks, so a change in machine load during the run
 * affects all of them alike and their ratio stays meaningful.
 */
export function measureInterleaved<T>(works: { name: string; work: (x: T) => unknown }[], items: T[], bytesOf: (x: T) => number,
  block = 64): Pass[] {
  const passes: Pass[] = works.map((w) => ({ name: w.name, seconds: 0, reports: 0, bytes: 0, peakRssMb: 0 }));
  gc?.();
  for (let from = 0; from < items.length; from += block) {
    const slice = items.slice(from, from + block);
    works.forEach((w, k) => {
      const p = measurePass(w.name, slice, bytesOf, w.work, false);
      const acc = passes[k];
      acc.seconds += p.seconds;
      acc.reports += p.reports;
      acc.bytes += p.bytes;
      acc.peakRssMb = Math.max(acc.peakRssMb, p.peakRssMb);
    });
  }
  return passes;
}

export function measurePass<T>(name: string, items: T[], bytesOf: (x: T) => number, work: (x: T) => unknown, collectFirst = true): Pass {
  if (collectFirst) gc?.();
  let peak = process.memoryUsage.rss();
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < items.length; i++) {
    work(items[i]);
    bytes += bytesOf(items[i]);
    if ((i & 15) === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  peak = Math.max(peak, process.memoryUsage.rss());
  return { name, seconds, reports: items.length, bytes, peakRssMb: peak / 1024 / 1024 };
}

/** Accumulates time per named stage across many calls. */
export class StageClock {
  readonly totals = new Map<string, number>();
  time<T>(stage: string, f: () => T): T {
    const t0 = process.hrtime.bigint();
    const out = f();
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e9);
    return out;
  }
}

export function formatPass(p: Pass): string {
  const mb = p.bytes / 1024 / 1024;
  return `${p.name.padEnd(22)} ${(p.reports / p.seconds).toFixed(1).padStart(9)} reports/s ${(mb / p.seconds).toFixed(2).padStart(7)} MB/s` +
    `  ${p.seconds.toFixed(2).padStart(7)} s  peak RSS ${p.peakRssMb.toFixed(0)} MB`;
}
