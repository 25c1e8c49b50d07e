// `npm run bench:brief [-- 1000 10000 100000]`: brief, contacts and disputes on stores of N reports (real corpus
// reports replicated with edits, see brief-gen.ts), each timed in a fresh process that reports its peak RSS. Stores
// are built once into $TMPDIR/parley-bench-brief-N.db and reused (delete them to rebuild).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport, loadLexicon, type Report } from '../src/index.js';
import { openStore } from '../src/store/index.js';
import { writeRecord } from '../src/ingest/write.js';
import { loadNameVariants } from '../src/merge/names.js';
import type { ExtractionRecord } from '../src/record.js';
import { replicate } from './brief-gen.js';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 10_000, 100_000];
const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '../../../shared/corpus/corpus.jsonl');

function records(): ExtractionRecord[] {
  const lexicon = loadLexicon();
  return readFileSync(process.env.PARLEY_BENCH_CORPUS ?? corpus, 'utf8').trim().split('\n').map((l) => {
    const r = JSON.parse(l) as Report;
    return extractReport({ ...r, source: r.source ?? null }, { lexicon });
  });
}

async function build(path: string, n: number, base: ExtractionRecord[]): Promise<void> {
  const tmp = `${path}.part`;
  rmSync(tmp, { force: true });
  const store = (await openStore(tmp));
  const variants = loadNameVariants();
  const started = Date.now();
  for (let from = 0; from < n; from += 1000) {
    (await store.transaction(async () => {
      for (let i = from; i < Math.min(n, from + 1000); i++) {
        const rec = replicate(base[i % base.length], Math.floor(i / base.length));
        await writeRecord(store, rec, `bench-${i}`, variants);
      }
    }));
  }
  await store.close();
  renameSync(tmp, path);
  for (const ext of ['-wal', '-shm']) rmSync(`${tmp}${ext}`, { force: true });
  console.log(`built ${n} reports in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path}`);
}

let base: ExtractionRecord[] | null = null;
console.log('reports   work       seconds  cpu s   peak RSS MB');
for (const n of SIZES) {
  const path = join(tmpdir(), `parley-bench-brief-${n}.db`);
  if (!existsSync(path)) build(path, n, (base ??= records()));
  for (const work of ['brief', 'contacts', 'disputes']) {
    const out = execFileSync(process.execPath, [join(here, 'brief-one.js'), path, work], { encoding: 'utf8' });
    const r = JSON.parse(out) as { seconds: number; cpuSeconds: number; peakRssMb: number; items: number };
    console.log(`${String(n).padStart(7)}   ${work.padEnd(9)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.cpuSeconds.toFixed(2).padStart(6)}   ${String(r.peakRssMb).padStart(6)}   (${r.items} items)`);
  }
}
