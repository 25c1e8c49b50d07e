// Word senses of agreeing and giving ground (AGREE, RETREAT, CONCEDE), read from the tokens around the trigger:
// - an act someone must or has to do ("Ukraine must cede territory", "Moscow's insistence that Kyiv withdraw") is the
//   content of a demand (the demand is a REQUEST), not the act;
// - a deal pursued as a goal ("in hopes of reaching a deal", "closer to sealing an agreement") is no agreement yet.
// Registered in ./senses.ts; tested in test/events/senses-yield.test.ts.
import type { SentenceSyntax } from '../syntax/types.js';
import type { Sense } from './senses.js';

const word = (x: SentenceSyntax, i: number) => (i >= 0 && i < x.tokens.length ? x.tokens[i] : null);

/** Modals of obligation: what must be done is demanded, not done. */
const OBLIGATION = new Set(['must', 'should']);
/** "have to", "need to", "are required to" before the act. */
const OBLIGED = new Set(['have', 'has', 'had', 'need', 'needs', 'needed', 'required', 'obliged', 'forced']);
/** Nouns of demanding whose "that" clause holds the demanded act ("the insistence that Kyiv cede"). */
const DEMAND_NOUNS = new Set(['insistence', 'demand', 'demands', 'requirement', 'condition', 'expectation', 'ultimatum']);
/** "Both parties must implement the ceasefire": an obligation the sides take on together is their commitment, not a demand. */
const MUTUAL = new Set(['both', 'parties', 'sides', 'signatories']);

function obliged(x: SentenceSyntax, at: number): boolean {
  const v = x.verbOf[at] >= 0 ? x.verbs[x.verbOf[at]] : null;
  const subject = v?.subject != null ? x.chunks[v.subject] : null;
  if (subject && x.tokens.slice(subject.start, subject.end).some((t) => MUTUAL.has(t.lower))) return false;
  if (v?.modal && OBLIGATION.has(v.modal)) return true;
  const start = v ? v.start : at;
  if (word(x, start - 1)?.lower === 'to' && OBLIGED.has(word(x, start - 2)?.lower ?? '')) return true;
  // "Moscow's insistence that Ukraine cede territory": the act's clause hangs on a demand noun (read from the tokens,
  // as the clause layer may not open a clause after a noun).
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    const t = x.tokens[k];
    if (t.lower === 'that') return [word(x, k - 1), word(x, k - 2)].some((w) => w !== null && DEMAND_NOUNS.has(w.lower));
    if (t.pos === 'PUNCT' || x.verbOf[k] >= 0) return false;
  }
  return false;
}

/** Verbs that make a deal, and the words that put making it ahead as a goal. */
const MAKING = new Set(['reach', 'seal', 'strike', 'clinch', 'broker', 'secure', 'conclude', 'finalize', 'finalise']);
const GOAL_WORDS = new Set(['hope', 'hopes', 'closer', 'close', 'aim', 'aimed', 'aims', 'bid', 'push', 'sprint', 'efforts', 'effort', 'toward', 'towards', 'attempt', 'quest', 'drive']);

function dealSought(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!;
  if (!MAKING.has(t.lemma)) return false;
  const det = word(x, at + 1)?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'any') return false;
  // "in hopes of reaching a deal", "closer to sealing an agreement", "a sprint to seal a deal".
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = x.tokens[k];
    if (GOAL_WORDS.has(w.lower)) return true;
    if (w.pos !== 'ADP' && w.lower !== 'to' && w.pos !== 'PART' && w.pos !== 'ADV') return false;
  }
  return false;
}

/** Things one withdraws from that are no ground, force or position: a contest, a race, a sports fixture. */
const CONTESTS = new Set(['series', 'tri-series', 'tournament', 'tournaments', 'championship', 'championships', 'competition', 'contest', 'race',
  'election', 'elections', 'runoff', 'primary', 'primaries', 'cup', 'league', 'match', 'matches', 'games', 'olympics', 'fixture', 'fixtures',
  'candidacy', 'nomination', 'ballot', 'festival', 'pageant', 'final', 'finals', 'qualifier', 'qualifiers']);

/** "withdrew from a planned cricket series", "pulled its team out of the tournament", "withdrew from the presidential race":
 * the object of "withdraw (X) from" read to its head, past modifiers and names, up to the next clause break. */
function contestLeft(x: SentenceSyntax, at: number, last: number): boolean {
  const t = word(x, at)!;
  if (t.lemma !== 'withdraw' && t.lemma !== 'retreat' && t.lemma !== 'pull') return false;
  // "withdrew his candidacy": the withdrawn thing itself is a contest entry.
  for (let k = last + 1, from = false; k < x.tokens.length && k <= last + 12; k++) {
    const w = x.tokens[k];
    if (w.pos === 'PUNCT' && w.lower !== '-') return false;
    if (w.lower === 'from' || w.lower === 'of') { from = true; continue; }
    if (x.verbOf[k] >= 0 || (from && w.pos === 'ADP')) return false;
    const tail = w.lower.split('-').pop()!;
    if ((w.pos === 'NOUN' || w.pos === 'PROPN') && (CONTESTS.has(w.lower) || CONTESTS.has(tail))) return true;
  }
  return false;
}

export const YIELD_SENSES: readonly Sense[] = [
  { id: 'sense.obliged-act', events: ['RETREAT', 'CONCEDE', 'AGREE'], verdict: { drop: true },
    why: '"Ukraine must cede territory", "the insistence that Kyiv withdraw": an act demanded of a party is the demand\'s content, not the act',
    holds: (x, at) => obliged(x, at) },
  { id: 'sense.deal-sought', events: ['AGREE'], verdict: { drop: true },
    why: '"in hopes of reaching a deal", "getting closer to sealing an agreement": a deal pursued as a goal is no agreement yet',
    holds: (x, at) => dealSought(x, at) },
  { id: 'sense.contest-left', events: ['RETREAT'], verdict: { drop: true },
    why: '"withdrew from a cricket series", "quit the presidential race": leaving a contest gives up no ground or force',
    holds: (x, at, last) => contestLeft(x, at, last) },
];
