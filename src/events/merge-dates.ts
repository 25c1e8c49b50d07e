// When two mentions of an event agree on its day: a stated day against a stated day, a day within its month; a day lent
// from the report's date (inferred) is no day of the mention's own.
import type { EventDate } from '../record.js';
import type { Candidate } from './find.js';

/** Both state the same day of their own. */
export function sameStatedDay(a: Candidate, b: Candidate): boolean {
  return !!a.date?.value && a.date.value === b.date?.value && !a.date.inferred && !b.date?.inferred;
}

/** Neither states a day of its own, or both state the same one. */
export function undatedOrSameDay(a: Candidate, b: Candidate): boolean {
  const stated = (c: Candidate) => (c.date?.value && !c.date.inferred ? c.date.value : null);
  const da = stated(a), db = stated(b);
  return !da || !db || da === db;
}

/** No two values against each other: a day is within its month, a month within its year. */
export function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a?.value || !b?.value) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/** A stated date beats a lent one; a day beats a month. */
export function betterDate(d: EventDate | null, than: EventDate | null): boolean {
  if (!d?.value) return false;
  if (!than?.value) return true;
  if (!!than.inferred !== !!d.inferred) return !!than.inferred;
  return than.granularity !== 'day' && d.granularity === 'day';
}
