// Who the subject of a verb really is when its own clause does not say: the subject of the clause an adverbial
// "-ing" clause qualifies, the governing subject of a bound "he"/"she", the speaker of a reported clause.
import type { Span } from '../record.js';
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { AGENT_NOUNS, OBJECT_CONTROL, PEOPLE_NOUNS, POSSESSIVE_DETERMINERS, SPEECH_ACTS, SPEECH_VERBS } from '../syntax/lexicon.data.js';
import { sayingOf } from '../syntax/attribution.js';
import type { RoleOptions } from './role-options.js';
import { chunkParties } from './phrase-parties.js';

/** Words that open an adverbial "-ing" clause ("by praising", "while visiting", "after meeting"). */
const ADVERBIAL_OPENERS = new Set(['by', 'while', 'after', 'before', 'without', 'through', 'upon', 'when', 'since', 'despite']);

/**
 * "X opened the summit by praising Y", "After meeting Y, X said": an "-ing" verb opened by a preposition or
 * conjunction is done by the subject of the clause it qualifies — the verb before it, else the main verb after it —
 * never by that verb's object.
 */
export function adverbialSubject(x: SentenceSyntax, v: VerbGroup): number | null {
  const h = x.tokens[v.head];
  if (v.start === 0 || !h.lower.endsWith('ing') || !ADVERBIAL_OPENERS.has(x.tokens[v.start - 1].lower)) return null;
  if (v.subject !== null && !v.subjectLent) return null;
  for (let k = v.index - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.subject !== null && g.end < v.start) return g.subject;
  }
  const main = x.verbs.find((g) => g.index > v.index && x.clauses[g.clause].kind === 'main' && g.subject !== null && x.chunks[g.subject].start > v.end);
  return main?.subject ?? null;
}

const PERSONAL = new Set(['he', 'she']);
const DEPENDENT = new Set(['reported', 'subordinate']);

/** The governing clause's subject when `v`'s subject is a lone "he"/"she" in a reported or subordinate clause. */
export function boundPronoun(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.subject === null) return null;
  const s = x.chunks[v.subject];
  if (s.end - s.start !== 1 || !PERSONAL.has(x.tokens[s.start].lower)) return null;
  const clause = x.clauses[v.clause];
  if (!DEPENDENT.has(clause.kind) || clause.parent === null) return null;
  for (let k = v.index - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.clause !== clause.parent || g.end > clause.start) continue;
    if (g.subject === null || g.subject === v.subject) return null;
    const head = x.tokens[x.chunks[g.subject].head];
    return head.pos === 'PRON' && !PERSONAL.has(head.lower) ? null : g.subject;
  }
  return null;
}

/** The subject of the verb of saying that governs `v`'s clause ("Iran said the attack would not go unanswered"). */
export function speakerOf(x: SentenceSyntax, v: VerbGroup, o: RoleOptions, trigger: Span): string[] {
  const clause = x.clauses[v.clause];
  if (clause.kind !== 'reported' || clause.parent === null) return [];
  for (let k = v.index - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.clause === clause.parent && g.end <= clause.start) return g.subject === null ? [] : chunkParties(x, x.chunks[g.subject], o, trigger);
  }
  return [];
}

/**
 * "Switzerland said today it had expelled ...", "NATO confirmed on Wednesday it would ...": a pronoun subject (or a
 * phrase a possessive pronoun opens, or "the delegation") with no entity stands for the subject of the nearest verb of
 * saying before it.
 */
export function reportingSubject(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.subject === null) return null;
  const s = x.chunks[v.subject];
  if (x.tokens[s.head].pos !== 'PRON' && !POSSESSIVE_DETERMINERS.has(x.tokens[s.start].lower) && !ownTeam(x, s)) return null;
  for (let k = v.index - 1; k >= 0 && k >= v.index - 3; k--) {
    const g = x.verbs[k];
    if (SPEECH_VERBS.has(x.tokens[g.head].lemma) && g.subject !== null && g.subject !== v.subject) return g.subject;
  }
  return null;
}

/** Nouns for the team a speaker speaks for ("X said the delegation was ready to sign"). */
const TEAM_NOUNS = new Set(['delegation', 'team', 'negotiators', 'side']);

/** "the delegation", "the negotiating team": a phrase naming no party whose head is a team noun. */
function ownTeam(x: SentenceSyntax, s: SentenceSyntax['chunks'][number]): boolean {
  return s.entities.length === 0 && s.possessor === null && x.tokens[s.start].lower === 'the' && TEAM_NOUNS.has(x.tokens[s.head].lower);
}

/** Verbs of saying, asking and demanding: acts only a party can do. */
const SAYING_OR_ASKING = new Set([...SPEECH_ACTS, ...OBJECT_CONTROL]);

/**
 * "Barrack said the truce was backed by Jordan and called for calm": a verb joined by "and" to a reported clause,
 * whose lent subject is a thing (no party, no pronoun, no person noun), is a second act of the one who spoke. Returns
 * the subject of the verb of saying, or null.
 */
export function reporterOfCoordinated(x: SentenceSyntax, v: VerbGroup): number | null {
  // Only an act of saying or asking needs a speaker: "the talks were delayed and resumed" stays the talks'.
  if (!v.subjectLent || v.subject === null || !SAYING_OR_ASKING.has(x.tokens[v.head].lemma)) return null;
  const clause = x.clauses[v.clause];
  if (clause.kind !== 'coordinated' || clause.parent === null) return null;
  const joined = x.clauses[clause.parent];
  if ((joined.kind !== 'reported' && joined.kind !== 'subordinate') || joined.parent === null) return null;
  const s = x.chunks[v.subject];
  const head = x.tokens[s.head];
  if (s.entities.length || s.possessor !== null || head.pos === 'PRON' || POSSESSIVE_DETERMINERS.has(x.tokens[s.start].lower)) return null;
  if (AGENT_NOUNS.has(head.lower) || AGENT_NOUNS.has(head.lemma) || PEOPLE_NOUNS.has(head.lower)) return null;
  const saying = sayingOf(x, clause.parent);
  return saying && saying.subject !== v.subject ? saying.subject : null;
}
