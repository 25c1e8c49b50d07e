// Extraction for a report as read: applies the caller's fallback publication date to reports that carry none (neither
// as metadata nor in their text), keeps the reader's warnings (e.g. invalid bytes replaced) in the record, and warns
// when the text does not look like English.
import { cleanReport } from '../clean/index.js';
import { extractReport, type ExtractDeps } from '../pipeline.js';
import type { ExtractionRecord, Report } from '../record.js';
import { languageWarning } from './language.js';

/** What every command says of a report with nothing left once cleaning removed markup, scripts and clutter. */
export const NO_TEXT_AFTER_CLEANING = 'no text left after cleaning (only markup, scripts or page clutter)';

export interface ReadExtractOptions {
  /** YYYY-MM-DD used as the reference date when the report has none of its own. */
  fallbackPublished?: string | null;
  /** Told each warning found here (not the reader's own, which the caller already has), e.g. to print it. */
  warn?: (warning: string) => void;
}

export function extractRead(report: Report, readWarnings: string[], deps: ExtractDeps, opts: ReadExtractOptions = {}): ExtractionRecord {
  let input = report;
  // Cleaning twice costs a few regex passes; it only happens when a fallback date is given and the input has none.
  if (opts.fallbackPublished && !report.published && !cleanReport(report).published) {
    input = { ...report, published: opts.fallbackPublished };
  }
  const record = extractReport(input, deps);
  const language = record.text.trim() ? languageWarning(record.text) : null;
  if (language) opts.warn?.(language);
  const extra = [...readWarnings, ...(language ? [language] : [])];
  if (extra.length) record.warnings = [...extra, ...record.warnings];
  return record;
}
