// "flew to Cairo to meet X", "met in Vienna to discuss the border", "held talks in Nairobi to negotiate the boundary",
// "visited Kampala for talks with X": a meeting that is the purpose of a journey or meeting the sentence tells as an
// event is that event, not a second meeting. Only when the governing words yield a meeting themselves: "travelled to the camps to meet X" tells
// no visit (the camps are no party), so there the purpose is the one meeting told.
import type { SentenceSyntax } from '../syntax/types.js';
import { MEETING_NOUNS } from './meeting-ahead.js';

/** The verb group the purpose clause holding token `at` hangs on: the last group of its parent clause before it. */
function governorOf(x: SentenceSyntax, at: number): number | null {
  const clause = x.clauses[x.clauseOf[at]];
  if (!clause || clause.kind !== 'purpose' || clause.parent === null) return null;
  for (let g = x.verbs.length - 1; g >= 0; g--) {
    const v = x.verbs[g];
    if (v.head < clause.start && x.clauseOf[v.head] === clause.parent) return g;
  }
  return null;
}

/**
 * For a verb at token `at` opening a purpose clause ("to meet", "to discuss"), the token span of what governs it: the
 * governing verb group and its object ("held [talks]"). Null when `at` opens no purpose clause.
 */
export function purposeOf(x: SentenceSyntax, at: number): [number, number] | null {
  const group = x.verbOf[at];
  if (x.tokens[at]?.pos !== 'VERB' || group < 0) return null;
  const start = x.verbs[group].start;
  if (start !== at && x.tokens[start]?.lower !== 'to') return null;
  const g = governorOf(x, at);
  if (g === null) return null;
  const v = x.verbs[g];
  const end = v.object !== null ? Math.max(v.end, x.chunks[v.object].end) : v.end;
  return [v.start, end];
}


/**
 * For a meeting noun at token `at` in a "for" phrase ("visited Kampala in May for talks with X"), the token span of the
 * verb group the phrase serves: the last verb of its clause before it. Null otherwise.
 */
export function visitPurposeOf(x: SentenceSyntax, at: number): [number, number] | null {
  const t = x.tokens[at];
  const ch = x.chunkOf[at];
  if (!t || ch < 0 || !(MEETING_NOUNS.has(t.lower) || MEETING_NOUNS.has(t.lemma)) || x.chunks[ch].prep !== 'for') return null;
  const c = x.chunks[ch];
  const v = x.verbs.filter((g) => g.end <= c.start && g.clause === x.clauseOf[at]).at(-1);
  return v ? [v.start, v.end] : null;
}
