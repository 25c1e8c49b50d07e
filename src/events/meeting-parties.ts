// Who held a meeting told as a noun when no phrase of its own (possessor, "with", "between", light verb) names anyone:
// a participle after it ("a meeting attended by X", "talks involving X", "a summit hosted by X"), a "between" phrase
// that hangs on its venue ("discussions in Moscow between X and Y"), "their" after two named people, or the subject
// of the clause that tells it as held at a venue ("during talks in Geneva", "negotiations held Sunday"). Read from
// the syntax layer's chunks and verb groups only.
import type { Span } from '../record.js';
import type { Chunk, SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { withRoles, type RoleOptions } from './role-options.js';
import { hanging, nested } from './role-index.js';
import { chunkParties } from './phrase-parties.js';
import { verbRoles } from './verb-roles.js';

/** Participles whose by-agent or object are the meeting's parties: "attended by", "involving", "hosted by". */
const NAMING_PARTICIPLES = new Set(['attend', 'involve', 'host', 'feature', 'bring', 'gather', 'chair', 'convene', 'include', 'join']);
/** Participles that tell the meeting as having happened, with no party of their own: "held Sunday", "took place". */
const HAPPENED = new Set(['hold', 'take']);
/** Prepositions that place the meeting in time around its clause ("during a summit in X"). */
const TIME_PREPS = new Set(['during', 'at']);
/** Nouns for a moment of a meeting: "at the start of the talks", "on the sidelines of the summit". */
const MOMENTS = new Set(['start', 'end', 'opening', 'close', 'conclusion', 'outset', 'beginning', 'sidelines', 'margins', 'eve', 'launch']);

/** "shook hands at the start of the talks", "met on the sidelines of the summit": the meeting noun is the "of" phrase
 * of a moment that places the clause in time, so the clause's subject took part. */
function atMomentOf(x: SentenceSyntax, c: Chunk): boolean {
  if (c.prep !== 'of' || c.attachedTo?.kind !== 'chunk') return false;
  const moment = x.chunks[c.attachedTo.index];
  return MOMENTS.has(x.tokens[moment.head].lower) && moment.prep !== null && (TIME_PREPS.has(moment.prep) || moment.prep === 'on');
}
/** How far after the noun (its venue and date between) a participle still describes it. */
const PARTICIPLE_REACH = 8;

export interface MeetingParties {
  actor: string[];
  how: string;
  /** A past participle tells the meeting as held ("a summit hosted by X"): a goal clause around it does not make it
   * future. */
  told: boolean;
}

/** The verb group right after the meeting noun (only its own venue or date phrases between), if any. */
function participleAfter(x: SentenceSyntax, c: Chunk): VerbGroup | null {
  for (let k = c.end; k < x.tokens.length && k <= c.end + PARTICIPLE_REACH; k++) {
    if (x.verbOf[k] >= 0) {
      const v = x.verbs[x.verbOf[k]];
      // Only a bare participle ("attended by"), not a finite verb ("was attended by", read by its own rule).
      return v.start === v.head && v.modal === null && !v.negated ? v : null;
    }
    if (x.tokens[k].pos === 'PUNCT') return null;
  }
  return null;
}

/** Verbs whose object meeting is only spoken of, not held by their subject ("announced meetings in X"). */
const SPOKEN_OF = new Set(['announce', 'say', 'plan', 'propose', 'expect', 'invite', 'call', 'seek', 'want', 'hope', 'describe', 'welcome']);

/** The subject parties of the verb the meeting noun is the object or phrase of ("X opened a summit in Y", "X spoke
 * during talks in Y"); with `anyBefore`, of the nearest verb before it whose subject names a party. */
function clauseSubject(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span, anyBefore: boolean): string[] {
  for (let i = x.verbs.length - 1; i >= 0; i--) {
    const v = x.verbs[i];
    if (v.start >= c.start || v.subject === null) continue;
    // "pledged guarantees for X during a summit in Paris": a time phrase qualifies its clause's verb wherever it hangs.
    const during = c.prep !== null && (TIME_PREPS.has(c.prep) || atMomentOf(x, c)) && x.clauseOf[v.head] === x.clauseOf[c.start];
    const holds = during || v.object === c.index || (c.attachedTo?.kind === 'verb' && c.attachedTo.index === v.index);
    if (!anyBefore && (!holds || SPOKEN_OF.has(x.tokens[v.head].lemma))) continue;
    const actor = verbRoles(x, v, withRoles(o, 'svo'), trigger).actor;
    if (actor.length) return actor;
  }
  return [];
}

/** "at the venue" / "in Geneva": the noun has a place or state phrase of its own. */
function hasVenue(x: SentenceSyntax, c: Chunk): boolean {
  return hanging(x, 'chunk', c.index, ['in', 'at']).some((ch) => {
    const kind = x.tokens[ch.head].entityKind;
    return kind === 'place' || kind === 'state';
  });
}

export function meetingNounParties(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span): MeetingParties | null {
  const parties = (chs: Chunk[]) => [...new Set(chs.flatMap((ch) => chunkParties(x, ch, o, trigger)))];
  const between = parties(nested(x, 'chunk', c.index, ['between', 'among']));
  if (between.length) return { actor: between, how: 'between (on its venue)', told: false };
  // "a visit to Tehran by the agency's chief": a by-agent after the meeting's place is its doer.
  const by = parties(nested(x, 'chunk', c.index, ['by']));
  if (by.length) return { actor: by, how: 'by-phrase (after its place)', told: false };
  // "Talks between X and Y ran late, with more talks planned": a meeting told in a "with" phrase of a
  // clause whose subject is a meeting between parties continues that meeting, among the same parties.
  const host = c.prep === 'with' && c.attachedTo?.kind === 'verb' ? x.verbs[c.attachedTo.index] : null;
  if (host && host.subject !== null) {
    const subject = host.subject;
    const sequel = parties([...hanging(x, 'chunk', subject, ['between', 'among']), ...nested(x, 'chunk', subject, ['between', 'among'])]);
    if (sequel.length) return { actor: sequel, how: 'between (of the meeting it continues)', told: false };
  }
  // "without an expected working lunch involving X": a meeting that did not happen is read by its own phrase.
  if (c.prep === 'without' || x.tokens.slice(Math.max(0, c.start - 3), c.start).some((t) => t.lower === 'without')) return null;
  const v = participleAfter(x, c);
  const lemma = v ? x.tokens[v.head].lemma : '';
  if (v && NAMING_PARTICIPLES.has(lemma)) {
    const named = parties([...(v.agent !== null ? [x.chunks[v.agent]] : []), ...hanging(x, 'verb', v.index, ['by', 'with']),
      ...(v.object !== null && !v.passive ? [x.chunks[v.object]] : [])]);
    if (named.length) {
      // "agreed to end the dispute after talks hosted by Turkey": the two who act after the talks held them too.
      const sides = jointSubjectAfter(x, c, o, trigger);
      return { actor: [...new Set([...sides, ...named])], how: `participle (${lemma})`, told: v!.tense === 'past' };
    }
  }
  // "their meeting with X" names its other side: "their" may then be one side only ("Trump and his team").
  const own = ['with', 'between'].includes(x.tokens[c.end]?.lower ?? '');
  if (x.tokens[c.start].lower === 'their' && !own) {
    const people = new Set<string>();
    for (let k = 0; k < c.start; k++) if (x.tokens[k].entityKind === 'person' && x.tokens[k].entity) people.add(x.tokens[k].entity!);
    if (people.size >= 2) return { actor: [...people], how: 'their (people named before)', told: false };
  }
  const happened = v !== null && HAPPENED.has(lemma);
  if (happened || hasVenue(x, c) || atMomentOf(x, c)) {
    const actor = clauseSubject(x, c, o, trigger, happened);
    if (actor.length) return { actor, how: 'subject of the clause that tells it held', told: happened && v!.tense === 'past' };
  }
  const sides = jointSubjectAfter(x, c, o, trigger);
  return sides.length ? { actor: sides, how: 'the parties that act after it', told: false } : null;
}

/** Prepositions that date a clause's act after a meeting: "agreed after talks", "signed following a summit". */
const AFTER_PREPS = new Set(['after', 'following']);

/** "Kenya and Uganda agreed to end the dispute after talks in Kigali": two or more parties acting after a meeting held
 * it; one party doing so need not have ("the EU welcomed the progress after the talks"). */
function jointSubjectAfter(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span): string[] {
  if (c.prep === null || !AFTER_PREPS.has(c.prep)) return [];
  const actor = clauseSubject(x, c, o, trigger, true);
  return actor.length >= 2 ? actor : [];
}
