// Who takes part in an event: entity mentions around the trigger, grouped by coordination ("Trump and Putin"),
// limited to the clause that holds the trigger. Places and mentions used as a location ("in Moscow") are not parties.
import type { EntityIndex, Mention } from '../context.js';
import type { Span } from '../record.js';
import { clauseStart } from '../modality/classify.js';
import type { SentenceSyntax } from '../syntax/types.js';

const MODIFIER_AFTER = /^[-\s]+(?:war|conflict|crisis|peace|ceasefire|truce|talks|front|issue|question|settlement|plan|deal|summit|negotiations|file|policy|envoy)\b/i;
// "-Rwanda", "-Israeli-Syrian": the other names of a hyphenated pair after the first.
const PAIRED_NAME = /^(?:[-–][\p{Lu}][\p{L}.’']*)+/u;
const PARTY_KINDS = new Set(['person', 'state', 'organization', 'group']);
// Words that may stand between two members of one group: "Trump and Putin", "Macron, Starmer and Merz".
// Titles may follow the joiner: "Zelenskyy and Russian President Putin", "Witkoff and his son-in-law Kushner".
const TITLE_WORD = String.raw`(?:[A-Z][\w.’'-]*|the|his|her|their|its|of|for|former|acting|then|incoming|outgoing|son-in-law|envoy|special|senior|top|chief|adviser|advisor|aide|minister|foreign|defen[cs]e|secretary|state|president|prime|deputy|negotiator|counterpart|leader|commander|general|spokes(?:man|woman|person))`;
const JOINER = new RegExp(String.raw`^(?:\s*(?:,|and|&|as\s+well\s+as|along\s+with|together\s+with|or|both)\s*)+(?:${TITLE_WORD}\s+){0,4}$`);
const LOCATION_BEFORE = /\b(?:in|at|near|inside|outside|across|throughout|toward|towards|into)\s+(?:the\s+)?$/i;

export interface Group { mentions: Mention[]; span: Span }

export function partyMentions(index: EntityIndex, text: string, start: number, end: number, quotes: Span[], trigger: Span): Mention[] {
  // Inside a quotation the speaker's words are the world; outside it, the quoted words are not.
  const own = quotes.find(([a, b]) => trigger[0] >= a && trigger[1] <= b);
  return index.mentionsIn(start, end).filter((m) => {
    const e = index.byId(m.entity);
    if (!e || !PARTY_KINDS.has(e.kind)) return false;
    // "the Ukraine war", "Gaza ceasefire talks": a name that modifies a noun names a topic, not a party.
    // "the DRC-Rwanda peace agreement", "US-Ukraine talks": the first of a hyphenated pair modifies the noun too.
    if (e.kind !== 'person' && MODIFIER_AFTER.test(text.slice(m.span[1], m.span[1] + 60).replace(PAIRED_NAME, '').slice(0, 24))) return false;
    if (e.kind === 'state' && LOCATION_BEFORE.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0]))) return false;
    if (own) return m.span[0] >= own[0] && m.span[1] <= own[1];
    return !quotes.some(([a, b]) => m.span[0] >= a && m.span[1] <= b);
  });
}

const PREPOSITION = /\b(?:from|with|to|of|by|for|on|against|about|in|at|into|between|among|toward|towards|than|including|like|over|via|under|after|before|during|without)\s+(?:the\s+|a\s+|an\s+)?$/i;
// Titles before a name ("Russian President", "Secretary of State", "his son-in-law") are skipped to find the word
// that governs the whole phrase; "of" only counts inside a capitalised title.
const TRAILING_TITLES = /(?:(?:[A-Z][\w.’'-]*\s+of\s+)|(?:[A-Z][\w.’'-]*|his|her|their|its|former|acting|incoming|outgoing|son-in-law|envoy|special|senior|top|chief|adviser|advisor|aide|minister|foreign|defen[cs]e|secretary|president|prime|deputy|negotiator|counterpart|leader|commander|general|spokes(?:man|woman|person))\s+)+$/;

/** A mention that is the object of a preposition ("from Russian President Putin") is not a clause's subject. */
function prepositional(text: string, m: Mention): boolean {
  const window = text.slice(Math.max(0, m.span[0] - 60), m.span[0]);
  // Only the words of this clause count: stop at the last sentence or clause punctuation.
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('\n'), window.lastIndexOf('—'));
  const before = (' ' + window.slice(cut + 1)).replace(TRAILING_TITLES, '');
  return PREPOSITION.test(before);
}

/** The subject group before `at`: the nearest mention that is not a prepositional object, extended over joiners. */
export function groupBefore(text: string, ms: Mention[], at: number, maxGap = 160, subjectOnly = true): Group | null {
  const before = ms.filter((m) => m.span[1] <= at);
  if (!before.length) return null;
  let i = before.length - 1;
  while (subjectOnly && i >= 0 && prepositional(text, before[i])) i--;
  if (i < 0 || at - before[i].span[1] > maxGap) return null;
  const out = [before[i]];
  while (i > 0 && JOINER.test(text.slice(before[i - 1].span[1], before[i].span[0])) ) {
    i--; out.unshift(before[i]);
  }
  return { mentions: out, span: [out[0].span[0], out[out.length - 1].span[1]] };
}

// Between a verb and its object only titles and capitalised words may stand ("welcomed Ukrainian President X").
const TITLE_GAP = /^[\s\[]*(?:(?:the|his|her|their|its|[A-Z][\w.’'-]*|of|and|former|acting|president|prime|minister|foreign|defen[cs]e|secretary|envoy|special|senior|chief|aide|adviser|leader|counterpart|negotiator)[\s\]]*)*$/;

/** The group of mentions that starts closest after `at`, extended forwards over joiners. */
const TOPIC_BEFORE = /\b(?:on|about|over|regarding|concerning|to\s+end|to\s+resolve|in)\s+(?:the\s+)?$/i;

/** Plural titles that stand between a party and the people it sends ("US envoys Witkoff and Kushner"). */
const GROUP_TITLES = new Set(['envoys', 'negotiators', 'officials', 'delegates', 'representatives', 'ministers', 'advisers', 'advisors',
  'mediators', 'emissaries', 'aides', 'diplomats']);
/** Words that may qualify such a title ("special envoys", "two negotiators"). */
const TITLE_QUALIFIERS = new Set(['special', 'top', 'senior', 'peace', 'chief', 'lead', 'two', 'three']);

/** Whether mention `b` follows mention `a` in one noun phrase with only a plural title between them: "Chinese envoys Li
 * Wei" names Li Wei, and China only as the party the title gives. Read from the syntax layer's chunks. */
export type TitledPair = (a: Mention, b: Mention) => boolean;

export function titledPairs(x: SentenceSyntax): TitledPair {
  return (a, b) => {
    const last = x.tokens.findIndex((t) => t.end >= a.span[1]);
    const first = x.tokens.findIndex((t) => t.start >= b.span[0]);
    if (last < 0 || first <= last + 1 || x.chunkOf[last] < 0 || x.chunkOf[last] !== x.chunkOf[first]) return false;
    const between = x.tokens.slice(last + 1, first);
    const title = between[between.length - 1];
    return GROUP_TITLES.has(title.lower) && between.slice(0, -1).every((t) => TITLE_QUALIFIERS.has(t.lower)) && between.length <= 2;
  };
}

export function groupAfter(text: string, ms: Mention[], at: number, maxGap = 80, direct = false, topicsAreParties = true,
  titled: TitledPair = () => false): Group | null {
  // "talks on Ukraine", "a summit about Gaza": what a meeting is about is not who meets.
  const after = ms.filter((m) => m.span[0] >= at && (topicsAreParties || !TOPIC_BEFORE.test(text.slice(Math.max(at, m.span[0] - 20), m.span[0]))));
  if (!after.length) return null;
  if (after[0].span[0] - at > maxGap) return null;
  if (direct && !TITLE_GAP.test(text.slice(at, after[0].span[0]))) return null;
  const out = [after[0]];
  let i = 0;
  while (i + 1 < after.length) {
    const gap = text.slice(after[i].span[1], after[i + 1].span[0]);
    if (titled(after[i], after[i + 1])) out.pop();
    else if (!JOINER.test(gap)) break;
    i++; out.push(after[i]);
  }
  return { mentions: out, span: [out[0].span[0], out[out.length - 1].span[1]] };
}

export function ids(ms: Mention[] | undefined): string[] {
  return [...new Set((ms ?? []).map((m) => m.entity))];
}

/** The mention that owns the noun at `at` ("Ukraine's alleged attack", "Kiev's strike"), if one does. */
export function possessorOf(text: string, ms: Mention[], at: number): Group | null {
  const before = ms.filter((m) => m.span[1] <= at);
  const m = before[before.length - 1];
  if (!m || !/^[’']s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(m.span[1], at))) return null;
  return { mentions: [m], span: m.span };
}

/** The clause's first subject group before `at` (the subject of its first verb), for coordinated verbs. */
export function firstGroup(text: string, ms: Mention[], at: number): Group | null {
  const first = ms.find((m) => m.span[1] <= at && !prepositional(text, m));
  return first ? groupAfter(text, ms, first.span[0], 0) : null;
}

/** "The Nordic countries (Norway, Sweden and Finland) held a meeting": a clause that starts right after a bracketed list
 * of members starts where the group phrase the list spells out does, so the listed members are its subject. The list is
 * read from the syntax layer: inside the brackets only noun phrases, commas and one "and". `offset` is the sentence's
 * start in the text the tokens index. */
export function clauseStartOverList(sentence: string, at: number, x: SentenceSyntax, offset: number): number {
  const start = clauseStart(sentence, at);
  let k = -1;
  for (let i = 0; i < x.tokens.length && x.tokens[i].end <= offset + start; i++) k = i;
  if (k < 0 || x.tokens[k].lower !== ')') return start;
  let joined = false;
  for (let j = k - 1; j >= 0; j--) {
    const t = x.tokens[j];
    if (t.lower === '(') return joined && j < k - 1 ? clauseStart(sentence, t.start - offset) : start;
    if (t.lower === 'and' || t.lower === '&') joined = true;
    else if (t.lower !== ',' && x.chunkOf[j] < 0) return start;
  }
  return start;
}
