// STUB (replaced by the read/clean work): cleaning with dateline, date header, stray tags, clutter.
import type { Report, Span } from '../record.js';

export interface Cleaned {
  text: string;
  published: string | null;
  published_from: 'input' | 'text' | null;
  dateline: string | null;
  title: string | null;
  /** Spans of page clutter in `text` that must not yield facts. */
  clutter: Span[];
  warnings: string[];
}

export function cleanReport(report: Report): Cleaned {
  return {
    text: report.text, published: report.published ?? null, published_from: report.published ? 'input' : null,
    dateline: null, title: report.title ?? null, clutter: [], warnings: [],
  };
}
