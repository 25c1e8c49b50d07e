// Word senses of meeting words (CONSULT): a meeting wished for, cancelled, skipped, still ahead or only possible, and a
// meeting noun that times another event. (A meeting verb that is the purpose of another meeting is ./purpose.ts.)
// Registered in ./senses.ts; tested in test/events/senses-meeting.test.ts.
import type { Modality } from '../record.js';
import type { SentenceSyntax } from '../syntax/types.js';
import type { Sense } from './senses.js';

const word = (x: SentenceSyntax, i: number) => (i >= 0 && i < x.tokens.length ? x.tokens[i] : null);
const MEETING_NOUNS = new Set(['meeting', 'summit', 'talks', 'call', 'negotiations', 'session', 'visit', 'encounter']);
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

/** Modifiers that put a meeting in the future ("the next round", "a planned summit") or leave it open ("a possible call"). */
const AHEAD = new Set(['next', 'upcoming', 'planned', 'further', 'additional', 'follow-up', 'future', 'proposed', 'scheduled', 'forthcoming', 'new']);
const OPEN = new Set(['possible', 'potential', 'eventual', 'hypothetical']);
/** Predicates that tell a plan, not an occurrence: "is scheduled for", "is set to resume", "is likely to take place". */
const PLANNED = new Set(['schedule', 'scheduled', 'plan', 'planned', 'expect', 'expected', 'set', 'due', 'likely', 'slate', 'slated']);

/** The modality a meeting noun's own words give it: a modifier before its head, or the verb it is the subject of. */
function meetingAhead(x: SentenceSyntax, at: number): Modality | null {
  const t = word(x, at)!;
  if (!MEETING_NOUNS.has(t.lemma) && !MEETING_NOUNS.has(t.lower) && t.lemma !== 'round') return null;
  const ch = x.chunkOf[at];
  if (ch < 0) return null;
  const c = x.chunks[ch];
  for (let k = c.start; k < c.head; k++) {
    if (OPEN.has(x.tokens[k].lower)) return 'hypothetical';
    if (AHEAD.has(x.tokens[k].lower) && x.tokens[k].lower !== 'new') return 'future';
  }
  const v = x.verbs.find((g) => g.subject === ch && g.start > c.head);
  if (!v) return null;
  const next = word(x, v.end);
  if (v.tense === 'future' || (v.modal !== null && v.modal !== 'did')) return 'future';
  if (PLANNED.has(x.tokens[v.head].lemma) || PLANNED.has(x.tokens[v.head].lower) || (next !== null && PLANNED.has(next.lower))) return 'future';
  return null;
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
  { id: 'sense.meeting-open', events: ['CONSULT'], verdict: { drop: false, modality: 'hypothetical' },
    why: '"a possible summit", "potential talks": a meeting that may or may not come',
    holds: (x, at) => meetingAhead(x, at) === 'hypothetical' },
];
