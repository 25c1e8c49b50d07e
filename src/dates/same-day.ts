// "prior to my meeting, at 1:00 P.M. today", "talks at 1800 GMT", "the summit later today": a report that names a
// meeting for its own day, by a clock time or a same-day word within reach of a meeting noun on the same line.
// What such a report plans around the meeting ("will press for X when they sit down") is of that day.

/** Meeting nouns a same-day marker may belong to (also the nouns ../events/date.ts points back with). */
export const MEETING_NOUNS = 'call|meeting|talks|summit|visit|conversation|negotiations|signing|session';
const MEETING = new RegExp(`\\b(?:${MEETING_NOUNS})\\b`, 'i');
// A clock time of day ("at 1:00 pm", "at 1800 GMT", "(1800 GMT)") or a word for later on the report's day.
const SAME_DAY = /\b(?:at\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\b|p\.?m\b)|\d{4}\s*GMT\b|later\s+today|today|tonight|this\s+(?:afternoon|evening))/gi;
/** How far from the marker the meeting noun may stand. */
const REACH = 80;

/** Does `text` name a meeting on the report's own day? */
export function meetsToday(text: string): boolean {
  for (const m of text.matchAll(SAME_DAY)) {
    const at = m.index!;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = (text.indexOf('\n', at) + 1 || text.length + 1) - 1;
    if (MEETING.test(text.slice(Math.max(lineStart, at - REACH), Math.min(lineEnd, at + m[0].length + REACH)))) return true;
  }
  return false;
}
