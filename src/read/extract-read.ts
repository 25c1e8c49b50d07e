// Extraction for a report as read: applies the caller's fallback publication date to reports that carry none (neither
// as metadata nor in their text), and keeps the reader's warnings (e.g. invalid bytes replaced) in the record.
import { cleanReport } from '../clean/index.js';
import { extractReport, type ExtractDeps } from '../pipeline.js';
import type { ExtractionRecord, Report } from '../record.js';

export interface ReadExtractOptions {
  /** YYYY-MM-DD used as the reference date when the report has none of its own. */
  fallbackPublished?: string | null;
}

export function extractRead(report: Report, readWarnings: string[], deps: ExtractDeps, opts: ReadExtractOptions = {}): ExtractionRecord {
  let input = report;
  // Cleaning twice costs a few regex passes; it only happens when a fallback date is given and the input has none.
  if (opts.fallbackPublished && !report.published && !cleanReport(report).published) {
    input = { ...report, published: opts.fallbackPublished };
  }
  const record = extractReport(input, deps);
  if (readWarnings.length) record.warnings = [...readWarnings, ...record.warnings];
  return record;
}
