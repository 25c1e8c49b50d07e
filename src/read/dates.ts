// Dates given by a user (a CLI option, an API parameter): the shape the option takes, and a day that exists on the
// calendar, so 2025-13-45 is refused rather than rolled over into another date.
import { isRealDate } from '../clean/date-header.js';

export { isRealDate };

/** How precise a date option may be: a whole day only, or also a month (YYYY-MM) or a year (YYYY). */
export type DatePrecision = 'day' | 'month' | 'year';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `v` is a real calendar date of at least the given precision: YYYY-MM-DD, or YYYY-MM / YYYY when allowed. */
export function isDateOption(v: string, coarsest: DatePrecision = 'day'): boolean {
  const m = SHAPE.exec(v);
  if (!m) return false;
  if (m[3]) return isRealDate(v);
  if (m[2]) return coarsest !== 'day' && isRealDate(`${v}-01`);
  return coarsest === 'year';
}

/** The shapes an option of this precision takes, for error messages. */
export function dateShapes(coarsest: DatePrecision = 'day'): string {
  return coarsest === 'day' ? 'YYYY-MM-DD' : coarsest === 'month' ? 'YYYY-MM-DD or YYYY-MM' : 'YYYY-MM-DD, YYYY-MM or YYYY';
}
