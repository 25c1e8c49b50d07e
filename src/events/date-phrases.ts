// Which date phrase of a sentence may date a trigger, read on the text around it (./date.ts picks among them): a date
// that ends a verb joined by "and" before the trigger, one inside a relative clause before it, one before the
// infinitive of a planned act, and a date whose phrase role (../dates/background.ts) ties it to another noun.
import type { DateMention } from '../dates/resolve.js';
import { ATTRIBUTIVE_REACH, SUPERLATIVES } from '../dates/background.js';

// "met X on Monday and called on Y on Tuesday": "and" (maybe an adverb) right before the trigger joins a second verb.
const JOINED_VERB_GAP = /^[\s,]*(?:and|but)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** Does the date `d` end the verb phrase before an "and" that joins the trigger's verb? Then it is that phrase's date,
 * and the trigger's own date after it, if any, dates it. */
export function endsJoinedVerb(text: string, d: DateMention, at: number): boolean {
  return d.span[1] <= at && JOINED_VERB_GAP.test(text.slice(d.span[1], at));
}

// "Zelenskyy, who met Sandu in Kyiv last month, has offered ...": a relative clause set off by commas, closed before the
// trigger; its date is of the act it tells, not of the main clause's.
const OPEN_RELATIVE = /,\s+(?:who|which|whose)\s[^,;.:()]*$/;
const RELATIVE_REACH = 120;

export function inRelativeBefore(text: string, d: DateMention, at: number): boolean {
  if (d.span[1] > at || !text.slice(d.span[1], at).includes(',')) return false;
  return OPEN_RELATIVE.test(text.slice(Math.max(0, d.span[0] - RELATIVE_REACH), d.span[0]));
}

// "agreed on Tuesday to reopen the border": the date right before "to" and the trigger dates the verb the goal hangs on.
// "sent envoys to Moscow next week to meet Putin": a date that names the future itself dates the planned act too.
const BEFORE_INFINITIVE = /^[\s,]*to\s+$/;
const NAMED_FUTURE = /\b(?:next|coming|upcoming|later|following)\b/i;

/** Does the date `d` date the verb whose infinitive the planned act at `at` is, not the act itself? */
export function datesGoverningVerb(text: string, d: DateMention, at: number): boolean {
  return d.span[1] <= at && BEFORE_INFINITIVE.test(text.slice(d.span[1], at)) && !NAMED_FUTURE.test(d.text);
}

/** May the date `d` date the trigger at `at`, given the phrase it sits in (../dates/background.ts)? */
export function datesTrigger(text: string, d: DateMention, at: number): boolean {
  if (d.role === 'dateline') return false;
  if (d.role === 'attributive') return at >= d.span[0] && at <= nounPhraseEnd(text, d.span[1]);
  // "the first meeting since October, when Trump declined …": the baseline dates the when-clause, and the noun
  // compared, which names the last such event before this one ("their first encounter since October").
  if (d.role === 'baseline') return comparedNoun(text, d, at) || (at > d.span[1] && /^[^.;]*?,\s*when\b/i.test(text.slice(d.span[1], at)));
  return true;
}

const COMPARED_AFTER = /^[^.;:,!?]{0,60}?(?:\bsince\s+)?$/i;
const COMPARED_BEFORE = new RegExp(`\\b(?:${SUPERLATIVES})\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu');

/** A trigger that holds the comparison itself: "their first in-person meeting" (since X). */
const COMPARED_WITHIN = new RegExp(`^(?:their|the|his|her|its)\\s+(?:${SUPERLATIVES})\\b`, 'iu');

/** Is the trigger at `at` the noun a "first ... since X" comparison is about, before its baseline `d`? */
function comparedNoun(text: string, d: DateMention, at: number): boolean {
  if (at >= d.span[0]) return false;
  const word = /^[\p{L}-]+/u.exec(text.slice(at))?.[0] ?? '';
  const within = COMPARED_WITHIN.test(text.slice(at, d.span[0]));
  return COMPARED_AFTER.test(text.slice(at + word.length, d.span[0])) && (within || COMPARED_BEFORE.test(text.slice(Math.max(0, at - 60), at)));
}

// What ends the noun a date modifies ("the May 7 strikes on ..."): a comma, a conjunction, a preposition, a verb cue.
const NOUN_PHRASE_END = /[,.;:()]|\s(?:and|or|but|to|that|which|who|with|in|on|at|for|of|by|from|was|were|is|are|had|has)\s/;

export function nounPhraseEnd(text: string, from: number): number {
  const tail = text.slice(from, from + ATTRIBUTIVE_REACH);
  const stop = tail.search(NOUN_PHRASE_END);
  return from + (stop < 0 ? tail.length : stop);
}
