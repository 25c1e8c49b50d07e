// `npm run bench [-- PATH] [--mb N]`: throughput and peak memory of the full pipeline against bare wink-nlp readDoc
// (default pipe) on the same texts in the same run, their ratio (goal >= 0.5), and where the pipeline's time goes.
// wink reads each report's cleaned text, the text the pipeline itself hands to wink, so HTML markup and page clutter
// do not count against wink; MB/s for both is input bytes (the raw report) per second.
import { extractReport, loadLexicon, type Report } from '../src/index.js';
import { cleanReport } from '../src/clean/index.js';
import { winkReadDoc } from '../src/nlp/wink.js';
import { STAGES, type StageRunner } from '../src/pipeline.js';
import { loadCorpus } from './corpus.js';
import { formatPass, measureInterleaved, StageClock } from './measure.js';

const GOAL_RATIO = 0.5;  // issue 8: the full pipeline at >= 0.5 x bare wink-nlp throughput

async function main(argv: string[]): Promise<number> {
  const mbAt = argv.indexOf('--mb');
  const targetMb = mbAt >= 0 ? Number(argv.splice(mbAt, 2)[1]) : 5;
  const path = argv[0] ?? 'examples';
  if (!Number.isFinite(targetMb) || targetMb <= 0) { process.stderr.write('bench: --mb needs a positive number\n'); return 2; }
  const corpus = await loadCorpus(path, targetMb * 1024 * 1024);
  const lexicon = loadLexicon();
  const cleaned = new Map<string, string>();
  for (const r of corpus.reports) if (!cleaned.has(r.text)) cleaned.set(r.text, cleanReport(r).text);
  const items = corpus.reports.map((report) => ({ report, cleaned: cleaned.get(report.text)!, bytes: Buffer.byteLength(report.text) }));
  console.log(`corpus: ${corpus.reports.length} reports (${corpus.distinct} distinct from ${path}), ` +
    `${(corpus.bytes / 1024 / 1024).toFixed(2)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for steadier RSS)'}`);

  // Warm-up: model load and JIT, outside the timed passes.
  for (const x of items.slice(0, Math.min(50, items.length))) { winkReadDoc(x.cleaned); extractReport(x.report, { lexicon }); }

  // Stages are timed inside the timed pipeline pass itself (two clock reads per stage, far below the noise).
  const clock = new StageClock();
  const stage: StageRunner = (name, run) => clock.time(name, run);
  const [wink, full] = measureInterleaved<{ report: Report; cleaned: string; bytes: number }>([
    { name: 'wink readDoc (bare)', work: (x) => winkReadDoc(x.cleaned) },
    { name: 'parley pipeline', work: (x) => extractReport(x.report, { lexicon, stage }) },
  ], items, (x) => x.bytes);
  console.log(formatPass(wink));
  console.log(formatPass(full));
  const ratio = wink.seconds / full.seconds;
  console.log(`ratio pipeline/wink speed: ${ratio.toFixed(2)} (goal >= ${GOAL_RATIO}) ${ratio >= GOAL_RATIO ? 'OK' : 'BELOW GOAL'}`);

  const total = [...clock.totals.values()].reduce((a, b) => a + b, 0);
  console.log('\nper-stage time (same pass; x wink = stage time / bare wink time):');
  for (const name of [...STAGES].sort((a, b) => (clock.totals.get(b) ?? 0) - (clock.totals.get(a) ?? 0))) {
    const s = clock.totals.get(name) ?? 0;
    console.log(`  ${name.padEnd(10)} ${s.toFixed(2).padStart(7)} s  ${((100 * s) / total).toFixed(1).padStart(5)}%  ${(s / wink.seconds).toFixed(2).padStart(5)} x wink`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exitCode = 1;
});
