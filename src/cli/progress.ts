// Progress of a long run on standard error: a live bar with total, rate and ETA on a terminal; when stderr is a file
// or a pipe, one plain line every few seconds (a log should not fill with redraws); nothing with --quiet.
import cliProgress from 'cli-progress';

export interface ProgressCounts { seen: number; added: number; known: number; failed: number }
export interface Progress { update(p: ProgressCounts): void; stop(): void }

export interface ProgressOptions {
  total: number | null;
  quiet?: boolean;
  stream: { isTTY?: boolean; write(s: string): unknown };
  /** Milliseconds between plain lines. */
  every?: number;
  now?: () => number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One plain progress line: "ingest: 1200/5000 reports (24%), 48.0 reports/s, ETA 1m19s; 1150 new, 40 known, 10 failed". */
export function progressLine(p: ProgressCounts, total: number | null, seconds: number): string {
  const rate = p.seen / Math.max(seconds, 0.001);
  const of = total ? `/${total} reports (${Math.floor((100 * p.seen) / Math.max(total, 1))}%)` : ' reports';
  const eta = total ? `, ETA ${formatDuration((total - p.seen) / Math.max(rate, 1e-9))}` : '';
  return `ingest: ${p.seen}${of}, ${rate.toFixed(1)} reports/s${eta}; ${p.added} new, ${p.known} known, ${p.failed} failed\n`;
}

export function startProgress(o: ProgressOptions): Progress {
  if (o.quiet) return { update() {}, stop() {} };
  const now = o.now ?? Date.now;
  const started = now();
  if (o.stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      format: o.total ? 'ingest [{bar}] {value}/{total} | {speed} reports/s | ETA {eta_formatted} | {added} new, {known} known, {failed} failed'
        : 'ingest {value} reports | {speed} reports/s | {added} new, {known} known, {failed} failed',
      stream: o.stream as NodeJS.WriteStream, etaBuffer: 50, fps: 5,
    }, cliProgress.Presets.shades_classic);
    bar.start(o.total ?? 0, 0, { speed: '0', added: 0, known: 0, failed: 0 });
    return {
      update(p) { bar.update(p.seen, { speed: (p.seen / Math.max((now() - started) / 1000, 0.001)).toFixed(1), added: p.added, known: p.known, failed: p.failed }); },
      stop() { bar.stop(); },
    };
  }
  const every = o.every ?? 5000;
  let last = started;
  return {
    update(p) {
      const t = now();
      if (t - last < every) return;
      last = t;
      o.stream.write(progressLine(p, o.total, (t - started) / 1000));
    },
    stop() {},
  };
}
