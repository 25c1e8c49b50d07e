// A report about one meeting dates it once ("on Sunday") and then tells what was said and agreed there without
// repeating the date. Undated diplomatic acts of the report take its main date — the most frequent day among its
// dated asserted diplomatic acts (not fighting) of the fortnight before the report's day, the latest on a tie — marked `inferred` and
// `approximate`: an accord signed months ago ("the April 25 declaration") is background, not the news. With no dated event, the
// publication day that ./date.ts put in stands: the report is the news of its day. Fighting and background acts keep
// no date: they are usually history ("the invasion"), not the news of the day — unless told as still going on
// ("as clashes continue", ../dates/going-on.ts), which dates them by the report's day; possible acts keep none.
// Planned acts stay undated too, unless the report plans a meeting for its own day ("set to meet at 1 PM today",
// a planned meeting dated that day, or ../dates/same-day.ts):
// then what is planned around it ("will press for X when they sit down", "followed by a call") is of that day.
// A meeting held over several days ("on Monday and Tuesday") reaches its outcome at the end: an undated agreement
// or concession takes the last day of the main meeting.
import type { EventDate, ExtractedEvent } from '../record.js';
import { goingOnDate } from '../dates/going-on.js';
import { meetsToday } from '../dates/same-day.js';

const LENDS_TO = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'CONCEDE', 'RETREAT']);
/** Acts that conclude a meeting rather than open it. */
const OUTCOMES = new Set(['AGREE', 'CONCEDE', 'RETREAT']);
const HAPPENED = new Set(['asserted', 'negated']);

const RECENT_DAYS = 14;

const inferredDay = (value: string): EventDate => ({ value, granularity: 'day', type: 'approximate', text: '', inferred: true });

/** A day-date stated for an event (not lent). */
const statedDay = (e: ExtractedEvent) => e.date?.granularity === 'day' && !!e.date.value && !e.date.inferred;

/** The last day of a stretch of days ("on Monday and Tuesday") that dates the main day, if any. */
function mainEnd(events: ExtractedEvent[], main: string): string | null {
  for (const e of events) {
    const end = e.date?.end;
    if (statedDay(e) && e.date!.value === main && e.date!.type === 'range' && end && end > main) return end;
  }
  return null;
}

/** An agreement or concession dated by a stretch of meeting days ("talks on Monday and Tuesday") is of its last day. */
function outcomeAtEnd(e: ExtractedEvent): ExtractedEvent {
  const d = e.date;
  if (!OUTCOMES.has(e.event) || d?.type !== 'range' || d.granularity !== 'day' || !d.end || !d.value || d.end <= d.value) return e;
  return { ...e, date: { ...d, value: d.end } };
}

/**
 * `reportDay` (YYYY-MM-DD) is the day the report is about, by default the stand-in day ./date.ts gave undated
 * events, else the publication day when the caller passes it. With the report's `text`, fighting told as going on
 * is dated by `reportDay`.
 */
export function lendMainDate(events: ExtractedEvent[], reportDay: string | null = null, text = ''): ExtractedEvent[] {
  const ref = reportDay ?? events.find((e) => e.date?.inferred && e.date.value)?.date?.value ?? null;
  const recent = (day: string) => !ref || Math.abs(Date.parse(ref) - Date.parse(day)) <= RECENT_DAYS * 86_400_000;
  const votes = new Map<string, number>();
  for (const e of events) {
    // A negated act is dated by what did happen ("the round ended on May 12 without a deal"): it votes too.
    // Only diplomatic acts vote: the day of a battle says nothing about the day of the talks told around it.
    if (!HAPPENED.has(e.modality) || !statedDay(e) || !LENDS_TO.has(e.event)) continue;
    // "ready to open the border tomorrow": a day after the report's own is still to come, never the day of its news.
    if (!recent(e.date!.value!) || (ref && e.date!.value! > ref)) continue;
    votes.set(e.date!.value!, (votes.get(e.date!.value!) ?? 0) + 1);
  }
  const main = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]?.[0];
  const end = main ? mainEnd(events, main) : null;
  // A meeting the report plans for its own day: the planned acts around it are of that day.
  const plannedToday = reportDay && (events.some((e) => e.modality === 'future' && e.event === 'CONSULT' && statedDay(e) && e.date!.value === reportDay)
    || (text && events.some((e) => e.modality === 'future') && meetsToday(text))) ? reportDay : null;
  return events.map((e) => {
    if (e.date?.value && !e.date.inferred) return e;
    if (e.modality === 'future' && plannedToday && LENDS_TO.has(e.event)) return { ...e, date: inferredDay(plannedToday) };
    if (e.modality === 'asserted' && !LENDS_TO.has(e.event)) {
      const now = text ? goingOnDate(text, e.span, e.sentence, reportDay) : null;
      if (now) return { ...e, date: now };
    }
    if (!HAPPENED.has(e.modality) || !LENDS_TO.has(e.event)) return e.date?.inferred ? { ...e, date: null } : e;
    if (!main) return e;
    return { ...e, date: inferredDay(end && OUTCOMES.has(e.event) ? end : main) };
  }).map(outcomeAtEnd);
}
