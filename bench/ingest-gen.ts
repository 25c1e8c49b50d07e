// Generated reports with their extraction records, from templates: lets the ingest benchmark and the kill test
// measure the store and merging alone. Report i is always the same, so a record can be rebuilt from its id.
import type { Entity, ExtractedEvent, ExtractionRecord, Report } from '../src/record.js';

const FIRST = ['Anna', 'Boris', 'Chen', 'Dara', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ivo', 'Jana'];
const LAST = ['Kovalenko', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Rossi', 'Sato', 'Tanaka',
  'Umarov', 'Vidal', 'Weber', 'Xu', 'Yilmaz', 'Zeller'];
const STATES = ['NOR', 'FRA', 'DEU', 'POL', 'JPN', 'BRA', 'KEN', 'IND', 'MEX', 'TUR'];
const PLACES = ['Geneva', 'Oslo', 'Vienna', 'Doha', 'Istanbul', 'Riyadh'];
const MODES = ['meet', 'phone', 'visit'];

const pick = <T>(xs: readonly T[], n: number): T => xs[((n % xs.length) + xs.length) % xs.length];
function person(n: number): [string, string] {
  return [`${pick(FIRST, n * 7)} ${pick(LAST, n)}`, pick(STATES, n)];
}
function day(n: number): string {
  return new Date(Date.UTC(2024, 0, 1) + (n % 700) * 86_400_000).toISOString().slice(0, 10);
}

/** Report i and its record. Several reports share each event (same people, same day), as real coverage does. */
export function generated(i: number): { report: Report; record: ExtractionRecord } {
  const ev = Math.floor(i / 4);                      // four reports per real event
  const [a, ca] = person(ev * 3 + 1);
  const [b, cb] = person(ev * 5 + 2);
  const date = day(ev);
  const place = pick(PLACES, ev);
  const mode = pick(MODES, ev);
  const parts: string[] = [];
  let text = `Report ${i}. `;
  const put = (s: string): [number, number] => { const at = text.length; text += s + ' '; parts.push(s); return [at, at + s.length]; };
  const evSpan = put(`${a} and ${b} held talks (${mode}) in ${place} on ${date}.`);
  const qSpan = put(`"We made progress on item ${i % 13}," ${a} said.`);
  const cSpan = put(`The plan now has ${20 + (i % 2)} points.`);
  const entities: Entity[] = [
    { id: 'e1', name: a, kind: 'person', country: ca, office: null, mentions: [], rule: 'gen' },
    { id: 'e2', name: b, kind: 'person', country: cb, office: null, mentions: [], rule: 'gen' },
  ];
  const event: ExtractedEvent = {
    id: 'v1', event: 'CONSULT', mode, actor: ['e1', 'e2'], recipient: [], date: { value: i % 4 === 3 ? null : date,
      granularity: i % 4 === 3 ? null : 'day', type: 'exact', text: date }, where: { text: place, entity: null },
    modality: 'asserted', reported_by: null, hedged: false, context: [], span: evSpan, sentence: evSpan, rule: 'gen.event',
  };
  const published = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
  const record: ExtractionRecord = {
    doc: { id: `gen-${i}`, source: `https://www.outlet${i % 37}.example/${i}`, published, published_from: 'input', dateline: null, title: null, language: 'en' },
    text, entities, events: [event],
    quotes: [{ id: 'q1', speaker: 'e1', speaker_text: a, cue: 'said', text: text.slice(qSpan[0] + 1, qSpan[0] + qSpan[1] - qSpan[0] - (a.length + 7)), span: [qSpan[0] + 1, qSpan[1] - a.length - 7], rule: 'gen.quote' }],
    claims: [{ kind: 'plan-points', value: 20 + (i % 2), about: 'plan', speaker: null, span: cSpan, rule: 'gen.claim' }],
    issues: [], warnings: [],
  };
  return { report: { id: record.doc.id, source: record.doc.source, text, published }, record };
}

/** The extractor for generated reports: rebuilds the record from the report id. */
export function extractGenerated(r: Report): ExtractionRecord {
  const m = /^gen-(\d+)$/.exec(r.id);
  if (!m) throw new Error(`not a generated report: ${r.id}`);
  return generated(Number(m[1])).record;
}

export function* generatedReports(n: number, from = 0): Generator<Report> {
  for (let i = from; i < from + n; i++) yield generated(i).report;
}
