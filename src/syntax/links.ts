// The links a rule needs: each verb group's subject, object and by-agent, and the noun or verb a prepositional
// phrase hangs on. Each verb group looks at the chunks of its own clause only, found from its neighbours in text
// order, so the whole pass is linear in the number of chunks and verbs.
import type { Chunk, Clause, SentenceSyntax, VerbGroup } from './types.js';
import { DASHES, OBJECT_CONTROL, PSYCH_VERBS, SENDING_VERBS, SPEECH_ACTS, SPEECH_VERBS, SUBORDINATORS, TIME_NOUNS } from './lexicon.data.js';

const LENDING = new Set(['participle', 'infinitive', 'purpose', 'coordinated']);

export function linkSyntax(x: SentenceSyntax): void {
  const { tokens, chunks, verbs, clauses, clauseOf } = x;
  for (const v of verbs) v.clause = clauseOf[v.head];
  attachPrepositions(x);
  // Chunks sorted by start already; for each verb, the nearest chunk before and after it in its clause.
  let c = 0;
  for (const v of verbs) {
    while (c < chunks.length && chunks[c].end <= v.start) c++;
    v.subject = subjectBefore(x, chunks, c - 1, v);
    v.object = objectAfter(x, chunks, c, v);
    v.agent = v.passive ? agentAfter(x, chunks, c, v) : reducedPassiveAgent(x, chunks, c, v);
    v.subject ??= afterReducedPassive(x, v);
  }
  // Lent subjects: a participle, infinitive, purpose or coordinated clause with no subject takes its governor's.
  const lastInClause = new Map<number, VerbGroup>();
  // "thanked Oman for hosting the talks and called on ...": a finite verb joined by "and" shares the subject of the
  // last finite verb before it, not that of a gerund after a preposition.
  const lastFinite = new Map<number, VerbGroup>();
  for (const v of verbs) {
    const clause = clauses[v.clause];
    if (v.subject === null) {
      const finite = clause.kind === 'coordinated' && !x.tokens[v.head].lower.endsWith('ing');
      const governor = (finite ? governorOf(clause, lastFinite, clauses) : null) ?? governorOf(clause, lastInClause, clauses);
      if (governor && (LENDING.has(clause.kind) || bareParticipleAfterCue(x, clause, v))) {
        v.subject = (clause.kind === 'participle' ? reporterOf(x, clause, v, lastInClause) : null) ?? controller(x, clause, governor);
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
        if (before !== null) { v.subject = before; v.subjectLent = true; }
      }
    }
    lastInClause.set(v.clause, v);
    if (!prepositionGerund(x, v)) lastFinite.set(v.clause, v);
  }
  for (const v of verbs) if (v.subject === null && opensSentence(x, v)) lendForward(x, v);
}

/** "X told reporters that the fighters had gone home, calling on Ankara to ...": a speech act told by a participle
 * after a reported clause is done by whoever reported it (the subject of the verb of saying above that clause). */
function reporterOf(x: SentenceSyntax, clause: Clause, v: VerbGroup, last: Map<number, VerbGroup>): number | null {
  if (!SPEECH_ACTS.has(x.tokens[v.head].lemma)) return null;
  for (let p = clause.parent, hops = 0; p !== null && hops < 4; p = x.clauses[p].parent, hops++) {
    const c = x.clauses[p];
    const reported = c.kind === 'reported' || (c.kind === 'subordinate' && c.cue === 'that');
    if (reported) {
      const saying = c.parent === null ? undefined : last.get(c.parent);
      return saying && SPEECH_VERBS.has(x.tokens[saying.head].lemma) ? saying.subject : null;
    }
    if (c.kind !== 'subordinate' && c.kind !== 'relative') return null;
  }
  return null;
}

/** "a team headed by the minister bargained with X": right after a participle's by-agent, the clause's own verb takes
 * the noun the participle follows as its subject. */
function afterReducedPassive(x: SentenceSyntax, v: VerbGroup): number | null {
  const p = x.verbs[v.index - 1];
  if (!p || p.passive || p.agent === null || p.subject === null || p.clause !== v.clause) return null;
  return x.chunks[p.agent].end === v.start && x.chunks[p.subject].end === p.start ? p.subject : null;
}

/** "for hosting", "by praising": an -ing verb right after a preposition. */
function prepositionGerund(x: SentenceSyntax, v: VerbGroup): boolean {
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
function namesParty(x: SentenceSyntax, c: number): boolean {
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

/** The chunk whose last token is right before `at` (skipping one comma). */
function chunkEndingAt(chunks: Chunk[], chunkOf: Int32Array, at: number): number | null {
  for (const k of [at - 1, at - 2]) if (k >= 0 && chunkOf[k] >= 0 && chunks[chunkOf[k]].end === k + 1) return chunkOf[k];
  return null;
}

/** The nearest chunk before the verb in its clause that is not a prepositional object, an apposition or a possessor. */
function subjectBefore(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  for (let k = from, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const ch = chunks[k];
    // A relative clause inside this one ("the guerrillas, who held the hills, disarmed") is skipped over.
    if (x.clauseOf[ch.head] !== v.clause) {
      if (x.clauses[x.clauseOf[ch.head]].kind === 'relative' && x.clauses[x.clauseOf[ch.head]].parent === v.clause) continue;
      return null;
    }
    // "after the RSF seized": a subordinator wink tags as a preposition opened the clause; its noun is the subject.
    const opener = ch.prep !== null && ((x.clauses[v.clause].start === ch.start - 1 && x.clauses[v.clause].cue === ch.prep
      && x.tokens[v.start - 1]?.lower !== ',')
      // "with Trump accusing Zelensky": an absolute phrase's noun is the subject of the -ing verb right after it.
      || (ch.end === v.start && x.tokens[v.head].lower.endsWith('ing') && (ch.prep === 'with' || ch.prep === 'as')));
    if ((ch.prep !== null && !opener) || (k + 1 < chunks.length && chunks[k + 1].possessor === k && chunks[k + 1].start < v.start)) continue;
    // A verb group between the chunk and this verb has its own subject.
    if (x.verbOf[ch.end] >= 0 && x.verbOf[ch.end] !== v.index) return null;
    return ch.appositionOf ?? ch.index;
  }
  return null;
}

function objectAfter(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  const ch = chunks[from];
  if (!ch || x.clauseOf[ch.head] !== v.clause || ch.prep !== null) return null;
  // Only particles or adverbs may stand between the verb and its object ("pulled back its troops").
  for (let k = v.end; k < ch.start; k++) if (x.tokens[k].pos !== 'ADV' && x.tokens[k].pos !== 'ADP' && x.tokens[k].pos !== 'PART') return null;
  return ch.index;
}

/**
 * "hostages captured by Hamas", "a truce brokered by Qatar": a bare past participle right after a noun, with a party
 * after "by", is a passive whose agent is that party. The group keeps its tense and voice flags (modality reads those);
 * only the agent link is set.
 */
function reducedPassiveAgent(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  const h = x.tokens[v.head];
  if (v.start !== v.head || h.pos !== 'VERB' || h.lower === h.lemma || h.lower.endsWith('ing') || h.lower.endsWith('s')) return null;
  // "officials, alarmed by the strike,": a feeling's cause is no doer.
  if (PSYCH_VERBS.has(h.lemma)) return null;
  const before = chunks[from - 1];
  if (!before) return null;
  // "a truce, rejected by Russia, ...": a participle set off by a comma after a noun, with "by" right after it.
  if (before.end === v.start - 1 && x.tokens[v.start - 1].lower === ',' && x.tokens[v.end]?.lower === 'by') return namedAgent(x, chunks, from, v);
  if (before.end !== v.start) return null;
  // "Pashinyan and Aliyev signed a deal ..., brokered by Trump": a clause's own first verb after its subject is active;
  // the participle reading needs a verb before it in its clause ("were soldiers captured by ...") or a prepositional noun.
  const earlier = v.index > 0 && x.verbs[v.index - 1].clause === v.clause;
  if (!earlier && before.prep === null) return null;
  return namedAgent(x, chunks, from, v);
}

/** The verb's "by" phrase when it names a party and no other verb stands between them. */
function namedAgent(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  const agent = agentAfter(x, chunks, from, v);
  if (agent === null || !namesParty(x, agent)) return null;
  // The "by" phrase is this verb's only when no other verb stands between them.
  for (let k = v.end; k < chunks[agent].start; k++) if (x.verbOf[k] >= 0 && x.verbOf[k] !== v.index) return null;
  return agent;
}

function agentAfter(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  for (let k = from; k < chunks.length && k < from + 6; k++) {
    const ch = chunks[k];
    if (x.clauseOf[ch.head] !== v.clause) return null;
    if (ch.prep === 'by') return ch.index;
  }
  return null;
}

/** "talks with X" hang on the noun right before; otherwise on the clause's verb. Coordinated members share it. */
function attachPrepositions(x: SentenceSyntax): void {
  const { chunks, verbOf, clauseOf } = x;
  let lastVerb = -1;
  let c = 0;
  for (let i = 0; i < x.tokens.length && c < chunks.length; i++) {
    if (verbOf[i] >= 0) lastVerb = verbOf[i];
    if (i !== chunks[c].start) continue;
    const ch = chunks[c];
    c++;
    if (ch.possessor !== null) { ch.attachedTo = chunks[ch.possessor].attachedTo; continue; }
    if (ch.coordination !== ch.index) { ch.attachedTo = chunks[ch.coordination].attachedTo; ch.prep ??= chunks[ch.coordination].prep; continue; }
    if (ch.prep === null) continue;
    const prev = ch.index > 0 ? chunks[ch.index - 1] : null;
    // "met for a second day with X": a phrase after a time hangs on the verb.
    const afterTime = prev !== null && ch.prep !== 'of' && TIME_NOUNS.has(x.tokens[prev.head].lower);
    if (prev && prev.end === ch.start - 1 && !afterTime) ch.attachedTo = { kind: 'chunk', index: prev.index };
    else if (lastVerb >= 0 && x.verbs[lastVerb].clause === clauseOf[ch.start]) ch.attachedTo = { kind: 'verb', index: lastVerb };
  }
}
