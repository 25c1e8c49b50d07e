// "as clashes continue", "the fighting that has persisted for days", "despite ongoing hostilities": an act told as
// still going on is going on at the time of the report, unlike one told as history ("the invasion"), which stays
// undated. A bare past "continued" is narrative ("the clashes continued for hours") and is not such a cue, unless
// it runs alongside the news ("the truce was announced as clashes continued").
import type { EventDate, Span } from '../record.js';

const AFTER = /^[^,.;:]{0,40}?\b(?:continu(?:e|es|ing)|(?:has|have)\s+(?:continued|persisted|raged|gone\s+on)|persist(?:s|ing)?|rag(?:e|es|ing)|go(?:es)?\s+on|going\s+on)\b/i;
// "talks began as fighting continued": a past "continued" in a clause that runs alongside the news.
const ALONGSIDE = /\b(?:as|while|even\s+as)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const CONTINUED = /^[^,.;:]{0,40}?\bcontinued\b/i;
const BEFORE = /\b(?:ongoing|continuing|persistent|raging)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** How far before the trigger a modifier like "ongoing" may stand ("ongoing cross-border hostilities"). */
const BEFORE_CHARS = 40;

/** The words that tell the act at `span` of `text` as still going on within its sentence, if any. */
export function goingOnCue(text: string, span: Span, sentence: Span): string | null {
  const after = AFTER.exec(text.slice(span[1], sentence[1]));
  if (after) return after[0].trim();
  const lead = text.slice(Math.max(sentence[0], span[0] - BEFORE_CHARS), span[0]);
  const continued = ALONGSIDE.test(lead) ? CONTINUED.exec(text.slice(span[1], sentence[1])) : null;
  if (continued) return continued[0].trim();
  const before = BEFORE.exec(lead);
  return before ? before[0].trim() : null;
}

/** The report's day as the date of an act told as going on, or null. */
export function goingOnDate(text: string, span: Span, sentence: Span, published: string | null): EventDate | null {
  const cue = published ? goingOnCue(text, span, sentence) : null;
  return cue ? { value: published, granularity: 'day', type: 'approximate', text: cue } : null;
}
