// The bench corpus: the reports under a path (default examples/), repeated until it reaches the target size, so the
// numbers reflect steady-state throughput rather than start-up.
import { readFileSync } from 'node:fs';
import { readInputs, type Report } from '../src/index.js';

export interface Corpus { reports: Report[]; bytes: number; distinct: number }

export async function loadCorpus(path: string, targetBytes: number): Promise<Corpus> {
  const distinct: Report[] = [];
  const stdin = async function* () {};
  for await (const item of readInputs([path], [], { maxBytes: Number.MAX_SAFE_INTEGER }, { stdin })) {
    if (item.kind === 'report') distinct.push(item.report);
    else process.stderr.write(`bench: skipping ${item.where}: ${item.reason}\n`);
  }
  if (!distinct.length) throw new Error(`no reports found under ${path}`);
  const reports: Report[] = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const r of distinct) {
      reports.push({ ...r, id: `${r.id}#${round}` });
      bytes += Buffer.byteLength(r.text);
    }
  }
  return { reports, bytes, distinct: distinct.length };
}

/** The corpus JSONL at `path`, replicated to `n` reports as bench/brief-gen.ts does: copy k comes from another
 * outlet and has a line more, so each copy is a new report by content hash. */
export function replicatedCorpus(path: string, n: number, tag: string): Report[] {
  const base = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Report);
  return Array.from({ length: n }, (_, i) => {
    const r = base[i % base.length];
    const copy = Math.floor(i / base.length) + 1;
    return { ...r, id: `${r.id}-${tag}${copy}`, source: `https://www.outlet${copy % 50}.example/${r.id}/${tag}${copy}`, text: `${r.text}\n(Copy ${tag}${copy} of this report.)` };
  });
}

