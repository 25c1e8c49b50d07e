// `node --expose-gc dist/bench/stage-cpu.js [PATH] [--mb N]`: the CPU time (not wall time) of each pipeline stage and of
// bare wink readDoc on the same texts, alternated in blocks. On a machine shared with other work, wall time counts the
// time this process waits for a core; CPU time does not, so two builds compare far more steadily this way (run it
// under `node --cpu-prof` to profile the same loop).
import { extractReport, loadLexicon, type Report } from '../src/index.js';
import { cleanReport } from '../src/clean/index.js';
import { winkReadDoc } from '../src/nlp/wink.js';
import { STAGES, type StageRunner } from '../src/pipeline.js';
import { loadCorpus } from './corpus.js';

/** Seconds of CPU (user and system) that `f` takes. */
function cpuSeconds(f: () => unknown): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

async function main(argv: string[]): Promise<number> {
  const mbAt = argv.indexOf('--mb');
  const targetMb = mbAt >= 0 ? Number(argv.splice(mbAt, 2)[1]) : 2;
  const corpus = await loadCorpus(argv[0] ?? 'examples', targetMb * 1024 * 1024);
  const lexicon = loadLexicon();
  const items = corpus.reports.map((report: Report) => ({ report, cleaned: cleanReport(report).text }));
  for (const x of items.slice(0, 50)) { winkReadDoc(x.cleaned); extractReport(x.report, { lexicon }); }

  const stageCpu = new Map<string, number>();
  const stage: StageRunner = (name, run) => {
    let out!: ReturnType<typeof run>;
    stageCpu.set(name, (stageCpu.get(name) ?? 0) + cpuSeconds(() => { out = run(); }));
    return out;
  };
  let wink = 0, full = 0;
  (globalThis as { gc?: () => void }).gc?.();
  for (let from = 0; from < items.length; from += 64) {
    const block = items.slice(from, from + 64);
    wink += cpuSeconds(() => { for (const x of block) winkReadDoc(x.cleaned); });
    full += cpuSeconds(() => { for (const x of block) extractReport(x.report, { lexicon, stage }); });
  }
  console.log(`${items.length} reports: wink ${wink.toFixed(2)} s CPU, pipeline ${full.toFixed(2)} s CPU, ratio ${(wink / full).toFixed(2)}`);
  for (const name of STAGES) {
    const s = stageCpu.get(name) ?? 0;
    console.log(`  ${name.padEnd(10)} ${s.toFixed(2).padStart(7)} s  ${(s / wink).toFixed(2).padStart(5)} x wink`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
  process.stderr.write(`stage-cpu: ${e.message}\n`);
  process.exitCode = 1;
});
