// A report that tells what a source said "on Friday" and plans a meeting "on Friday" was written on that Friday:
// publication came later (a Sunday feed date), and the planned Friday is the one of the telling, not a week after
// the publication day. A writer who meant the Friday after would say "next Friday".
import type { EventDate } from '../record.js';
import { isReportingLead } from './resolve.js';
import { WEEKDAYS } from '../words/time.js';

const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const BARE_WEEKDAY = /^(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;
const told = new WeakMap<object, ReadonlySet<number>>();

/** The weekdays on which the report's sources spoke ("said on Friday", "according to reports on Friday"). */
function toldWeekdays(key: object, text: string): ReadonlySet<number> {
  let days = told.get(key);
  if (!days) {
    const out = new Set<number>();
    for (const m of text.matchAll(WEEKDAY)) if (isReportingLead(text.slice(Math.max(0, m.index! - 60), m.index!))) out.add(WEEKDAYS.indexOf(m[1].toLowerCase()));
    told.set(key, (days = out));
  }
  return days;
}

/** A planned bare weekday put after publication, moved back a week to the day of the telling when the report
 * names that weekday as one its sources spoke on; else `date` unchanged. `key` caches per report. */
export function onWritingDay(date: EventDate, key: object, text: string, published: string | null): EventDate {
  const day = BARE_WEEKDAY.exec(date.text ?? '')?.[1];
  if (!day || !published || !date.value || date.granularity !== 'day' || date.value <= published) return date;
  if (!toldWeekdays(key, text).has(WEEKDAYS.indexOf(day.toLowerCase()))) return date;
  const d = new Date(`${date.value}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return { ...date, value: d.toISOString().slice(0, 10) };
}
