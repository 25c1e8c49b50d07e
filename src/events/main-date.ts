// A report about one meeting dates it once ("on Sunday") and then tells what was said and agreed there without
// repeating the date. Undated diplomatic acts of the report take its main date — the most frequent day among its
// dated asserted events of the fortnight before the report's day, the latest on a tie — marked `inferred` and
// `approximate`: an accord signed months ago ("the April 25 declaration") is background, not the news. With no dated event, the
// publication day that ./date.ts put in stands: the report is the news of its day. Fighting and background acts keep
// no date: they are usually history ("the invasion"), not the news of the day; nor do planned or possible acts.
import type { EventDate, ExtractedEvent } from '../record.js';

const LENDS_TO = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'CONCEDE', 'RETREAT']);
const HAPPENED = new Set(['asserted', 'negated']);

const RECENT_DAYS = 14;

/**
 * `reportDay` (YYYY-MM-DD) is the day the report is about, by default the stand-in day ./date.ts gave undated
 * events, else the publication day when the caller passes it.
 */
export function lendMainDate(events: ExtractedEvent[], reportDay: string | null = null): ExtractedEvent[] {
  const ref = reportDay ?? events.find((e) => e.date?.inferred && e.date.value)?.date?.value ?? null;
  const recent = (day: string) => !ref || Math.abs(Date.parse(ref) - Date.parse(day)) <= RECENT_DAYS * 86_400_000;
  const votes = new Map<string, number>();
  for (const e of events) {
    // A negated act is dated by what did happen ("the round ended on May 12 without a deal"): it votes too.
    if (!HAPPENED.has(e.modality) || e.date?.granularity !== 'day' || !e.date.value || e.date.inferred) continue;
    if (!recent(e.date.value)) continue;
    votes.set(e.date.value, (votes.get(e.date.value) ?? 0) + 1);
  }
  const main = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]?.[0];
  return events.map((e) => {
    if (e.date?.value && !e.date.inferred) return e;
    if (!HAPPENED.has(e.modality) || !LENDS_TO.has(e.event)) return e.date?.inferred ? { ...e, date: null } : e;
    if (!main) return e;
    const date: EventDate = { value: main, granularity: 'day', type: 'approximate', text: '', inferred: true };
    return { ...e, date };
  });
}
