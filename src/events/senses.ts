// Word senses: a trigger's words can name something other than the event they usually tell. Each sense is read
// from the tokens around the trigger (never from character windows) and applies to every candidate, whichever rule
// found it. A sense either removes the candidate (it is no event of that category) or changes its modality.
import type { Modality } from '../record.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { SPEECH_SENSES } from './senses-speech.js';
import { YIELD_SENSES } from './senses-yield.js';
import { MEETING_SENSES } from './senses-meeting.js';

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

/** Words of a source's condition for speaking: "asked not to be named", "requested anonymity". */
const ANONYMITY = new Set(['named', 'identified', 'anonymity', 'anonymous', 'quoted']);

export const OWN_SENSES: readonly Sense[] = [
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
];

export const SENSES: readonly Sense[] = [...OWN_SENSES, ...MEETING_SENSES, ...SPEECH_SENSES, ...YIELD_SENSES];

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
