// "X has agreed to a truce. X's agreement on Thursday comes a week after ...": a news lede tells the act undated, and
// the next sentence names the same act by its noun ("agreement", "acceptance", "signing") with its day, as the subject
// of "comes/came/follows/marks". That day dates the undated act of the sentence before.
import type { DateMention } from './resolve.js';

// The subject noun phrase, a date inside it, then the linking verb of the "comes after" pattern.
const FOLLOW_UP = /^\s*(?:the|its|their|his|her|this|that|[\p{Lu}][\p{L}’'-]*[’']s)\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]{4,})\b([^.;:!?]{0,80}?)\b(?:comes|came|follows|followed|marks|marked)\b/diu;
/** How many leading letters the trigger word and the follow-up noun must share ("agreed" / "agreement"). */
const STEM = 4;

/** The day the follow-up sentence `next` (at `nextStart`) gives to the act told by `trigger` before it, or null. */
export function followUpDay(next: string, nextStart: number, trigger: string, datesOf: () => readonly DateMention[]): DateMention | null {
  const m = FOLLOW_UP.exec(next);
  // The noun of a verb's act ("agreed" / "agreement"); the same noun again ("the meeting" / "meeting") may be another one.
  const noun = m?.[1].toLowerCase() ?? '', verb = trigger.toLowerCase();
  if (!m || verb.length < STEM || noun === verb || noun.slice(0, STEM) !== verb.slice(0, STEM)) return null;
  const [from, to] = m.indices![2]!.map((i) => nextStart + i);
  // Only a sentence of that shape is parsed for dates (chrono is costly).
  return datesOf().find((d) => d.span[0] >= from && d.span[1] <= to && d.date.granularity === 'day' && !!d.date.value
    && !d.reporting && !d.role && d.offsetDays === undefined) ?? null;
}
