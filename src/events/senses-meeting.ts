// Word senses of meeting words (CONSULT): a meeting wished for, cancelled, skipped, still ahead or only possible, and a
// meeting noun that times another event. (A meeting verb that is the purpose of another meeting is ./purpose.ts.)
// Registered in ./senses.ts; tested in test/events/senses-meeting.test.ts.
import type { SentenceSyntax } from '../syntax/types.js';
import type { Sense } from './senses.js';
import { MEETING_NOUNS, meetingAhead } from './meeting-ahead.js';
import { turnDownOf } from './senses-speech.js';
import { TRAVEL_VERBS } from '../words/meeting.js';

/** What travels without being a visitor: aircraft, weapons, ships and vehicles. */
const CRAFT = new Set(['jet', 'plane', 'aircraft', 'warplane', 'bomber', 'fighter-jet', 'missile', 'drone', 'rocket', 'ship', 'warship', 'vessel',
  'tanker', 'boat', 'flotilla', 'convoy', 'truck', 'shipment', 'cargo', 'helicopter']);

/** The head lemma of the subject (own or lent) of the verb the trigger at `at` belongs to, or null. */
function travellerHead(x: SentenceSyntax, at: number): string | null {
  const v = x.verbOf[at];
  const s = v >= 0 ? x.verbs[v].subject : null;
  return s === null ? null : x.tokens[x.chunks[s].head].lemma;
}


const word = (x: SentenceSyntax, i: number) => (i >= 0 && i < x.tokens.length ? x.tokens[i] : null);
const WISHING = new Set(['press', 'push', 'call', 'urge', 'seek', 'lobby', 'campaign', 'hope', 'wish', 'want', 'propose', 'suggest', 'offer', 'ask', 'appeal', 'invite']);

/** "before the meeting with X", "ahead of their talks", "worried about the talks": a meeting that times another event, or
 * is talked about, is told elsewhere. ("After his meeting with X" is not among them: a meeting already over is a past
 * meeting; told before, it merges with that mention, and told only here, it is the report's one mention of it.) */
const AROUND = new Set(['before', 'ahead', 'prior', 'about']);
const REFERRING = new Set(['the', 'this', 'that', 'their', 'his', 'her', 'its']);
/** Meals that are meetings when the sides hold them ("a working lunch"). */
const MEALS = new Set(['lunch', 'dinner', 'breakfast', 'luncheon']);
const REFERRED_NOUNS = new Set([...MEETING_NOUNS, 'discussion', 'discussions', 'conversation', 'conversations', 'consultations', 'dialogue', 'meetings']);

/** Does the sentence time something by a meeting told elsewhere ("Before the talks, X met Y")? */
export function refersToMeeting(x: SentenceSyntax): boolean {
  return x.chunks.some((c) => meetingReferredTo(x, c.head));
}

function meetingReferredTo(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!;
  if (!REFERRED_NOUNS.has(t.lemma) && !REFERRED_NOUNS.has(t.lower)) return false;
  const ch = x.chunkOf[at];
  const start = ch >= 0 ? x.chunks[ch].start : at;
  const det = word(x, start), prep = word(x, start - 1), prep2 = word(x, start - 2);
  if (!det || !REFERRING.has(det.lower) || !prep) return false;
  return AROUND.has(prep.lower) || (prep.lower === 'to' && prep2 !== null && AROUND.has(prep2.lower)) || (prep.lower === 'of' && prep2 !== null && prep2.lower === 'ahead');
}

/** Verbs that call a meeting off ("was cancelled", "scrapped", "called off"). */
const CANCEL = new Set(['cancel', 'cancelled', 'canceled', 'scrap', 'scrapped', 'scrub', 'scrubbed', 'scuttle', 'scuttled', 'abandon', 'abandoned']);

/** A meeting noun that is the subject of a verb of cancelling, or that the sentence says went "without". */
function meetingCancelled(x: SentenceSyntax, at: number): boolean {
  const ch = x.chunkOf[at];
  if (ch === undefined || ch < 0) return false;
  const t = x.tokens[x.chunks[ch].head];
  if (!REFERRED_NOUNS.has(t.lemma) && !REFERRED_NOUNS.has(t.lower) && !MEALS.has(t.lower)) return false;
  if (x.chunks[ch].prep === 'without') return true;
  // "A planned lunch and a wider meeting ... were both cancelled": coordinated subjects share the verb.
  const subject = x.chunks[ch].coordination;
  return x.verbs.some((g) => {
    if (g.subject === null || x.chunks[g.subject].coordination !== subject) return false;
    const h = x.tokens[g.head];
    return CANCEL.has(h.lemma) || CANCEL.has(h.lower) || (h.lemma === 'call' && word(x, g.end)?.lower === 'off');
  });
}

/** Verbs of staying away from a meeting ("skipped the signing session", "snubbed the summit"). */
const SKIP = new Set(['skip', 'skipped', 'miss', 'missed', 'shun', 'shunned', 'snub', 'snubbed']);

/** A meeting noun that is the object of a verb of staying away, or the "from" phrase of "stay away". */
function meetingSkipped(x: SentenceSyntax, at: number): boolean {
  const ch = x.chunkOf[at];
  if (ch < 0 || !REFERRED_NOUNS.has(x.tokens[x.chunks[ch].head].lower)) return false;
  const c = x.chunks[ch];
  if (c.prep === 'from' && c.attachedTo?.kind === 'verb') {
    const g = x.verbs[c.attachedTo.index];
    return x.tokens[g.head].lemma === 'stay' && word(x, g.end)?.lower === 'away';
  }
  return x.verbs.some((g) => g.object === ch && (SKIP.has(x.tokens[g.head].lemma) || SKIP.has(x.tokens[g.head].lower)));
}


export const MEETING_SENSES: readonly Sense[] = [
  { id: 'sense.wished-meeting', events: ['CONSULT'], verdict: { drop: false, modality: 'hypothetical' },
    why: '"keeps pressing for a leaders\' meeting", "hopes for a summit": a meeting wished for has not happened',
    holds: (x, at) => {
      const t = word(x, at)!;
      if (!MEETING_NOUNS.has(t.lemma) && !MEETING_NOUNS.has(t.lower)) return false;
      const ch = x.chunkOf[at];
      if (ch < 0) return false;
      const c = x.chunks[ch];
      if (c.prep !== 'for' || c.attachedTo?.kind !== 'verb') return false;
      return WISHING.has(x.tokens[x.verbs[c.attachedTo.index].head].lemma);
    } },
  { id: 'sense.craft-travel', events: ['CONSULT'], verdict: { drop: true },
    why: '"jets heading to Iran", "a convoy travelling to Gaza": aircraft, weapons or vehicles on their way visit nobody',
    holds: (x, at) => { const t = word(x, at)!; return TRAVEL_VERBS.has(t.lemma) && CRAFT.has(travellerHead(x, at) ?? ''); } },
  { id: 'sense.meeting-referred', events: ['CONSULT'], verdict: { drop: true },
    why: '"before the meeting with X", "after their talks": the meeting is a time reference to one told elsewhere in the report',
    holds: (x, at) => meetingReferredTo(x, at) },
  { id: 'sense.meeting-cancelled', events: ['CONSULT'], verdict: { drop: false, modality: 'negated' },
    why: '"the planned summit was cancelled", "ended without the expected working lunch": a meeting called off did not happen',
    holds: (x, at) => meetingCancelled(x, at) },
  { id: 'sense.meeting-skipped', events: ['CONSULT'], verdict: { drop: false, modality: 'negated' },
    why: '"skipped the signing session", "stayed away from the summit": a party that stays away does not meet',
    holds: (x, at) => meetingSkipped(x, at) },
  { id: 'sense.meeting-ahead', events: ['CONSULT'], verdict: { drop: false, modality: 'future' },
    why: '"the next meeting is scheduled for July", "talks will resume on Monday": a meeting still to come has not happened',
    holds: (x, at) => meetingAhead(x, at) === 'future' },
  { id: 'sense.meeting-not-ruled-out', events: ['CONSULT'], verdict: { drop: false, modality: 'hypothetical', overNegation: true },
    why: '"did not rule out a meeting with X", "has not rejected talks": a meeting left open may come; the negation is the turning down\'s',
    holds: (x, at) => turnDownOf(x, at)?.negated === true },
  { id: 'sense.meeting-open', events: ['CONSULT'], verdict: { drop: false, modality: 'hypothetical' },
    why: '"a possible summit", "potential talks": a meeting that may or may not come',
    holds: (x, at) => meetingAhead(x, at) === 'hypothetical' },
];
