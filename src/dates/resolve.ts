// Dates of events, resolved against the publication date. chrono-node finds the expressions; our news rules decide
// what they mean: a bare weekday is the latest such day on or before publication (the next one for planned events),
// a month without a year is the most recent one (the next one for planned events), "since X" is an open interval.
import * as chrono from 'chrono-node';
import type { EventDate, Span } from '../record.js';
import { dateRole, isBackground, type DateRole } from './background.js';
import { CHAINED, CHAINED_LEAD, chainDays, joinRanges, mayChain } from './chain.js';
import { reportingAlternation } from '../words/reporting.js';
import { MAYBE_CHRONO_DATE, mayHoldOtherDate } from './date-words.js';
import { dayOf, iso, parseIso, pickYear, shift, weekdayNear, type KnownYears } from './calendar.js';

export interface DateMention {
  span: Span;
  text: string;
  date: EventDate;
  /** "since X": the start of an open interval. */
  since: boolean;
  /** "said on Friday": the day of a report about the event, always in the past, never the day of a planned event. */
  reporting: boolean;
  /** Where the date sits when that limits what it dates (./background.ts): a dateline, a noun's modifier, a baseline. */
  role?: DateRole;
  /** "a day after the truce": the date is this many days from the date of the phrase named after it. */
  offsetDays?: number;
}

// "said on Friday", "told reporters Friday", "announced on Monday": the date of the telling.
const REPORTING_BEFORE = new RegExp(`\\b(?:${reportingAlternation({ classes: ['say'], clause: true })})(?:\\s+(?:reporters|journalists|the\\s+press))?\\s+(?:on\\s+)?$`, 'i');
// "as reported by Radio X today", "according to reports from state media on Friday": the day of a source's report.
const SOURCE_BEFORE = /\b(?:(?:reported|announced)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}|according\s+to\s+(?:(?!\p{L}+ed\s)[\p{L}'’-]+\s+){1,5})(?:on\s+)?$/u;
// "would speak later Monday", "said earlier Friday": a weekday of the telling itself, in the past even in a plan.
const SAME_DAY_AS_TELLING = /\b(?:later|earlier)\s+(?:on\s+)?$/i;
export const isReportingLead = (lead: string) => REPORTING_BEFORE.test(lead) || SOURCE_BEFORE.test(lead);
// "the dialogue set for August 20", "talks postponed to March": the words before the date plan it, whatever the sentence.
const PLANNED_LEAD = /\b(?:set|scheduled|slated|planned|due|expected)\s+(?:for|on|in)\s+$|\b(?:postponed|delayed|rescheduled|moved|pushed\s+back)\s+(?:to|until)\s+$/i;
// "announced in January that they would leave", "signed on Nov. 2": an active past verb dates a past act, even in a
// sentence about what was then planned ("will be held in", "to be signed on" are plans).
const DONE_LEAD = /(?<!\b(?:be|been|being|to)\s)\b\p{L}{3,}ed\s+(?:on|in)\s+$/iu;
/** Whether the words right before a date say it is planned (true) or past (false); null when they say neither. */
function ownTime(lead: string): boolean | null {
  if (PLANNED_LEAD.test(lead)) return true;
  return DONE_LEAD.test(lead) ? false : null;
}
// "this week", "earlier this week", "last week", "next week": a week names no day; its month is what is known.
const WEEK_RE = /^(?:(?:earlier|later)\s+)?(this|last|past|next|coming)\s+week$/i;
const TIME_ONLY = /^(?:at\s+)?(?:midnight|noon|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*\(?\d{3,4}\s*GMT\)?)?)(?:\s+local\s+time)?$/i;

const YEAR_RE = /\b(?:in|since|of|during|by)\s+((?:19|20)\d{2})\b(?!\s*[-–]?\s*(?:point|percent|%))/gi;
const RELATIVE_DAY_RE = /\b(?:earlier|later)\s+(?:in\s+the\s+day|today|that\s+day)\b|\b(?:(?:just|only|a\s+few|several|mere)\s+)?hours\s+(?:earlier|before|later)\b|\b(?:today|yesterday|tonight|this\s+morning|this\s+afternoon|this\s+evening)\b/gi;

// chrono is the costliest step of the events stage; ./date-words.ts tells when it has nothing to find.
// Events are dated by the day: chrono without its time-of-day parsers and refiners reads the same days ~40% faster,
// and no longer takes "for five hours" or "Friday morning" apart from the day they belong to.
const CLOCK_PARTS = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser',
  'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);
const DAYS = chrono.casual.clone();
DAYS.parsers = DAYS.parsers.filter((p) => !CLOCK_PARTS.has(p.constructor.name));
DAYS.refiners = DAYS.refiners.filter((r) => !CLOCK_PARTS.has(r.constructor.name));

/** The stand-in reference instant when a report has no date: a fixed day, so that no output can depend on today. */
const NO_CLOCK = new Date('2000-01-01T12:00:00Z');

/** chrono computed this from its reference instant ("last week", "yesterday", "in two days"), not from the text. */
function isRelative(r: chrono.ParsedResult): boolean {
  for (const tag of r.tags()) if (tag === 'result/relativeDate' || tag.startsWith('casualReference/')) return true;
  return false;
}

/** Raw chrono parses by reference day and text. The raw parse depends only on those; callers resolve it differently
 * (planned or not), so a caller that reads a sentence more than once keeps one of these for the report it reads. It
 * must not outlive the report: a memo across reports would skip chrono on every repeated sentence (a benchmark that
 * repeats its texts would then measure no chrono at all). */
export type ChronoParses = Map<string, chrono.ParsedResult[]>;

function parseDays(text: string, published: string | null, ref: Date | null, memo: ChronoParses | undefined): chrono.ParsedResult[] {
  const key = `${published}|${text}`;
  let results = memo?.get(key);
  if (!results) {
    try {
      // With no publication date chrono is still given a fixed instant, never the machine's clock: what it makes of
      // a relative phrase against that instant is thrown away by resolve(), only what the text itself fixes is kept.
      results = DAYS.parse(text, { instant: ref ?? NO_CLOCK, timezone: 'UTC' });
    } catch {
      results = [];
    }
    memo?.set(key, results);
  }
  return results;
}

/** Finds every date expression in `text` (a sentence) at absolute `offset`, resolved against `published`. */
export function findDates(text: string, offset: number, published: string | null, future = false, known: KnownYears = new Map(),
  parses?: ChronoParses): DateMention[] {
  // Most sentences name no date at all: none of the finders below could match one (chrono is the costliest).
  const forChrono = MAYBE_CHRONO_DATE.test(text);
  if (!forChrono && !mayHoldOtherDate(text)) return [];
  const ref = published ? parseIso(published) : null;
  const out: DateMention[] = [];
  const results = forChrono ? parseDays(text, published, ref, parses) : [];
  const relativeDays = [...text.matchAll(RELATIVE_DAY_RE)], relative = relativeDays.map((m) => [m.index!, m.index! + m[0].length]);
  const chains = mayChain(text);
  for (const r of results) {
    const start = r.index, end = r.index + r.text.replace(/[,\s]+$/, '').length;
    if (isFalseDate(text, start, end) || isBackground(text, start, end)) continue;
    if (relative.some(([a, b]) => start < b && a < end)) continue;
    const reporting = isReportingLead(text.slice(Math.max(0, start - 60), start));
    const told = SAME_DAY_AS_TELLING.test(text.slice(Math.max(0, start - 12), start));
    // "since October" counts from the past, even in a sentence about what is planned.
    const since = /\bsince\s+$/i.test(text.slice(Math.max(0, start - 7), start));
    const before = text.slice(Math.max(0, start - 30), start);
    const date = resolve(r, ref, ownTime(before) ?? (future && !reporting && !told && !since && !/^since\b/i.test(r.text)), known);
    if (!date) continue;
    // An open interval: the event began then and goes on; `value` is its start, `end` stays open.
    if (since) { date.type = 'range'; date.start = date.value; date.end = null; }
    const mention: DateMention = { span: [offset + start, offset + end], text: text.slice(start, end), date, since, reporting };
    const role = dateRole(text, start, end);
    if (role) mention.role = role;
    // "a day after May 7": that day, moved.
    const lead = chains ? CHAINED_LEAD.exec(text.slice(Math.max(0, start - 30), start)) : null;
    if (lead && date.granularity === 'day' && date.value) {
      date.value = shift(date.value, chainDays(lead));
      mention.span = [offset + start - lead[0].length, offset + end];
      mention.text = text.slice(start - lead[0].length, end);
    }
    out.push(mention);
  }
  // "a day after the truce": counted from the truce's day, which the caller finds; never from the publication date.
  for (const m of chains ? text.matchAll(CHAINED) : []) {
    const s = m.index!, e = s + m[0].trimEnd().length;
    if (out.some((d) => d.span[0] - offset < e && s < d.span[1] - offset)) continue;
    out.push({
      span: [offset + s, offset + e], text: text.slice(s, e), since: false, reporting: false, offsetDays: chainDays(m),
      date: { value: null, granularity: null, type: 'unresolved', text: text.slice(s, e) },
    });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const s = m.index! + m[0].indexOf(m[1]), e = s + 4;
    if (isBackground(text, m.index!, e)) continue;
    if (out.some((d) => d.span[0] - offset <= s && e <= d.span[1] - offset)) continue;
    const since = /^since/i.test(m[0]);
    const date: EventDate = { value: m[1], granularity: 'year', type: since ? 'range' : 'exact', text: m[1] };
    if (since) { date.start = m[1]; date.end = null; }
    const mention: DateMention = { span: [offset + s, offset + e], text: m[1], date, since, reporting: false };
    const role = dateRole(text, m.index!, e);
    if (role) mention.role = role;
    out.push(mention);
  }
  for (const m of relativeDays) {
    if (!published) continue;
    const s = m.index!, e = s + m[0].length;
    if (out.some((d) => d.span[0] - offset < e && s < d.span[1] - offset)) continue;
    // "earlier in the day" is the day of the event it is tied to; callers replace it when they know that event.
    const tied = /^(earlier|later)/i.test(m[0]) || /hours\s+\w+$/i.test(m[0]);
    const value = /yesterday/i.test(m[0]) ? shift(published, -1) : published;
    out.push({
      span: [offset + s, offset + e], text: m[0], since: false, reporting: isReportingLead(text.slice(Math.max(0, s - 60), s)),
      date: { value: tied ? null : value, granularity: tied ? null : 'day', type: tied ? 'unresolved' : 'exact', text: m[0] },
    });
  }
  return joinRanges(text, offset, out.sort((a, b) => a.span[0] - b.span[0]));
}

/** chrono reads "Mar" in Mar-a-Lago, "May" the verb, "March" the verb, and bare numbers as dates; drop those. */
function isFalseDate(text: string, start: number, end: number): boolean {
  const t = text.slice(start, end);
  if (/^[-‐–]/.test(text.slice(end, end + 1)) && /^[A-Za-z]+$/.test(t)) return true;      // Mar-a-Lago
  if (/^(may|march|sat|sun|wed)$/i.test(t) && !/\d/.test(text.slice(end, end + 6))) {
    // "May" / "March" alone is a month only after "in"/"on"/"since"/"last"/"next"/"early"/"late".
    if (!/\b(in|on|since|last|next|early|late|mid|until|by|from|of|for|before|after|during|through)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return true;
  }
  if (/^\d{1,4}$/.test(t)) return true;
  // "for five hours", "in 24 hours", "for a week": a length of time, not a date.
  const lead = text.slice(Math.max(0, start - 12), start);
  if (/^(?:(?:for|in|over|about|nearly|some|around|within)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few)\s+(?:hours?|minutes?|days?|weeks?|months?)$/i.test(t)) return true;
  if (/\b(?:for|within|lasted|lasting)\s+$/i.test(lead) && /^(?:a|an|\d+|\w+)\s+(?:hours?|minutes?|days?|weeks?)$/i.test(t)) return true;
  // "and now they are friends": the state of things, no day of an act; an undated act takes the report's day anyway.
  if (/^now$/i.test(t)) return true;
  if (/^(today|tonight|this\s+(morning|evening|afternoon))$/i.test(t)) return false;
  return false;
}

function resolve(r: chrono.ParsedResult, ref: Date | null, future: boolean, known: KnownYears): EventDate | null {
  const c = r.start;
  const text = r.text.replace(/[,\s]+$/, '');
  const has = (k: chrono.Component) => c.isCertain(k);
  // "at midnight", "at 1:00 pm": a time of day names no day of its own.
  if (TIME_ONLY.test(text)) return null;
  const week = WEEK_RE.exec(text);
  if (week && ref) {
    const shiftDays = /last|past/i.test(week[1]) ? -7 : /next|coming/i.test(week[1]) ? 7 : 0;
    return { value: shift(ref.toISOString().slice(0, 10), shiftDays).slice(0, 7), granularity: 'month', type: 'approximate', text };
  }
  // A relative phrase with no publication date to count from stays unresolved: never today, never a guess.
  if (!ref && isRelative(r)) return { value: null, granularity: null, type: 'unresolved', text };
  if (has('year') && has('month') && has('day')) {
    return { value: iso(c.get('year')!, c.get('month')!, c.get('day')!), granularity: 'day', type: 'exact', text };
  }
  if (!ref) {
    if (has('year') && has('month')) return { value: `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}`, granularity: 'month', type: 'exact', text };
    return { value: null, granularity: null, type: 'unresolved', text };
  }
  if (has('weekday') && !has('day')) {
    const relative = /\b(next|last|this|coming|past)\b/i.test(text);
    if (relative) return dayOf(c.date(), text, 'exact');
    return dayOf(weekdayNear(ref, c.get('weekday')!, future), text, 'exact');
  }
  if (has('month') && has('day')) {
    const y = known.get(`${c.get('month')}-${c.get('day')}`) ?? pickYear(ref, c.get('month')!, c.get('day')!, future);
    return { value: iso(y, c.get('month')!, c.get('day')!), granularity: 'day', type: 'exact', text };
  }
  if (has('month')) {
    const y = has('year') ? c.get('year')! : pickYear(ref, c.get('month')!, 1, future, true);
    return { value: `${y}-${String(c.get('month')).padStart(2, '0')}`, granularity: 'month', type: 'exact', text };
  }
  if (has('year')) return { value: String(c.get('year')), granularity: 'year', type: 'approximate', text };
  // Relative expressions chrono resolved itself ("next week", "two days ago", "this month").
  const d = c.date();
  if (/\b(week|month)\b/i.test(text)) {
    // "next week" names no day; its month is what a reader can rely on.
    return { value: d.toISOString().slice(0, 7), granularity: 'month', type: 'approximate', text };
  }
  if (/\byears?\b/i.test(text)) return { value: String(d.getUTCFullYear()), granularity: 'year', type: 'approximate', text };
  return dayOf(d, text, 'exact');
}
