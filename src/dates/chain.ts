// Dates counted from another ("a day after the truce", "two weeks before May 7") and stretches of days ("on Monday
// and Tuesday"), as ../dates/resolve.ts finds them.
import type { EventDate } from '../record.js';
import type { DateMention } from './resolve.js';
import { shift as shiftDay } from './calendar.js';

// "a day after", "two weeks before": chrono's offset from the reference day, which here is the named event's day.
// "over a week after", "nearly two days after": a rough count, no day to chain.
export const CHAINED = /(?<!\b(?:over|than|nearly|almost|about|around|some|roughly)\s+)\b(a|an|one|the|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(after|before)\s+(?=(?:the|its|their|his|her|this|that)\s)/gi;
export const CHAINED_LEAD = /(?<!\b(?:over|than|nearly|almost|about|around|some|roughly)\s+)\b(a|an|one|the|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(after|before)\s+$/i;
// What CHAINED cannot match without; tested first, since CHAINED's lookbehind is tried at every character.
const COUNTED_DAYS = /\b(?:days?|weeks?)\s+(?:after|before)\s/i;
export const mayChain = (text: string) => COUNTED_DAYS.test(text);
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

export function chainDays(m: RegExpExecArray): number {
  const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
  return n * (/^week/i.test(m[2]) ? 7 : 1) * (/after/i.test(m[3]) ? 1 : -1);
}

/** "on Monday and Tuesday", "from May 5 to May 7": one stretch of days, dated by its first, its bounds kept as a
 * range (its last day is when a meeting reached its outcome); the second mention is dropped. */
export function joinRanges(text: string, offset: number, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.span[1] - offset, d.span[0] - offset) : '';
    if (prev && prev.date.granularity === 'day' && d.date.granularity === 'day' && /^\s*(?:and|to|through|until|[-–])\s*$/i.test(between)) {
      prev.span = [prev.span[0], d.span[1]];
      prev.text = text.slice(prev.span[0] - offset, d.span[1] - offset);
      if (prev.date.value && d.date.value && d.date.value > prev.date.value) {
        prev.date = { ...prev.date, type: 'range', start: prev.date.value, end: d.date.value, text: prev.text };
      }
      continue;
    }
    out.push(d);
  }
  return out;
}

// "The deal on Thursday comes two weeks after the rebels took the city": the act after "after" is the earlier one.
const COUNTED_BACK = /\b((?:over|more\s+than|nearly|almost|about|around|some|roughly|less\s+than)\s+)?(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+after\s+(?:[\p{L}\d'’-]+\s+){0,5}$/iu;
// What COUNTED_BACK cannot match without, tested first: most triggers have no "days after" before them.
const COUNTED_AFTER = /\b(?:days?|weeks?)\s+after\s/iu;
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The date of an act told as "N days after" it: the date stated before the phrase, less N days; a rough count
 * ("over a week") keeps only the month. */
export function countedBack(sentence: string, ts: number, dates: DateMention[], offset: number): EventDate | null {
  const lead = sentence.slice(Math.max(0, ts - 80), ts);
  const m = COUNTED_AFTER.test(lead) ? COUNTED_BACK.exec(lead) : null;
  if (!m) return null;
  const phraseAt = offset + ts - lead.length + m.index;
  const from = dates.filter((d) => d.span[1] <= phraseAt && d.date.granularity === 'day' && d.date.value && d.offsetDays === undefined && !d.role).pop();
  if (!from) return null;
  const days = (COUNT[m[2].toLowerCase()] ?? Number(m[2])) * (/^week/i.test(m[3]) ? 7 : 1) + (m[1] ? 1 : 0);
  const value = shiftDay(from.date.value!, -days);
  const text = m[0].trim();
  return m[1] ? { value: value.slice(0, 7), granularity: 'month', type: 'approximate', text } : { value, granularity: 'day', type: 'exact', text };
}

