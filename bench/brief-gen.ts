// Stores of N reports for the brief benchmark: the real corpus reports, extracted once, replicated with edits so
// they merge as real coverage does. Copy k of a report comes from another outlet, its text gains a line (a new
// report to the store) and, every EPOCH copies, all its dates move a week later (the talks go on: new events).
import type { ExtractionRecord } from '../src/record.js';

/** Copies per date shift: 50 outlets retell each week's events. */
const EPOCH = 50;

const shiftDay = (d: string | null | undefined, days: number): string | null => {
  if (!d || d.length !== 10 || !days) return d ?? null;
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isNaN(t) ? d : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
};

/** Copy `k` of a corpus record. */
export function replicate(base: ExtractionRecord, k: number): ExtractionRecord {
  if (k === 0) return base;
  const days = 7 * Math.floor(k / EPOCH);
  const text = `${base.text}\n(Copy ${k} of this report.)`;
  return {
    ...base,
    text,
    doc: { ...base.doc, id: `${base.doc.id}-copy${k}`, source: `https://www.outlet${k % EPOCH}.example/${base.doc.id}/${k}`, published: shiftDay(base.doc.published, days) },
    events: base.events.map((e) => (e.date ? { ...e, date: { ...e.date, value: shiftDay(e.date.value, days) } } : e)),
  };
}
