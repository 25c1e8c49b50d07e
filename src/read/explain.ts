// The data behind `--explain`: what cleaning did, and the trace entries grouped by the sentence they are about.
// The record does not carry sentences; re-running the same analysis on its text gives the same bounds.
import { cleanReport, type CleanChange } from '../clean/index.js';
import { sentenceAt, type TraceEntry } from '../context.js';
import { analyze } from '../nlp/wink.js';
import type { ExtractionRecord, Report, Span } from '../record.js';

export interface ExplainedSentence { index: number; span: Span; entries: TraceEntry[] }

export interface Explanation {
  changes: CleanChange[];
  sentences: ExplainedSentence[];
  /** Entries whose offset falls between sentences (e.g. on a blank line). */
  outside: TraceEntry[];
}

export function explainRecord(report: Report, record: ExtractionRecord, trace: TraceEntry[]): Explanation {
  const analysis = analyze(record.text);
  const sentences: ExplainedSentence[] = analysis.sentences.map((s) => ({ index: s.index, span: [s.start, s.end], entries: [] }));
  const outside: TraceEntry[] = [];
  for (const e of trace) {
    const s = sentenceAt(analysis, e.at);
    if (s) sentences[s.index].entries.push(e);
    else outside.push(e);
  }
  return { changes: cleanReport(report).changes, sentences, outside };
}
