// The calendar arithmetic of news dates: the year a report gives a month and day, the weekday nearest publication,
// the year a bare month means. Pure functions of their arguments, shared by ./resolve.ts and the events' dating.
import type { EventDate } from '../record.js';

/** Years that the report itself gives to a month and day ("October 7, 2023"), keyed "M-D". */
export type KnownYears = ReadonlyMap<string, number>;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'gi');

/** Every "Month D, YYYY" / "D Month YYYY" in `text`: the year a later bare "Month D" of the same report means. */
export function knownYears(text: string): KnownYears {
  const out = new Map<string, number>();
  const add = (mon: string, day: string, year: string) => {
    const m = MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1;
    if (m > 0 && +day >= 1 && +day <= 31) out.set(`${m}-${+day}`, +year);
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m[1], m[2], m[3]);
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m[2], m[1], m[3]);
  return out;
}

export const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const parseIso = (s: string): Date => new Date(`${s}T12:00:00Z`);

/** `day` moved by `n` days. */
export function shift(day: string, n: number): string {
  const d = parseIso(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function dayOf(d: Date, text: string, type: EventDate['type']): EventDate {
  return { value: d.toISOString().slice(0, 10), granularity: 'day', type, text };
}

/** The latest `weekday` on or before `ref`; for planned events, the next one on or after it. */
export function weekdayNear(ref: Date, weekday: number, future: boolean): Date {
  const d = new Date(ref);
  const diff = (d.getUTCDay() - weekday + 7) % 7;
  if (future) d.setUTCDate(d.getUTCDate() + ((weekday - d.getUTCDay() + 7) % 7));
  else d.setUTCDate(d.getUTCDate() - diff);
  return d;
}

/** A month (and day) without a year: the most recent one not after publication (the next one for planned events). */
export function pickYear(ref: Date, month: number, day: number, future: boolean, monthOnly = false): number {
  const y = ref.getUTCFullYear();
  const cand = Date.UTC(y, month - 1, day);
  const refMs = ref.getTime();
  const slack = monthOnly ? 0 : 2 * 86400000;
  if (future) {
    const endOfMonth = Date.UTC(y, month, 0);
    return (monthOnly ? endOfMonth : cand) < refMs - slack ? y + 1 : y;
  }
  return cand > refMs + slack ? y - 1 : y;
}
