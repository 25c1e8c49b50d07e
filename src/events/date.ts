// The date of an event: the date expression of its own clause nearest the trigger (after it first), else one in an
// earlier clause of its sentence, resolved by ../dates/resolve.ts. A date after the trigger in a later clause ("met
// Putin in the Kremlin, where Moscow launched its invasion in 2022") belongs to that clause. "earlier in the day"
// takes the date of the meeting it is tied to; a sentence with no date takes the tied meeting's date, else the
// report's day as an inferred stand-in that ./main-date.ts replaces or drops.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { EventDate } from '../record.js';
import { findDates, type ChronoParses, type DateMention } from '../dates/resolve.js';
import { knownYears, shift as shiftDay, weekdayNear, type KnownYears } from '../dates/calendar.js';
import { inOtherPhrase } from '../dates/background.js';
import { MEETING_NOUNS } from '../dates/same-day.js';
import { followUpDay } from '../dates/follow-up.js';
import { countedBack } from '../dates/chain.js';
import { onWritingDay } from '../dates/writing-day.js';
import { clauseEndAt, clauseStart } from '../modality/classify.js';
import { datesGoverningVerb, datesTrigger, endsJoinedVerb, inRelativeBefore, nounPhraseEnd } from './date-phrases.js';
import { reportingAlternation } from '../words/reporting.js';
import { WEEKDAYS } from '../words/time.js';

// chrono is the costliest step per event; a sentence with several triggers is parsed once per reading.
const cache = new WeakMap<Sentence, Map<string, DateMention[]>>();
const years = new WeakMap<DocContext, KnownYears>();
// A sentence read both as planned and as past is parsed by chrono once (per report: see ChronoParses).
const parses = new WeakMap<DocContext, ChronoParses>();

function datesOf(ctx: DocContext, s: Sentence, sentence: string, future: boolean) {
  let bySentence = cache.get(s);
  if (!bySentence) cache.set(s, (bySentence = new Map()));
  const key = `${future}|${ctx.published}`;
  let found = bySentence.get(key);
  if (!found) {
    let known = years.get(ctx);
    if (!known) years.set(ctx, (known = knownYears(ctx.text)));
    let parsed = parses.get(ctx);
    if (!parsed) parses.set(ctx, (parsed = new Map()));
    bySentence.set(key, (found = findDates(sentence, s.start, ctx.published, future, known, parsed)));
  }
  return found;
}

const WEEKDAY = /\b(?:(next|coming|this|last)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?![’']s)/gi;
const REPORTED_ON = new RegExp(`\\b(?:${reportingAlternation({ classes: ['say'], clause: true })})\\s+(?:\\w+\\s+)?(?:on\\s+)?$`, 'i');
const reportDays = new WeakMap<DocContext, EventDate | null>();

/**
 * The day the report is about, standing in for an undated event until ./main-date.ts knows the main day of its
 * dated events: the weekday the text names most often (the latest on a tie; not "next Monday", not "Sunday's",
 * not the day someone "said" something), else the publication day.
 */
export function reportDay(text: string, published: string | null): EventDate | null {
  if (!published) return null;
  const ref = new Date(`${published}T12:00:00Z`);
  const votes = new Map<string, number>();
  for (const m of text.matchAll(WEEKDAY)) {
    if (m[1] || REPORTED_ON.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const day = weekdayNear(ref, WEEKDAYS.indexOf(m[2].toLowerCase()), false).toISOString().slice(0, 10);
    votes.set(day, (votes.get(day) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]?.[0];
  return { value: best ?? published, granularity: 'day', type: 'approximate', text: '', inferred: true };
}

function reportDayOf(ctx: DocContext): EventDate | null {
  if (!reportDays.has(ctx)) reportDays.set(ctx, reportDay(ctx.text, ctx.published));
  return reportDays.get(ctx) ?? null;
}

const TIME_OF_DAY = /\bat\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)(?:\s+(?:ET|EST|EDT|PT|CET|GMT|UTC|local\s+time)\b)?/i;
// Words that put a sentence in the future; without one, a "planned" act's weekday is read as past.
const FUTURE_WORDS = /\b(?:will|would|shall|won['’]t|[a-z]+['’]ll|set\s+to|plans?|planned|planning|expected|expects?|scheduled|due|going\s+to|next|upcoming|coming|intends?|aims?|hopes?|seeks?|wants?|ready|prepared|proposed|propose[sd]?|offered|agreed\s+to|to\s+(?:meet|hold|sign|host|visit|travel|resume|convene|attend|discuss|begin|start|continue))\b/i;

// "got both ministers to sign in June", "managed to meet on Friday": an infinitive an implicative past verb made happen.
const DONE_INFINITIVE = /\b(?:got|managed|helped|persuaded|convinced|forced|enabled|allowed)\s+(?:[\p{L}'’-]+\s+){0,5}?to\s+[\p{L}]+/giu;

// "agreed at the time", "the same day": the date the sentence before gave.
const THEN = /\b(?:at\s+the\s+time|at\s+that\s+time|that\s+same\s+day|the\s+same\s+day|on\s+that\s+day)\b/i;

/** The last date the previous sentence gives, for a clause that points back at it ("at the time"). */
function previousDate(ctx: DocContext, s: Sentence, future: boolean): EventDate | null {
  const prev = ctx.analysis?.sentences?.[s.index - 1];
  if (!prev) return null;
  const dates = datesOf(ctx, prev, ctx.text.slice(prev.start, prev.end), future).filter((d) => !d.reporting && d.date.value);
  return dates.length ? dates[dates.length - 1].date : null;
}

// A trigger that a token rule and a pattern both find is dated twice with the same inputs: the second time is read back.
const attached = new WeakMap<Sentence, Map<string, { ctx: DocContext; tiedTo: EventDate | null; date: EventDate | null }>>();

export function attachDate(ctx: DocContext, s: Sentence, sentence: string, ts: number, future: boolean, tiedTo: EventDate | null): EventDate | null {
  let bySentence = attached.get(s);
  if (!bySentence) attached.set(s, (bySentence = new Map()));
  const key = `${ts}|${future}`;
  const hit = bySentence.get(key);
  if (hit && hit.ctx === ctx && hit.tiedTo === tiedTo) return hit.date;
  const date = dateOf(ctx, s, sentence, ts, future, tiedTo);
  bySentence.set(key, { ctx, tiedTo, date });
  return date;
}

function dateOf(ctx: DocContext, s: Sentence, sentence: string, ts: number, future: boolean, tiedTo: EventDate | null): EventDate | null {
  // The date of the event before carries over only as a day: "the invasion in 2022" does not date what comes next.
  const tied = tiedTo?.granularity === 'day' || tiedTo?.type === 'unresolved' ? tiedTo : null;
  // A planned event may share the day of an upcoming meeting, never a day before the report.
  const fallback = future ? (tied?.value && ctx.published && tied.value >= ctx.published ? tied : null) : tied ?? reportDayOf(ctx);
  // A planned event is not dated by the day someone spoke of it ("said on Friday he would go"). Its weekday is the
  // next one only when the sentence speaks of the future: "initialed a treaty during talks hosted on Friday" is past.
  const ahead = future && FUTURE_WORDS.test(sentence.replace(DONE_INFINITIVE, ''));
  const dates = datesOf(ctx, s, sentence, ahead).filter((d) => !(future && d.reporting));
  const at = s.start + ts;
  const cs = clauseStart(sentence, ts), ce = clauseEndAt(sentence, ts);
  if (THEN.test(sentence.slice(cs, ce))) {
    const then = previousDate(ctx, s, future);
    if (then) return then;
  }
  const from = s.start + cs, to = s.start + ce;
  // Nearest by distance, with dates after the trigger slightly preferred ("met ... on Sunday"); dates of the
  // trigger's own clause first, then earlier ones; never a later clause's.
  // "set to meet at 1:00 PM ET": a clock time with no day named is on the report's day, planned or not.
  // (The clause may end inside "1:00", at its colon.)
  const clock = !dates.some((d) => d.date.value) && ctx.published ? TIME_OF_DAY.exec(sentence.slice(cs)) : null;
  if (clock && clock.index <= ce - cs) return { value: ctx.published, granularity: 'day', type: 'approximate', text: clock[0] };
  if (!dates.length) return sameEventDate(ctx, s, sentence.slice(0, ce), future, fallback) ?? earlierThatDay(sentence, future, fallback)
    ?? (future ? null : followUp(ctx, s, sentence.slice(ts))) ?? fallback;
  const before = countedBack(sentence, ts, dates, s.start);
  if (before) return before;
  let best: DateMention | null = null, bestD = Infinity;
  for (const d of dates) {
    if (d.span[0] >= to || !datesTrigger(ctx.text, d, at) || (future && datesGoverningVerb(ctx.text, d, at)) || inRelativeBefore(ctx.text, d, at)) continue;
    const dist = (d.span[0] >= at ? d.span[0] - at : (at - d.span[1]) * 1.5) + (d.span[1] <= from ? 10_000 : 0)
      + (inOtherPhrase(ctx.text, d, at) ? 20_000 : 0) + (endsJoinedVerb(ctx.text, d, at) ? 5_000 : 0);
    if (dist < bestD) { best = d; bestD = dist; }
  }
  if (!best) return sameEventDate(ctx, s, sentence.slice(0, ce), future, fallback) ?? fallback;
  // "As reported by X today, ..., they took the city on Sunday": the source's day yields to the act's own day.
  if (best.reporting && best.span[1] <= from) best = dates.find((d) => d.span[0] > at && !d.reporting && !d.role && d.date.granularity === 'day' && d.offsetDays === undefined) ?? best;
  if (best.offsetDays !== undefined) return chained(ctx, s, best);
  // The compared noun of "first ... since X" happened at X: a point in time, not the open interval "since" gives.
  if (best.role === 'baseline' && best.span[0] > at) return { value: best.date.value, granularity: best.date.granularity, type: 'approximate', text: best.text };
  if (best.date.type === 'unresolved' && /^(earlier|later)/i.test(best.text)) return tied ?? null;
  // "a barrage just hours earlier": within the day of the news, the meeting's day the report is about.
  if (best.date.type === 'unresolved' && HOURS_AWAY.test(best.text)) return sameDay(tied?.value ? tied : reportDayOf(ctx), best.text);
  return future ? onWritingDay(best.date, ctx, ctx.text, ctx.published) : best.date;
}

/** The day the next sentence gives the act at `rest` (the sentence from the trigger on) by naming it again. */
function followUp(ctx: DocContext, s: Sentence, rest: string): EventDate | null {
  const next = ctx.analysis?.sentences?.[s.index + 1];
  const word = /^[\p{L}]+/u.exec(rest)?.[0] ?? '';
  if (!next || !word) return null;
  const text = ctx.text.slice(next.start, next.end);
  return followUpDay(text, next.start, word, () => datesOf(ctx, next, text, false))?.date ?? null;
}

// "a day after the truce": the head noun of the phrase the offset counts from.
const ANCHOR = /^\s*(?:the|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}][\p{L}-]{3,})/u;
/** How many sentences back the anchor event of "a day after X" is looked for. */
const ANCHOR_SENTENCES = 12;

/** "a day after the truce took effect": the truce's day (the last day-date given in a sentence naming it), shifted. */
function chained(ctx: DocContext, s: Sentence, d: DateMention): EventDate | null {
  const head = ANCHOR.exec(ctx.text.slice(d.span[1], d.span[1] + 60))?.[1];
  const sentences = ctx.analysis?.sentences ?? [];
  if (!head) return null;
  const word = new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}`, 'iu');
  for (let i = s.index; i >= Math.max(0, s.index - ANCHOR_SENTENCES); i--) {
    const t = sentences[i];
    const sentence = ctx.text.slice(t.start, i === s.index ? d.span[0] : t.end);
    if (!word.test(sentence)) continue;
    const day = datesOf(ctx, t, ctx.text.slice(t.start, t.end), false)
      .filter((x) => x.span[1] <= (i === s.index ? d.span[0] : t.end) && x.date.granularity === 'day' && x.date.value && !x.role && x.offsetDays === undefined)
      .pop();
    if (day) return { value: shiftDay(day.date.value!, d.offsetDays!), granularity: 'day', type: 'exact', text: d.text };
  }
  return null;
}

const HOURS_AWAY = /\bhours\s+(?:earlier|before|later)$/i;

/** `day`'s value as a stated, approximate date with the words that tie the event to it. */
function sameDay(day: EventDate | null, text: string): EventDate | null {
  return day?.value ? { value: day.value, granularity: 'day', type: 'approximate', text } : null;
}

// "Earlier, troops fired on a crowd": a sentence opening with a bare "Earlier," tells of the same day as the news.
const EARLIER = /^\s*(?:Earlier|Earlier\s+in\s+the\s+day|Hours\s+earlier),/;

/** The stand-in day, no longer inferred, for a sentence that places itself earlier on the day of the news: even
 * fighting, which is otherwise left undated as likely history, is dated by it. */
function earlierThatDay(sentence: string, future: boolean, fallback: EventDate | null): EventDate | null {
  if (future || !fallback?.value || !EARLIER.test(sentence)) return null;
  return { value: fallback.value, granularity: 'day', type: 'approximate', text: sentence.match(EARLIER)![0].trim().replace(/,$/, '') };
}

// "in his statement on the call": a definite event noun points back at the event of that name the report dated
// before in the noun phrase itself ("their Dec. 29 call"); a date elsewhere in that sentence may be of another part.
const DEFINITE_EVENT = new RegExp(`\\b(?:the|that|this|their|its|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${MEETING_NOUNS})\\b`, 'iu');
/** How many sentences back the dated mention of a definite event noun is looked for. */
const SAME_EVENT_SENTENCES = 8;

/** The day of the event a definite noun in `lead` refers back to, when the stand-in date is only inferred. */
function sameEventDate(ctx: DocContext, s: Sentence, lead: string, future: boolean, fallback: EventDate | null): EventDate | null {
  if (fallback && !fallback.inferred) return null;
  const noun = DEFINITE_EVENT.exec(lead)?.[1];
  const sentences = ctx.analysis?.sentences ?? [];
  if (!noun) return null;
  const word = new RegExp(`\\b${noun}\\b`, 'i');
  for (let i = s.index - 1; i >= Math.max(0, s.index - SAME_EVENT_SENTENCES); i--) {
    const t = sentences[i];
    const text = ctx.text.slice(t.start, t.end);
    if (!word.test(text)) continue;
    const day = datesOf(ctx, t, text, false)
      .filter((x) => x.role === 'attributive' && x.date.granularity === 'day' && x.date.value && x.offsetDays === undefined && word.test(ctx.text.slice(x.span[1], nounPhraseEnd(ctx.text, x.span[1]))))
      .pop();
    if (!day) continue;
    if (future && ctx.published && day.date.value! < ctx.published) return null;
    return day.date;
  }
  return null;
}

