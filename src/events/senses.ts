// Word senses: a trigger's words can name something other than the event they usually tell. Each sense is read
// from the tokens around the trigger (never from character windows) and applies to every candidate, whichever rule
// found it. A sense either removes the candidate (it is no event of that category) or changes its modality.
import type { Modality } from '../record.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { SPEECH_SENSES, turnDownOf } from './senses-speech.js';
import { YIELD_SENSES } from './senses-yield.js';
import { MEETING_NOUNS, meetingAhead } from './meeting-ahead.js';

/** `overNegation`: the sense reads a negation the scope took for the act's own ("did not rule out talks"). */
export interface SenseVerdict { drop: boolean; modality?: Modality; overNegation?: boolean; id: string; why: string }

export interface Sense {
  id: string;
  /** Categories the sense applies to. */
  events: readonly string[];
  /** Does the sense hold for the trigger whose first token is `at` and last token `last`? */
  holds: (x: SentenceSyntax, at: number, last: number) => boolean;
  verdict: { drop: boolean; modality?: Modality; overNegation?: boolean };
  why: string;
}

const word = (x: SentenceSyntax, i: number) => (i >= 0 && i < x.tokens.length ? x.tokens[i] : null);
const within = (x: SentenceSyntax, from: number, n: number, test: (lemma: string, lower: string) => boolean) => {
  for (let k = from; k < from + n && k < x.tokens.length; k++) { const t = x.tokens[k]; if (t.pos === 'PUNCT') return false; if (test(t.lemma, t.lower)) return true; }
  return false;
};
// Refuge and asylum stay requests: asking a state for protection is a demand on it.
const CARE = new Set(['treatment', 'care', 'medical', 'hospital', 'work', 'job', 'jobs', 'employment', 're-election', 'reelection', 'office']);
const COMMENT = new Set(['comment', 'comments', 'elaborate', 'specify', 'disclose', 'confirm', 'details', 'question', 'questions', 'answer', 'say']);
// Goods anyone may pursue: "seeks peace", "the legitimacy he has sought" asks nothing of a party.
const GOODS = new Set(['peace', 'legitimacy', 'stability', 'calm', 'solution', 'resolution', 'recognition', 'prosperity', 'security', 'justice', 'reconciliation',
  'agreement', 'deal', 'settlement', 'accord', 'compromise', 'understanding', 'dialogue']);
// What one seizes that is no thing held by force: "seize the moment", "seized the initiative".
const CHANCES = new Set(['moment', 'opportunity', 'chance', 'initiative', 'momentum', 'occasion', 'opening']);
// Modifiers that make an attack one of words: "verbal attacks", "a personal attack on the minister".
const WORDY = new Set(['verbal', 'personal', 'rhetorical', 'political', 'scathing', 'blistering', 'public', 'media']);
const WISHING = new Set(['press', 'push', 'call', 'urge', 'seek', 'lobby', 'campaign', 'hope', 'wish', 'want', 'propose', 'suggest', 'offer', 'ask', 'appeal', 'invite']);

/** "flew to Cairo to meet X": the journey is the visit (a visit rule reads it); its purpose is no second meeting. */
const TRAVEL = new Set(['travel', 'fly', 'flew', 'arrive', 'head', 'go', 'went', 'come', 'came', 'journey', 'return']);

/** What travels without being a visitor: aircraft, weapons, ships and vehicles. */
const CRAFT = new Set(['jet', 'plane', 'aircraft', 'warplane', 'bomber', 'fighter-jet', 'missile', 'drone', 'rocket', 'ship', 'warship', 'vessel',
  'tanker', 'boat', 'flotilla', 'convoy', 'truck', 'shipment', 'cargo', 'helicopter']);

/** The head lemma of the subject (own or lent) of the verb the trigger at `at` belongs to, or null. */
function travellerHead(x: SentenceSyntax, at: number): string | null {
  const v = x.verbOf[at];
  const s = v >= 0 ? x.verbs[v].subject : null;
  return s === null ? null : x.tokens[x.chunks[s].head].lemma;
}

/** A meeting noun in a "for" phrase on a verb of travel or visiting: what the journey is for. */
function visitPurpose(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!;
  if (!MEETING_NOUNS.has(t.lemma) && !MEETING_NOUNS.has(t.lower)) return false;
  const ch = x.chunkOf[at];
  const c = ch >= 0 ? x.chunks[ch] : null;
  if (!c || c.prep !== 'for') return false;
  // The phrase may hang on the verb or on its place or time ("visited Kampala in May for talks"): the clause's last verb before it.
  const v = x.verbs.filter((g) => g.end <= c.start && g.clause === x.clauseOf[at]).at(-1);
  const lemma = v ? x.tokens[v.head].lemma : '';
  return lemma === 'visit' || TRAVEL.has(lemma);
}

function travelPurpose(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!;
  if (t.lemma !== 'meet' && t.lower !== 'met' || word(x, at - 1)?.lower !== 'to') return false;
  for (let k = at - 2; k >= 0 && k >= at - 10; k--) {
    const w = x.tokens[k];
    if (w.pos === 'PUNCT' && w.lower !== '-') return false;
    if ((TRAVEL.has(w.lemma) || TRAVEL.has(w.lower)) && (w.pos === 'VERB' || w.pos === 'AUX')) return true;
  }
  return false;
}

/** "before the meeting with X", "ahead of their talks", "worried about the talks": a meeting that times another event, or
 * is talked about, is told elsewhere. ("After his meeting with X" is not among them: a meeting already over is a past
 * meeting; told before, it merges with that mention, and told only here, it is the report's one mention of it.) */
const AROUND = new Set(['before', 'ahead', 'prior', 'about']);
const REFERRING = new Set(['the', 'this', 'that', 'their', 'his', 'her', 'its']);
/** Meals that are meetings when the sides hold them ("a working lunch"). */
const MEALS = new Set(['lunch', 'dinner', 'breakfast', 'luncheon']);
const REFERRED_NOUNS = new Set([...MEETING_NOUNS, 'discussion', 'discussions', 'conversation', 'conversations', 'consultations', 'dialogue', 'meetings']);

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

/** Words of a source's condition for speaking: "asked not to be named", "requested anonymity". */
const ANONYMITY = new Set(['named', 'identified', 'anonymity', 'anonymous', 'quoted']);

const OWN_SENSES: readonly Sense[] = [
  { id: 'sense.seek-care', events: ['REQUEST'], verdict: { drop: true },
    why: '"seeking medical treatment", "sought work abroad": looking for care or work is no demand on a party',
    holds: (x, at) => { const t = word(x, at)!; return (t.lemma === 'seek' || t.lower === 'sought') && within(x, at + 1, 4, (l, w) => CARE.has(l) || CARE.has(w)); } },
  { id: 'sense.reporter-question', events: ['REQUEST'], verdict: { drop: true },
    why: '"asked if the summit would go ahead": a question is no request',
    holds: (x, at) => { const t = word(x, at)!; return t.lemma === 'ask' && within(x, at + 1, 3, (l) => l === 'if' || l === 'whether' || l === 'about' || l === 'how' || l === 'why' || l === 'what' || l === 'when'); } },
  { id: 'sense.anonymity', events: ['REQUEST'], verdict: { drop: true },
    why: '"who asked not to be named", "requested anonymity": a source\'s condition for speaking is no demand on a party',
    holds: (x, at) => {
      const t = word(x, at)!;
      if (t.lemma !== 'ask' && t.lemma !== 'request') return false;
      return within(x, at + 1, 5, (l, w) => ANONYMITY.has(l) || ANONYMITY.has(w));
    } },
  { id: 'sense.comment-request', events: ['REQUEST'], verdict: { drop: true },
    why: '"did not respond to a request for comment": a reporter\'s request is no demand on a party',
    holds: (x, at) => { const t = word(x, at)!; return t.lemma === 'request' && word(x, at + 1)?.lower === 'for' && within(x, at + 2, 2, (l, w) => COMMENT.has(l) || COMMENT.has(w)); } },
  { id: 'sense.seek-goods', events: ['REQUEST'], verdict: { drop: true },
    why: '"seeks peace", "the legitimacy it has sought": pursuing a general good asks nothing of a party',
    holds: (x, at) => {
      const t = word(x, at)!;
      if (t.lemma !== 'seek' && t.lower !== 'sought') return false;
      // "seeking a reasonable agreement": the head of the sought phrase, past its determiner and modifiers.
      const ch = x.chunkOf[at + 1] ?? -1;
      const next = ch >= 0 && x.chunks[ch].start === at + 1 ? x.tokens[x.chunks[ch].head] : word(x, at + 1);
      // "the legitimacy he has sought": the sought thing is the noun the relative clause hangs on.
      const before = x.tokens.slice(Math.max(0, at - 4), at).find((b) => GOODS.has(b.lemma) || GOODS.has(b.lower));
      return (next !== null && (GOODS.has(next.lemma) || GOODS.has(next.lower))) || (before !== undefined && (next === null || next.pos === 'ADP' || next.pos === 'PUNCT'));
    } },
  { id: 'sense.seize-chance', events: ['COERCE', 'ASSAULT'], verdict: { drop: true },
    why: '"seize this moment", "seized the opportunity": taking a chance is no seizure by force',
    holds: (x, at) => { const t = word(x, at)!; return (t.lemma === 'seize' || t.lemma === 'grab') && within(x, at + 1, 3, (l, w) => CHANCES.has(l) || CHANCES.has(w)); } },
  { id: 'sense.craft-travel', events: ['CONSULT'], verdict: { drop: true },
    why: '"jets heading to Iran", "a convoy travelling to Gaza": aircraft, weapons or vehicles on their way visit nobody',
    holds: (x, at) => { const t = word(x, at)!; return TRAVEL.has(t.lemma) && CRAFT.has(travellerHead(x, at) ?? ''); } },
  { id: 'sense.verbal-attack', events: ['ASSAULT'], verdict: { drop: true },
    why: '"faced verbal attacks", "a personal attack on the minister": an attack of words is no use of force',
    holds: (x, at) => { const t = word(x, at)!; const prev = word(x, at - 1); return (t.lemma === 'attack' || t.lower === 'attacks') && prev !== null && WORDY.has(prev.lower); } },
  { id: 'sense.no-comment', events: ['REJECT'], verdict: { drop: true },
    why: '"would not comment on details", "declined to take questions": declining to comment rejects nothing',
    holds: (x, at, last) => within(x, last + 1, 4, (l, w) => COMMENT.has(l) || COMMENT.has(w)) || within(x, Math.max(0, at - 1), 2, (l) => l === 'comment') },
  { id: 'sense.naming', events: ['CONSULT'], verdict: { drop: true },
    why: '"called him an illegitimate leader", "branded the vote a sham": naming, not a phone call',
    holds: (x, at) => {
      const t = word(x, at)!;
      if (t.lemma !== 'call' && t.lemma !== 'brand' && t.lemma !== 'label' && t.lower !== 'called') return false;
      // "a company called TRIPP", "a group called the Alliance": a participle naming the indefinite noun before it.
      const noun = word(x, at - 1), det = x.chunkOf[at - 1] >= 0 ? word(x, x.chunks[x.chunkOf[at - 1]].start) : null;
      if (t.lower === 'called' && noun?.pos === 'NOUN' && (det?.lower === 'a' || det?.lower === 'an')) return true;
      // verb + object + a second noun phrase opened by a/an: "called X a liar"
      const obj = x.chunkOf[at + 1];
      if (obj < 0) return false;
      const after = word(x, x.chunks[obj].end);
      return after !== null && (after.lower === 'a' || after.lower === 'an' || after.lower === 'the' || after.pos === 'ADJ');
    } },
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
  { id: 'sense.travel-to-meet', events: ['CONSULT'], verdict: { drop: true },
    why: '"flew to Cairo to meet the president": the journey is the visit; "to meet" is its purpose, not a second meeting',
    holds: (x, at) => travelPurpose(x, at) },
  { id: 'sense.visit-for-talks', events: ['CONSULT'], verdict: { drop: true },
    why: '"visited Kampala for talks with X", "flew to Cairo for a meeting": the talks are the visit\'s purpose; the visit is the meeting',
    holds: (x, at) => visitPurpose(x, at) },
  { id: 'sense.meeting-referred', events: ['CONSULT'], verdict: { drop: true },
    why: '"before the meeting with X", "after their talks": the meeting is a time reference to one told elsewhere in the report',
    holds: (x, at) => meetingReferredTo(x, at) },
  { id: 'sense.meeting-cancelled', events: ['CONSULT'], verdict: { drop: false, modality: 'negated' },
    why: '"the planned summit was cancelled", "ended without the expected working lunch": a meeting called off did not happen',
    holds: (x, at) => meetingCancelled(x, at) },
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

export const SENSES: readonly Sense[] = [...OWN_SENSES, ...SPEECH_SENSES, ...YIELD_SENSES];

/** The first sense that holds for a candidate of `event` whose trigger spans tokens [at, last]. A sense that says
 * the words are no such event outranks one that only changes its modality: "ruled out any further talks" is the
 * refusal, not a meeting still to come ("further" alone would make it future). */
export function senseOf(x: SentenceSyntax, event: string, at: number, last: number): SenseVerdict | null {
  let reading: SenseVerdict | null = null;
  for (const s of SENSES) {
    if (!s.events.includes(event) || (reading && !s.verdict.drop) || !s.holds(x, at, last)) continue;
    if (s.verdict.drop) return { ...s.verdict, id: s.id, why: s.why };
    reading = { ...s.verdict, id: s.id, why: s.why };
  }
  return reading;
}
