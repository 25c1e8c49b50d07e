// Lent subjects: a participle, infinitive, purpose, coordinated or relative clause with no subject of its own takes
// one from the clause it hangs on ("urged Kyiv to withdraw": Kyiv; "Russia, which rejected the plan": Russia; "said the
// talks failed, blaming Kyiv": the speaker). Runs after ./links.ts has read each verb's own subject, object and agent.
import type { Chunk, Clause, SentenceSyntax, VerbGroup } from './types.js';
import { reportedClauseOf, sayingOf } from './attribution.js';
import { DASHES, OBJECT_CONTROL, SENDING_VERBS, SPEECH_ACTS, SPEECH_VERBS, SUBORDINATORS } from './lexicon.data.js';

const LENDING = new Set(['participle', 'infinitive', 'purpose', 'coordinated']);

export function lendSubjects(x: SentenceSyntax): void {
  const { chunks, verbs, clauses } = x;
  // Lent subjects: a participle, infinitive, purpose or coordinated clause with no subject takes its governor's.
  const lastInClause = new Map<number, VerbGroup>();
  // "thanked Oman for hosting the talks and called on ...": a finite verb joined by "and" shares the subject of the
  // last finite verb before it, not that of a gerund after a preposition.
  const lastFinite = new Map<number, VerbGroup>();
  for (const v of verbs) {
    const clause = clauses[v.clause];
    if (v.subject !== null && !v.passive && clause.kind === 'relative' && clause.cue === 'whose') ownedByAntecedent(x, clause, v.subject);
    if (v.subject === null) {
      const finite = clause.kind === 'coordinated' && !x.tokens[v.head].lower.endsWith('ing');
      const governor = (finite ? governorOf(clause, lastFinite, clauses) : null) ?? governorOf(clause, lastInClause, clauses);
      if (governor && (LENDING.has(clause.kind) || bareParticipleAfterCue(x, clause, v))) {
        v.subject = (clause.kind === 'participle' ? reporterOf(x, clause, v) : null) ?? controller(x, clause, governor);
        v.subjectLent = v.subject !== null;
      }
      if (v.subject === null && !governor && clause.cue !== null && DASHES.has(clause.cue) && clause.parent !== null) {
        // "Zelensky – the former actor – said": past an aside, the verb's subject is the noun before the aside.
        v.subject = subjectBeforeAside(x, clause);
        v.subjectLent = v.subject !== null;
      }
      if (v.subject === null && clause.kind === 'relative' && !placeCue(clause.cue)) {
        // "Russia, which rejected the plan": the relative clause's subject is the noun it hangs on.
        const before = chunkEndingAt(chunks, x.chunkOf, clause.start);
        if (before !== null) { v.subject = whoOfHead(x, before, clause); v.subjectLent = true; }
      }
    }
    lastInClause.set(v.clause, v);
    if (!prepositionGerund(x, v)) lastFinite.set(v.clause, v);
  }
  for (const v of verbs) if (v.subject === null && opensSentence(x, v)) lendForward(x, v);
}

/** "X told reporters that the fighters had gone home, calling on Ankara to ...": a speech act told by a participle
 * after a reported clause is done by whoever reported it (the subject of the verb of saying above that clause). */
function reporterOf(x: SentenceSyntax, clause: Clause, v: VerbGroup): number | null {
  if (!SPEECH_ACTS.has(x.tokens[v.head].lemma)) return null;
  const reported = reportedClauseOf(x, clause.parent);
  return reported === null ? null : sayingOf(x, reported)?.subject ?? null;
}

/** "for hosting", "by praising": an -ing verb right after a preposition. */
export function prepositionGerund(x: SentenceSyntax, v: VerbGroup): boolean {
  const before = v.start > 0 ? x.tokens[v.start - 1].pos : '';
  return v.start === v.head && (before === 'ADP' || before === 'SCONJ') && x.tokens[v.head].lower.endsWith('ing');
}

/** "where", "in which": the noun the clause hangs on is where it happens, not who acts in it. */
const placeCue = (cue: string | null) => cue === 'where' || (cue !== null && cue.endsWith(' which'));

/** "Speaking to reporters, ...", "After meeting Putin, ...": an -ing verb that opens the sentence, before its subject
 * (a sentence adverb set off by a comma may come first: "Meanwhile, addressing the envoys ..."). */
function opensSentence(x: SentenceSyntax, v: VerbGroup): boolean {
  const t = x.tokens[v.start];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || v.start !== v.head) return false;
  const first = afterSentenceAdverb(x);
  return v.start === first || (v.start === first + 1 && SUBORDINATORS.has(x.tokens[first].lower));
}

/** The first token after an opening sentence adverb and its comma ("However,", "Meanwhile,"), else 0. */
function afterSentenceAdverb(x: SentenceSyntax): number {
  let k = 0;
  while (k < 2 && x.tokens[k]?.pos === 'ADV') k++;
  return k > 0 && x.tokens[k]?.lower === ',' ? k + 1 : 0;
}

/** The opening participle's subject is that of the main clause after the comma that closes it (bounded look-ahead). */
function lendForward(x: SentenceSyntax, v: VerbGroup): void {
  let comma = -1;
  for (let i = v.end; i < x.tokens.length && i < v.end + 25; i++) if (x.tokens[i].lower === ',') { comma = i; break; }
  if (comma < 0) return;
  const w = x.verbs.find((g) => g.start > comma && g.start < comma + 20 && g.subject !== null);
  if (!w || w.subjectLent || x.clauses[w.clause].parent !== null || x.chunks[w.subject!].start <= comma) return;
  v.subject = w.subject;
  v.subjectLent = true;
}

/** Who does what an infinitive or goal clause names: the governor's object after "urged X to" and after a verb that
 * sends a named party off ("dispatched two envoys to Moscow to meet Putin"), a noun's "from"/"by" party right before
 * it ("a commitment from Putin to meet"), else the governor's subject. */
function controller(x: SentenceSyntax, clause: Clause, governor: VerbGroup): number | null {
  const lemma = x.tokens[governor.head].lemma;
  if (governor.object !== null) {
    if (clause.kind === 'infinitive' && OBJECT_CONTROL.has(lemma)) return governor.object;
    if ((clause.kind === 'infinitive' || clause.kind === 'purpose') && SENDING_VERBS.has(lemma) && namesParty(x, governor.object)) return governor.object;
  }
  const before = x.chunkOf[clause.start - 1] ?? -1;
  if (before >= 0 && x.chunks[before].end === clause.start) {
    const ch = x.chunks[before];
    if ((ch.prep === 'from' || ch.prep === 'by') && ch.attachedTo?.kind === 'chunk' && ch.entities.length) return ch.index;
  }
  return governor.subject;
}

/** "met Putin on Friday, while criticizing the sanctions", "after meeting Putin": an -ing verb right after the
 * subordinator has no subject of its own; the clause it hangs on lends one. */
function bareParticipleAfterCue(x: SentenceSyntax, clause: Clause, v: VerbGroup): boolean {
  const t = x.tokens[v.start];
  if (clause.kind !== 'subordinate' || !t.lower.endsWith('ing') || t.pos !== 'VERB') return false;
  // "while also praising Benin": adverbs may stand between the subordinator and the verb.
  let k = clause.start + 1;
  while (k < v.start && x.tokens[k].pos === 'ADV') k++;
  if (clause.cue !== null && SUBORDINATORS.has(clause.cue) && k === v.start) return true;
  // "after the talks, urging guarantees": a comma-set participle inside a verbless adverbial hangs on the main clause.
  return x.tokens[v.start - 1]?.lower === ',' && x.verbs[v.index - 1]?.clause !== v.clause;
}

/** The last chunk of the clause the aside hangs on that is no prepositional object (bounded look-back). */
function subjectBeforeAside(x: SentenceSyntax, clause: Clause): number | null {
  for (let i = clause.start - 1, seen = 0; i >= 0 && seen < 30; i--, seen++) {
    const c = x.chunkOf[i];
    if (c < 0 || x.clauseOf[i] !== clause.parent) continue;
    const ch = x.chunks[c];
    if (ch.prep === null) return ch.appositionOf ?? ch.index;
  }
  return null;
}

/** Does the chunk, or a member coordinated with it, name an entity? */
export function namesParty(x: SentenceSyntax, c: number): boolean {
  const co = x.chunks[c].coordination;
  for (let k = co; k < x.chunks.length && k <= co + 12; k++) if (x.chunks[k].coordination === co && x.chunks[k].entities.length) return true;
  return false;
}

function governorOf(clause: Clause, last: Map<number, VerbGroup>, clauses: Clause[]): VerbGroup | null {
  for (let p = clause.parent, hops = 0; p !== null && hops < 4; p = clauses[p].parent, hops++) {
    const v = last.get(p);
    if (v) return v;
  }
  return null;
}

/** "South Korea's Joint Chiefs of Staff, who condemned ...": "who" after an "of" phrase that names nobody is about the
 * noun the phrase hangs on, not about its object. */
function whoOfHead(x: SentenceSyntax, before: number, clause: Clause): number {
  const ch = x.chunks[before];
  if (clause.cue !== 'who' || ch.prep !== 'of' || ch.entities.length || before === 0) return before;
  const head = x.chunks[before - 1];
  return head.end === ch.start - 1 ? head.index : before;
}

/** The chunk whose last token is right before `at` (skipping one comma). */
/** "FACT, whose fighters killed the president": the noun after "whose" belongs to the noun the clause hangs on, so
 * its owner does the act. (Only in the active voice: "whose decisions were condemned by observers" makes the owner
 * the one acted on, and a doer the roles would then have to guess.) */
function ownedByAntecedent(x: SentenceSyntax, clause: Clause, subject: number): void {
  const owned = x.chunks[subject];
  if (owned.start !== clause.start + 1 || owned.possessor !== null) return;
  // "The Front ... (FACT), whose": the acronym in brackets, past the comma and bracket, names the owner as well.
  let k = clause.start - 1;
  while (k >= 0 && x.chunkOf[k] < 0 && x.tokens[k].pos === 'PUNCT' && clause.start - k <= 3) k--;
  const owner = k >= 0 && x.chunkOf[k] >= 0 && x.chunks[x.chunkOf[k]].end === k + 1 ? x.chunkOf[k] : null;
  if (owner !== null) owned.possessor = owner;
}

function chunkEndingAt(chunks: Chunk[], chunkOf: Int32Array, at: number): number | null {
  for (const k of [at - 1, at - 2]) if (k >= 0 && chunkOf[k] >= 0 && chunks[chunkOf[k]].end === k + 1) return chunkOf[k];
  return null;
}
