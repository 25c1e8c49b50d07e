// `--explain` output: what cleaning did, then per sentence which rules fired and whether they yielded an item (and why
// not), followed by the items the record holds for that sentence.
import type { ExtractionRecord, Report, Span } from '../record.js';
import type { TraceEntry } from '../context.js';
import { explainRecord } from '../read/explain.js';

const PREVIEW_CHARS = 160;

export function formatExplain(report: Report, record: ExtractionRecord, trace: TraceEntry[]): string {
  const lines: string[] = [];
  const d = record.doc;
  lines.push(`# ${d.id}${d.source && d.source !== d.id ? `  (${d.source})` : ''}`);
  lines.push(`published ${d.published ?? '-'} (from ${d.published_from ?? 'nowhere'})  dateline ${d.dateline ?? '-'}  title ${d.title ?? '-'}`);
  for (const w of record.warnings) lines.push(`warning: ${w}`);
  const explained = explainRecord(report, record, trace);
  for (const c of explained.changes) lines.push(`clean  ${c.rule}: ${c.message}`);
  let silent = 0;
  for (const s of explained.sentences) {
    const items = itemsIn(record, s.span);
    if (!s.entries.length) silent++;
    if (!s.entries.length && !items.length) continue;
    lines.push('');
    lines.push(`[${s.index + 1}] ${s.span[0]}-${s.span[1]}  ${preview(record.text.slice(s.span[0], s.span[1]))}`);
    for (const e of s.entries) lines.push(`    ${mark(e)} ${e.stage} ${e.rule}: ${e.message}`);
    for (const i of items) lines.push(`    = ${i}`);
  }
  if (explained.outside.length) {
    lines.push('', '(between sentences)');
    for (const e of explained.outside) lines.push(`    ${mark(e)} ${e.stage} ${e.rule} @${e.at}: ${e.message}`);
  }
  lines.push('', `${record.events.length} events, ${record.quotes.length} quotes, ${record.claims.length} claims, ` +
    `${record.entities.length} entities; no rule fired in ${silent} of ${explained.sentences.length} sentences`);
  return lines.join('\n') + '\n\n';
}

function mark(e: TraceEntry): string {
  // The syntax layer's picture of the sentence is context for the rule lines, not a rule outcome.
  if (e.stage === 'syntax') return '~';
  return e.outcome === 'yield' ? '+' : '-';
}

function itemsIn(record: ExtractionRecord, [a, b]: Span): string[] {
  const out: string[] = [];
  const inside = (span: Span) => span[0] >= a && span[0] < b;
  // Items refer to entities by id (e4); a reader wants the name.
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null | undefined) => (id ? names.get(id) ?? id : '-');
  const list = (ids: string[]) => ids.map(name).join(', ');
  for (const v of record.events) {
    if (!inside(v.span)) continue;
    out.push(`event ${v.id} ${v.event}${v.mode ? `/${v.mode}` : ''} ${v.modality}${v.hedged ? ' hedged' : ''}` +
      ` actor=[${list(v.actor)}] recipient=[${list(v.recipient)}]${v.date?.value ? ` date=${v.date.value}` : ''}` +
      `${v.reported_by ? ` reported_by=${v.reported_by}` : ''} (${v.rule}) "${preview(record.text.slice(v.span[0], v.span[1]))}"`);
  }
  for (const q of record.quotes) {
    if (inside(q.span)) out.push(`quote ${q.id} speaker=${name(q.speaker)}${q.cue ? ` cue=${q.cue}` : ''} (${q.rule}) "${preview(q.text)}"`);
  }
  for (const c of record.claims) {
    if (inside(c.span)) out.push(`claim ${c.kind}=${c.value}${c.approx ? '~' : ''} about=${name(c.about)} (${c.rule}) "${record.text.slice(c.span[0], c.span[1])}"`);
  }
  return out;
}

function preview(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > PREVIEW_CHARS ? flat.slice(0, PREVIEW_CHARS - 1) + '…' : flat;
}
