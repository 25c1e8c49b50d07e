// Dates that sit in a phrase which limits what they date. Background phrases date nothing in the sentence (a hedged
// age, an elapsed time, a deadline); a dateline's date is the report's, not an event's; a date that modifies a noun
// ("the September 12 statement") dates that noun only; a comparison's baseline ("the first talks since October")
// dates only what a ", when" clause after it tells of.
import type { DateMention } from './resolve.js';

// "nearly four years ago", "more than a decade ago": a rough age of a background fact, not a day or a year to date by.
const HEDGED_AGO = /^(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than|close\s+to)\s+/i;
// "after five days of fighting", "after two weeks": a length of time, counted from an unstated start.
const ELAPSED = /^after\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\b/i;
// "the first talks since 2022", "the deadliest day since May": the since-phrase is the baseline of a comparison.
export const SUPERLATIVES = 'first|only|largest|biggest|highest|lowest|worst|deadliest|heaviest|longest|strongest|fiercest|bloodiest|most|least';
const COMPARED_SINCE = new RegExp(`\\b(?:${SUPERLATIVES})\\b[^.;:!?]{0,80}\\bsince\\s+$`, 'i');
// "until Nov 27", "no later than Friday", "a deadline of March 1": a deadline, not when anything happened.
const DEADLINE = /\b(?:until|till|no\s+later\s+than|deadline\s+(?:of|on|for)|expires?\s+on|expiring\s+on)\s+$/i;
// The stretch before a date in which a preceding phrase may sit.
const LEAD_CHARS = 120;

/** A date in a background phrase that dates no event of the sentence: a hedged age, an elapsed time, a
 * deadline. */
export function isBackground(text: string, start: number, end: number): boolean {
  const t = text.slice(start, end);
  const lead = text.slice(Math.max(0, start - LEAD_CHARS), start);
  if (/\bago$/i.test(t) && (HEDGED_AGO.test(t) || /\b(?:nearly|almost|about|around|roughly|some|over|than|to)\s+$/i.test(lead))) return true;
  if (ELAPSED.test(t)) return true;
  return DEADLINE.test(lead);
}


export type DateRole = 'dateline' | 'attributive' | 'baseline';

// "Moscow/Kyiv, August 25, 2025 — ": a place and a date opening a line, then an agency credit or a dash.
const DATELINE_PLACE = /(?:^|\n)\s*(?:[\p{Lu}][\p{L}.'’-]*(?:[ /][\p{Lu}][\p{L}.'’-]*)*,\s*){1,3}$/u;
const DATELINE_AFTER = /^,?\s*(?:\([\p{L}.& ]{2,30}\)|\/[A-Z]{2,}\/)?\s*(?:[—–―]|\s-{1,2}\s)/u;
// "Friday, November 14, 2025" as a line of its own: the byline's date.
const LINE_START = /(?:^|\n)\s*$/;
const LINE_END = /^\s*(?:\n|$)/;
// "the September 12 Ministerial Statement", "its May 7 strikes": a date between a determiner and its noun.
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|[\p{Lu}][\p{L}]+['’]s)\s+$/u;
const NOUN_AFTER = /^\s+(?!and\b|to\b|at\b|in\b|on\b|of\b|for\b|with\b|as\b|when\b|after\b|before\b|by\b|from\b|or\b)[\p{L}][\p{L}-]*/u;

export function dateRole(text: string, start: number, end: number): DateRole | null {
  const lead = text.slice(Math.max(0, start - LEAD_CHARS), start);
  const tail = text.slice(end, end + 40);
  const dated = /\d/.test(text.slice(start, end));
  if (dated && ((DATELINE_PLACE.test(lead) && DATELINE_AFTER.test(tail)) || (LINE_START.test(lead) && LINE_END.test(tail)))) return 'dateline';
  if (DETERMINER_BEFORE.test(lead) && NOUN_AFTER.test(tail) && !/^(?:the|a)\s/i.test(text.slice(start, end))) return 'attributive';
  if (/^since\b/i.test(text.slice(start, end)) ? COMPARED_SINCE.test(lead + 'since ') : COMPARED_SINCE.test(lead)) return 'baseline';
  return null;
}

/** How far after a date its noun phrase ("the May 7 strikes") may run for a trigger inside it. */
export const ATTRIBUTIVE_REACH = 40;

// "hostages taken on October 7": a date inside a participle phrase after a plural noun belongs to that phrase.
const REDUCED_RELATIVE = /\b[a-z]+s\s+(?:[a-z]+ed|taken|seized|held|made|begun|won|struck|fought|brought)\s+(?:on|in|since)\s+$/;

/** Is `d` dated inside a participle phrase ("hostages taken on X") that does not hold the trigger at `at`? */
export function inOtherPhrase(text: string, d: DateMention, at: number): boolean {
  const lead = text.slice(Math.max(0, d.span[0] - 40), d.span[0]);
  const m = REDUCED_RELATIVE.exec(lead);
  if (!m) return false;
  const phraseStart = d.span[0] - lead.length + m.index;
  return at < phraseStart || at > d.span[1];
}
