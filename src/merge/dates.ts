// Dates as windows: a day is a one-day window, a month or year its span, an undated report-level event a few days
// around the report's publication. Two mentions can be one event when their windows are compatible.
import { shift } from '../dates/calendar.js';
import { MERGE_RULES, OPEN_HI, OPEN_LO } from './merge.data.js';

export interface Window { lo: string; hi: string }

const DAY_MS = 86_400_000;
/** `iso` moved by `n` days (the calendar's `shift`, under the name the merge code reads). */
export const addDays = shift;
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY_MS);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** The window a date value covers, or null when it is not a date we can read. */
export function dateWindow(value: string | null | undefined): Window | null {
  if (!value) return null;
  if (DAY.test(value) && !Number.isNaN(Date.parse(value))) return { lo: value, hi: value };
  if (MONTH.test(value)) {
    const lo = value + '-01';
    return Number.isNaN(Date.parse(lo)) ? null : { lo, hi: addDays(addDays(lo, 31).slice(0, 8) + '01', -1) };
  }
  if (YEAR.test(value)) return { lo: value + '-01-01', hi: value + '-12-31' };
  return null;
}

export function granularityOf(value: string): 'day' | 'month' | 'year' {
  return DAY.test(value) ? 'day' : MONTH.test(value) ? 'month' : 'year';
}

/** Where a mention's event can lie: its date's window, else a window around publication, else open. */
export function mentionWindow(date: string | null, published: string | null, mclass: string): Window {
  const own = dateWindow(date);
  if (own) return own;
  const pub = dateWindow(published);
  if (!pub || !DAY.test(published ?? '')) return { lo: OPEN_LO, hi: OPEN_HI };
  const w = mclass === 'asserted' ? MERGE_RULES.undatedAsserted : MERGE_RULES.undatedIrrealis;
  return { lo: addDays(pub.lo, -w.before), hi: addDays(pub.hi, w.after) };
}

export function overlaps(a: Window, b: Window): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

export function widen(w: Window, days: number): Window {
  return {
    lo: w.lo === OPEN_LO ? w.lo : addDays(w.lo, -days),
    hi: w.hi === OPEN_HI ? w.hi : addDays(w.hi, days),
  };
}

/** YYYY-MM-DD of a Date or date-like string, or null. */
export function isoDay(d: Date | string | null | undefined): string | null {
  if (!d) return null;
  const t = d instanceof Date ? d.getTime() : Date.parse(d);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
