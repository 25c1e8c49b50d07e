// Builds a large store for the dashboard's load-time measurement: the corpus reports, each extracted once, then
// replicated with edits — copy k moves every date (published and day-precise event dates) back k days, gets its own
// id and a text that differs by a trailing line — and ingested through the normal merge path (extraction skipped).
// Usage: node dist/bench/dash-store.js CORPUS.jsonl OUT.db [REPORTS=100000]
import { readFileSync } from 'node:fs';
import { extractRead, ingestReports, loadLexicon, openStore, type ExtractionRecord, type Report } from '../src/index.js';

const [corpus, out, n = '100000'] = process.argv.slice(2);
const total = Number(n);
const base: Report[] = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const lexicon = loadLexicon();
const records = new Map(base.map((r) => [r.id, extractRead(r, [], { lexicon })]));

const DAY = 86_400_000;
const shift = (d: string | null | undefined, k: number) =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(Date.parse(d) - k * DAY).toISOString().slice(0, 10) : d ?? null;

function copyOf(r: Report, k: number): Report {
  return { ...r, id: `${r.id}-c${k}`, published: shift(r.published, k), text: `${r.text}\n(copy ${k})` };
}

function editedRecord(report: Report): ExtractionRecord {
  const [orig, k] = report.id.split('-c');
  const rec = structuredClone(records.get(orig)!);
  rec.doc = { ...rec.doc, id: report.id, published: report.published ?? null };
  rec.text = report.text;
  for (const e of rec.events ?? []) if (e.date) e.date = { ...e.date, value: shift(e.date.value, Number(k)) as string };
  return rec;
}

function* reports(): Generator<Report> {
  for (let i = 0; i < total; i++) {
    const r = base[i % base.length];
    const k = Math.floor(i / base.length);
    yield k === 0 ? r : copyOf(r, k);
  }
}

const store = (await openStore(out));
const started = Date.now();
const sum = await ingestReports(store, reports(), {
  extract: (r) => (r.id.includes('-c') ? editedRecord(r) : records.get(r.id)!), batchSize: 500,
}, (p) => { if (p.seen % 10_000 === 0) console.log(`${p.seen} reports, ${((Date.now() - started) / 1000).toFixed(0)} s`); });
console.log(`stored ${sum.added} reports in ${((Date.now() - started) / 1000).toFixed(0)} s:`, (await store.counts()));
await store.close();
