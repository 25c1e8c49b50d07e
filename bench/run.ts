// `npm run bench [-- PATH] [--mb N]`: throughput and peak memory of the full pipeline against bare wink-nlp readDoc on
// the same texts in the same run, their ratio (goal >= 0.6), and where the pipeline's time goes, stage by stage.
import { extractReport, loadLexicon } from '../src/index.js';
import { winkReadDoc } from '../src/nlp/wink.js';
import { loadCorpus } from './corpus.js';
import { formatPass, measureInterleaved, StageClock } from './measure.js';
import { runStages } from './stages.js';

const GOAL_RATIO = 0.6;

async function main(argv: string[]): Promise<number> {
  const mbAt = argv.indexOf('--mb');
  const targetMb = mbAt >= 0 ? Number(argv.splice(mbAt, 2)[1]) : 5;
  const path = argv[0] ?? 'examples';
  if (!Number.isFinite(targetMb) || targetMb <= 0) { process.stderr.write('bench: --mb needs a positive number\n'); return 2; }
  const corpus = await loadCorpus(path, targetMb * 1024 * 1024);
  const lexicon = loadLexicon();
  const bytesOf = (r: { text: string }) => Buffer.byteLength(r.text);
  console.log(`corpus: ${corpus.reports.length} reports (${corpus.distinct} distinct from ${path}), ` +
    `${(corpus.bytes / 1024 / 1024).toFixed(2)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for steadier RSS)'}`);

  // Warm-up: model load and JIT, outside the timed passes.
  for (const r of corpus.reports.slice(0, Math.min(50, corpus.reports.length))) { winkReadDoc(r.text); extractReport(r, { lexicon }); }

  const [wink, full] = measureInterleaved([
    { name: 'wink readDoc (bare)', work: (r) => winkReadDoc(r.text) },
    { name: 'parley pipeline', work: (r) => extractReport(r, { lexicon }) },
  ], corpus.reports, bytesOf);
  console.log(formatPass(wink));
  console.log(formatPass(full));
  const ratio = wink.seconds / full.seconds;
  console.log(`ratio pipeline/wink speed: ${ratio.toFixed(2)} (goal >= ${GOAL_RATIO}) ${ratio >= GOAL_RATIO ? 'OK' : 'BELOW GOAL'}`);

  const clock = new StageClock();
  for (const r of corpus.reports) runStages(r, lexicon, clock);
  const total = [...clock.totals.values()].reduce((a, b) => a + b, 0);
  console.log('\nper-stage time (separate pass, stages called directly):');
  for (const [stage, s] of [...clock.totals].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${stage.padEnd(20)} ${s.toFixed(2).padStart(7)} s  ${((100 * s) / total).toFixed(1).padStart(5)}%`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exitCode = 1;
});
