// The dateline: where (and sometimes when) a report was filed — "PALM BEACH, Florida —", "KYIV (Reuters) -",
// "WASHINGTON, Dec 28 (AP) —", "Anchorage, Alaska, August 16, 2025" on a line of its own, or a date-only line.
// It is read, not removed: the text stays as published.
import {
  AGENCY, DATE, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_OTHER_WORDS, DATELINE_MAX_LINE, DATELINE_MIN_BODY, PLACE, SEPARATOR,
  SEPARATOR_NO_STOP,
} from './dateline.data.js';
import { findLineDate } from './line-date.js';
import { MONTHS } from './line-date.data.js';

export interface Dateline {
  place: string | null;
  published: string | null;
  /** "VATICAN CITY, May 20 (Reuters)": a day and month with no year, which the caller may complete. */
  monthDay: MonthDay | null;
  rule: string;
}

export interface MonthDay { month: number; day: number }

const LEAD_IN_MAX_CHARS = 120;
const leadIn = (sep: string) => new RegExp(
  String.raw`^(?<place>${PLACE}(?:(?:, ?|/)${PLACE}){0,2})(?:, ?(?<date>${DATE}))?\.?(?: ?(?<agency>${AGENCY}))?(?<sep>${sep})`, 'u');
const LEAD_IN = leadIn(SEPARATOR);
// "KYIV, Ukraine, Dec. 28 (AP) —": the abbreviation's full stop is no separator; tried when the first reading ends there.
const LEAD_IN_NO_STOP = leadIn(SEPARATOR_NO_STOP);
const PLACE_AND_DATE_LINE = new RegExp(String.raw`^(?<place>${PLACE}(?:, ?${PLACE}){0,2}), ?(?<date>${DATE})\W*$`, 'u');
const PLACES_IN_PARENS = new RegExp(String.raw`^\((?<place>${PLACE}(?:/${PLACE})*)\)\s`, 'u');

export function findDateline(text: string): Dateline | null {
  let seen = 0;
  let from = 0;
  while (from < text.length && seen < DATELINE_MAX_LINE) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    from = to + 1;
    if (!line) continue;
    seen++;
    const found = leadInLine(line) ?? placeAndDateLine(line) ?? placesInParens(line) ?? dateOnlyLine(line);
    if (found) return found;
  }
  return null;
}

function leadInLine(line: string): Dateline | null {
  const head = line.slice(0, LEAD_IN_MAX_CHARS);
  const first = LEAD_IN.exec(head);
  const stoppedEarly = first?.groups && first.groups.sep.trim() === '.' && !first.groups.agency;
  return readLeadIn(line, stoppedEarly ? LEAD_IN_NO_STOP.exec(head) : first);
}

function readLeadIn(line: string, m: RegExpExecArray | null): Dateline | null {
  // A dateline is short; matching on the head of the line bounds the regex's backtracking on long paragraphs.
  if (!m?.groups) return null;
  const { place, date, agency, sep } = m.groups;
  const body = line.slice(m[0].length);
  if (body.length < DATELINE_MIN_BODY || !/^[\p{Lu}\p{Pi}"'“‘(]/u.test(body)) return null;
  // A full stop ends a dateline only after an agency credit ("VIENNA, November 25. /TASS/.").
  if (sep.trim() === '.' && !agency) return null;
  // "Trump: ..." or "IAEA: ..." opens a headline; without a gazetteer only a place with a region or a date is
  // unmistakable before a colon ("Washington, D.C.: ...").
  if (sep.trim() === ':' && !agency && !(place.includes(',') || date)) return null;
  const published = date ? isoDate(date) : null;
  return { place: readablePlace(place), published, monthDay: date && !published ? monthDayOf(date) : null, rule: 'dateline.lead-in' };
}

function placeAndDateLine(line: string): Dateline | null {
  if (line.length > DATE_LINE_MAX_CHARS) return null;
  const m = PLACE_AND_DATE_LINE.exec(line);
  if (!m?.groups) return null;
  const published = isoDate(m.groups.date);
  return { place: readablePlace(m.groups.place), published, monthDay: published ? null : monthDayOf(m.groups.date), rule: 'dateline.place-date-line' };
}

function placesInParens(line: string): Dateline | null {
  const m = PLACES_IN_PARENS.exec(line);
  // An all-capitals word in parentheses is an agency ("(MENAFN)"), not a place.
  if (!m?.groups || isAllCaps(m.groups.place)) return null;
  return { place: readablePlace(m.groups.place), published: null, monthDay: null, rule: 'dateline.places-in-parens' };
}

// chrono is thorough but slow; a date-only line must at least contain a year.
const HAS_YEAR = /\b(?:19|20)\d\d\b/;

function dateOnlyLine(line: string): Dateline | null {
  if (line.length > DATE_LINE_MAX_CHARS || !HAS_YEAR.test(line)) return null;
  const hit = findLineDate(line);
  if (!hit) return null;
  const rest = line.slice(0, hit.index) + ' ' + line.slice(hit.index + hit.length);
  const words = rest.split(/[^\p{L}\d]+/u).filter(Boolean).length;
  if (words > DATE_LINE_MAX_OTHER_WORDS) return null;
  return { place: null, published: hit.iso, monthDay: null, rule: 'dateline.date-line' };
}

/** "PALM BEACH, Florida" → "Palm Beach, Florida"; short capitals ("FL", "D.C.", "U.S.") stay. */
export function readablePlace(place: string): string {
  return place.replace(/[\p{L}'’.-]+/gu, (w) => (isAllCaps(w) && w.replace(/[^\p{L}]/gu, '').length > 2 ? titleCase(w) : w))
    .replace(/\s*,\s*/g, ', ');
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

function isoDate(dateText: string): string | null {
  return findLineDate(dateText)?.iso ?? null;
}

/** "May 20", "20 May", "Dec. 28": the month and day of a dateline date without a year. */
function monthDayOf(dateText: string): MonthDay | null {
  const name = /\p{L}+/u.exec(dateText)?.[0].slice(0, 3).toLowerCase();
  const day = Number(/\d{1,2}/.exec(dateText)?.[0]);
  const month = name ? MONTHS[name] : undefined;
  return month && day >= 1 && day <= 31 ? { month, day } : null;
}
