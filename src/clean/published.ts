// The publication date, from what the report says about itself — never from the machine's clock. In order: the
// caller's metadata, a `date YYYY-MM-DD` header, the page's own HTML date, a dated dateline, and a dateline with a
// day and month but no year ("VATICAN CITY, May 20 (Reuters)") completed from the full dates the text gives. A report
// with none of these has no publication date: relative dates in it stay unresolved, and a warning says so.
import { findLineDate } from './line-date.js';
import type { MonthDay } from './dateline.js';

export interface PublishedSources {
  header: string | null;
  html: string | null;
  dateline: string | null;
  datelineMonthDay: MonthDay | null;
}

export interface Published { published: string | null; rule: string | null }

/** How far into the text full dates are looked for to give a year-less dateline its year. */
const YEAR_SEARCH_CHARS = 20_000;

/** The latest full date (day, month and year) the text gives, or null. */
function latestFullDate(text: string): string | null {
  let latest: string | null = null;
  const head = text.slice(0, YEAR_SEARCH_CHARS);
  for (let from = 0; from < head.length;) {
    const hit = findLineDateFrom(head, from);
    if (!hit) break;
    if (!latest || hit.iso > latest) latest = hit.iso;
    from = hit.end;
  }
  return latest;
}

function findLineDateFrom(text: string, from: number): { iso: string; end: number } | null {
  const hit = findLineDate(text.slice(from));
  return hit ? { iso: hit.iso, end: from + hit.index + Math.max(1, hit.length) } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A year-less dateline day takes the year that puts it nearest the latest full date the report gives (the news is
 * dated near the latest events it dates, before or after them). With no full date in the text the year is unknown. */
export function completeMonthDay(md: MonthDay, text: string): string | null {
  const latest = latestFullDate(text);
  if (!latest) return null;
  const year = Number(latest.slice(0, 4)), latestMs = Date.parse(latest);
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(md.month)}-${pad(md.day)}`);
  const distance = (day: string) => Math.abs(Date.parse(day) - latestMs);
  const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return Number.isNaN(Date.parse(best)) ? null : best;
}

export function choosePublished(sources: PublishedSources, text: string): Published {
  if (sources.header) return { published: sources.header, rule: 'published.date-header' };
  if (sources.html) return { published: sources.html, rule: 'published.html' };
  if (sources.dateline) return { published: sources.dateline, rule: 'published.dateline' };
  if (sources.datelineMonthDay) {
    const day = completeMonthDay(sources.datelineMonthDay, text);
    if (day) return { published: day, rule: 'published.dateline-year-from-text' };
  }
  return { published: null, rule: null };
}
