// Cues of a time to come, read from the syntax layer: a time phrase later in the trigger's own clause ("envoys meet in
// Geneva next week") and a present progressive with a later time ("we are meeting them after the summit"). A time
// phrase in another clause ("signed a deal to hold talks next week") tells the time of that clause's verb, not the
// trigger's. Neither applies to an act told in the past ("met", "held"): a time word after it describes something else.
import cuesData from '../../data/modality-cues.json' with { type: 'json' };
import type { SentenceSyntax, SynToken } from '../syntax/types.js';
import { TIME_NOUNS } from '../syntax/lexicon.data.js';
import { AHEAD_WORDS, CONTRACTED_BE, LATER, LATER_WORDS } from '../words/time.js';
import type { ScopeReading } from './scope-words.js';

const TIME_AFTER = cuesData.later_time.time_after.id;
const PROGRESSIVE_FUTURE = cuesData.later_time.progressive.id;
// "after the meeting", "after our talks": with a present progressive, the occasion ahead of it.
const OCCASION_DETERMINERS = new Set(['the', 'this', 'our', 'their']);

/** The later-time cue that makes the trigger at tokens [from, to) future, or null. */
export function laterTimeReading(x: SentenceSyntax, from: number, to: number): ScopeReading | null {
  if (from >= to || pastAct(x, from, to)) return null;
  const clause = x.clauseOf[from];
  if (progressive(x, from, to) && laterAfter(x, to, clause, true)) return { modality: 'future', cue: PROGRESSIVE_FUTURE };
  return laterAfter(x, to, clause, false) ? { modality: 'future', cue: TIME_AFTER } : null;
}

/** A trigger told as done: a past verb group, or a past form or -ed participle among its words. */
export function pastAct(x: SentenceSyntax, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = x.tokens[i];
    const v = x.verbOf[i] >= 0 ? x.verbs[x.verbOf[i]] : null;
    if (v && (v.tense === 'past' || v.perfect)) return true;
    if (t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    if (t.lower.endsWith('ed') || (t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s'))) return true;
  }
  return false;
}

/** "are meeting", "’m calling": a present progressive trigger (wink may fuse "I’m" into one token). */
function progressive(x: SentenceSyntax, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = x.tokens[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) continue;
    const v = x.verbOf[i] >= 0 ? x.verbs[x.verbOf[i]] : null;
    if (v?.progressive && v.tense === 'present' && v.modal === null) return true;
    for (let k = (v?.start ?? i) - 1; k >= 0 && k >= (v?.start ?? i) - 3; k--) {
      if (CONTRACTED_BE.has(x.tokens[k].lower)) return true;
      if (x.tokens[k].pos !== 'ADV') break;
    }
  }
  return false;
}

/** A later time among the tokens from `at` on that stay in `clause`. `occasion`: "later" alone and "after the
 * meeting" count too (a progressive's plan). */
function laterAfter(x: SentenceSyntax, at: number, clause: number, occasion: boolean): boolean {
  const tokens = x.tokens;
  let own = clause;
  for (let k = at; k < tokens.length; k++) {
    // "calling [Russian President] Putin back": a writer's insertion in square brackets leaves the quoted clause
    // going on after it (the syntax layer opens a clause at each bracket).
    if (tokens[k].lower === '[') {
      k = insertionEnd(tokens, k);
      if (k >= tokens.length) return false;
      own = x.clauseOf[k];
    }
    if (occasion && tokens[k].lower === ',') return false;
    // "calling him back after the meeting, he said": the syntax may open a clause at "after"; the phrase that opens
    // it still tells the time of the clause it hangs on.
    if (x.clauseOf[k] !== own) return opensUnder(x, k, own) && laterTimeAt(tokens, k, occasion);
    if (laterTimeAt(tokens, k, occasion)) return true;
  }
  return false;
}

/** Token `k` opens a subordinate clause that hangs on clause `own`. */
function opensUnder(x: SentenceSyntax, k: number, own: number): boolean {
  const c = x.clauses[x.clauseOf[k]];
  return c.start === k && c.parent === own && c.kind === 'subordinate';
}

/** The token after the "]" that closes the insertion opened at `k` (the sentence end when none does). */
function insertionEnd(tokens: SynToken[], k: number): number {
  while (k < tokens.length && tokens[k].lower !== ']') k++;
  return k + 1;
}

function laterTimeAt(tokens: SynToken[], k: number, occasion: boolean): boolean {
  const t = tokens[k].lower, next = tokens[k + 1]?.lower ?? '';
  if (LATER_WORDS.has(t)) return true;
  if (AHEAD_WORDS.has(t) && TIME_NOUNS.has(next)) return true;
  if (t === LATER) return occasion || (next === 'this' && TIME_NOUNS.has(tokens[k + 2]?.lower ?? ''));
  return occasion && t === 'after' && OCCASION_DETERMINERS.has(next) && tokens[k + 2]?.pos === 'NOUN';
}
