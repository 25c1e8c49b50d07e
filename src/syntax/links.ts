// The links a rule needs: each verb group's subject, object and by-agent, and the noun or verb a prepositional
// phrase hangs on. Each verb group looks at the chunks of its own clause only, found from its neighbours in text
// order, so the whole pass is linear in the number of chunks and verbs.
import type { Chunk, SentenceSyntax, VerbGroup } from './types.js';
import { lendSubjects, namesParty } from './lent-subjects.js';
import { PSYCH_VERBS, SPEECH_VERBS, TIME_NOUNS } from './lexicon.data.js';

export function linkSyntax(x: SentenceSyntax): void {
  const { tokens, chunks, verbs, clauses, clauseOf } = x;
  for (const v of verbs) v.clause = clauseOf[v.head];
  attachPrepositions(x);
  // Chunks sorted by start already; for each verb, the nearest chunk before and after it in its clause.
  let c = 0;
  for (const v of verbs) {
    while (c < chunks.length && chunks[c].end <= v.start) c++;
    v.subject = subjectBefore(x, chunks, c - 1, v);
    v.object = objectAfter(x, chunks, c, v) ?? objectAfterVenue(x, chunks, c, v);
    v.agent = v.passive ? agentAfter(x, chunks, c, v) : reducedPassiveAgent(x, chunks, c, v);
    v.subject ??= afterReducedPassive(x, v);
    if (v.agent === null && reducedRelative(x, v)) v.passive = true;
  }
  lendSubjects(x);
}

/** The nearest chunk before the verb in its clause that is not a prepositional object, an apposition or a possessor. */
function subjectBefore(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  for (let k = from, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    // "the National Liberation Army (ELN) guerrilla group are meeting": the noun after a bracketed gloss heads the
    // phrase before the gloss; read that phrase in its place (the gloss is no subject either).
    const glossed = beforeGloss(x, chunks[k]);
    if (glossed !== null) { k = glossed + 1; continue; }
    const ch = chunks[k];
    // A relative clause inside this one ("the guerrillas, who held the hills, disarmed"), and what it reports ("the
    // council, which says it is the government, criticised"), is skipped over.
    if (x.clauseOf[ch.head] !== v.clause) {
      if (inRelativeOf(x, x.clauseOf[ch.head], v.clause)) continue;
      return null;
    }
    // "after the RSF seized": a subordinator wink tags as a preposition opened the clause; its noun is the subject.
    const opener = ch.prep !== null && ((x.clauses[v.clause].start === ch.start - 1 && x.clauses[v.clause].cue === ch.prep
      && x.tokens[v.start - 1]?.lower !== ',')
      // "with Trump accusing Zelensky": an absolute phrase's noun is the subject of the -ing verb right after it.
      || (ch.end === v.start && x.tokens[v.head].lower.endsWith('ing') && (ch.prep === 'with' || ch.prep === 'as')));
    if ((ch.prep !== null && !opener) || (k + 1 < chunks.length && chunks[k + 1].possessor === k && chunks[k + 1].start < v.start)) continue;
    // A verb group between the chunk and this verb has its own subject, unless it is a bare participle modifying the
    // chunk ("the Red Cross operating in Iraq said"): then the chunk is the subject of both.
    const between = x.verbOf[ch.end] ?? -1;
    if (between >= 0 && between !== v.index && !modifyingParticiple(x, x.verbs[between], v)) return null;
    return throughParticiples(x, ch.appositionOf ?? ch.index, v);
  }
  return null;
}

/** Most tokens a bracketed gloss may hold ("(ELN)", "(the Kurdistan Workers' Party)"). */
const MAX_GLOSS = 8;

/** The chunk that ends right before a bracketed gloss that ends right before `ch`, if any. */
function beforeGloss(x: SentenceSyntax, ch: Chunk): number | null {
  if (x.tokens[ch.start - 1]?.lower !== ')') return null;
  for (let k = ch.start - 2; k > 0 && k >= ch.start - 2 - MAX_GLOSS; k--) {
    if (x.tokens[k].lower !== '(') continue;
    const before = x.chunkOf[k - 1] ?? -1;
    return before >= 0 && x.chunks[before].end === k ? before : null;
  }
  return null;
}

/** How deep a clause may sit inside the relative clause that hangs on the verb's clause. */
const MAX_NESTING = 3;

/** Is clause `c` a relative clause on clause `of`, or a clause inside one ("which says [it is the government]")? */
function inRelativeOf(x: SentenceSyntax, c: number, of: number): boolean {
  for (let hops = 0; hops < MAX_NESTING; hops++) {
    const clause = x.clauses[c];
    if (clause.parent === null) return false;
    if (clause.kind === 'relative' && clause.parent === of) return true;
    c = clause.parent;
  }
  return false;
}

/** A bare -ing form right after a noun, before the finite verb of its clause: "aid groups working in the area said". */
function modifyingParticiple(x: SentenceSyntax, w: VerbGroup, v: VerbGroup): boolean {
  return w.index < v.index && w.clause === v.clause && w.start === w.head && w.modal === null && !w.negated
    && x.tokens[w.head].lower.endsWith('ing');
}

/** "precision guided missiles": a bare past form between two bare nouns (no determiner, no name) is a modifier; a
 * past verb after a name or a determiner phrase ("the US recommended Kyiv") is the clause's own verb. */
function compoundParticiple(x: SentenceSyntax, w: VerbGroup): boolean {
  const bareNoun = (c: number | null) => c !== null && c >= 0 && !x.chunks[c].entities.length && x.tokens[x.chunks[c].start].pos !== 'DET'
    && x.tokens[x.chunks[c].start].pos !== 'PRON';
  return w.tense === 'past' && bareNoun(x.chunkOf[w.start - 1] ?? -1) && bareNoun(w.object);
}

/** "British aircraft using guided missiles killed ...", "officials overseeing the talks said": the chunk before a finite
 * verb may be the object of a bare participle that modifies the real subject; follow such participles back to it. */
function throughParticiples(x: SentenceSyntax, chunk: number, v: VerbGroup): number {
  if (x.tokens[v.head].lower.endsWith('ing')) return chunk;
  let at = chunk;
  for (let hop = 0; hop < 3; hop++) {
    const g = x.verbs.find((w) => w.index < v.index && w.object === at && w.start === w.head && w.modal === null && w.subject !== null
      && w.clause === v.clause && (x.tokens[w.head].lower.endsWith('ing') || compoundParticiple(x, w)));
    // The participle must follow a noun directly ("aircraft using", "precision guided"): it modifies that noun.
    if (!g) break;
    const before = x.chunkOf[g.start - 1] ?? -1;
    if (before < 0 || x.chunks[before].end !== g.start) break;
    at = g.subject!;
  }
  return at;
}

function objectAfter(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  const ch = chunks[from];
  if (!ch || x.clauseOf[ch.head] !== v.clause || ch.prep !== null) return null;
  // Only particles or adverbs may stand between the verb and its object ("pulled back its troops").
  for (let k = v.end; k < ch.start; k++) if (x.tokens[k].pos !== 'ADV' && x.tokens[k].pos !== 'ADP' && x.tokens[k].pos !== 'PART') return null;
  return ch.index;
}

const VENUE_PREPS = new Set(['at', 'in']);

/**
 * "received at the palace the President of Togo": a venue phrase may stand between the verb and its object; the
 * object is then the determiner phrase right after the venue's noun.
 */
function objectAfterVenue(x: SentenceSyntax, chunks: Chunk[], from: number, v: VerbGroup): number | null {
  const venue = chunks[from], next = chunks[from + 1];
  if (!venue || !next || !VENUE_PREPS.has(venue.prep ?? '') || next.prep !== null || next.start !== venue.end) return null;
  if (x.tokens[next.start].pos !== 'DET' || x.clauseOf[next.head] !== v.clause) return null;
  for (let k = v.end; k < venue.start; k++) if (x.tokens[k].pos !== 'ADP') return null;
  return next.index;
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
    // "was reached at a meeting hosted by X": a participle between the verb and "by" takes the agent itself.
    if (ch.prep === 'by') return x.verbOf[ch.start - 2] >= 0 && x.verbOf[ch.start - 2] !== v.index ? null : ch.index;
  }
  return null;
}

/** "a team headed by the minister bargained with X", "fighters linked to X attacked": right after a participle and
 * its by-agent or prepositional phrases, the clause's own verb takes the noun the participle follows as its subject. */
function afterReducedPassive(x: SentenceSyntax, v: VerbGroup): number | null {
  const p = x.verbs[v.index - 1];
  if (!p || p.passive || p.subject === null || p.clause !== v.clause || x.chunks[p.subject].end !== p.start) return null;
  if (p.agent !== null) return x.chunks[p.agent].end === v.start ? p.subject : null;
  // "fighters linked to al-Shabaab attacked": a bare past participle with only prepositional phrases after it.
  const h = x.tokens[p.head];
  // "Barrack said in a statement posted on X": a verb of saying there is the clause's own verb, not a participle.
  if (p.start !== p.head || p.object !== null || h.lower === h.lemma || h.lower.endsWith('ing') || h.lower.endsWith('s') || SPEECH_VERBS.has(h.lemma)) return null;
  for (let k = p.end; k < v.start; k++) {
    const c = x.chunkOf[k];
    const t = x.tokens[k];
    // "linked to al Qaeda's JNIM": the possessed phrase stands in the prepositional object the possessor opened.
    if (t.pos !== 'ADP' && t.lower !== "'s" && t.lower !== '’s' && (c < 0 || x.chunks[c].prep === null)) return null;
  }
  return v.start > p.end ? p.subject : null;
}

/**
 * "agreed to release 46 soldiers detained in Bamako": a bare past participle right after the object of an earlier verb
 * of its clause tells what was done to that object (a reduced relative), so the object is no doer of it.
 */
function reducedRelative(x: SentenceSyntax, v: VerbGroup): boolean {
  const h = x.tokens[v.head];
  if (v.passive || v.start !== v.head || v.modal !== null || v.subject === null || h.pos !== 'VERB') return false;
  if (h.lower === h.lemma || h.lower.endsWith('ing') || h.lower.endsWith('s') || PSYCH_VERBS.has(h.lemma)) return false;
  // "saying Trump agreed that ...", "saw the army attacked the town": a verb that takes a clause or an object is active.
  if (x.chunks[v.subject].end !== v.start || v.object !== null || x.tokens[v.end]?.lower === 'that') return false;
  // (An auxiliary standing alone before its subject, "had Kenya insisted", is no earlier verb with an object.)
  return x.verbs.some((w) => w.index < v.index && w.clause === v.clause && w.object === v.subject && !SPEECH_VERBS.has(x.tokens[w.head].lemma)
    && x.tokens[w.head].pos !== 'AUX');
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
    // "alongside Xi, and North Korean troops have fought": a phrase after ", and" that opens a new clause is its
    // subject, not one more member of the prepositional object before the comma.
    if (ch.coordination !== ch.index && opensCoordinatedClause(x, ch)) ch.coordination = ch.index;
    if (ch.coordination !== ch.index) { ch.attachedTo = chunks[ch.coordination].attachedTo; ch.prep ??= chunks[ch.coordination].prep; continue; }
    if (ch.prep === null) continue;
    const prev = ch.index > 0 ? chunks[ch.index - 1] : null;
    // "met for a second day with X": a phrase after a time hangs on the verb.
    const afterTime = prev !== null && ch.prep !== 'of' && TIME_NOUNS.has(x.tokens[prev.head].lower);
    if (prev && prev.end === ch.start - 1 && !afterTime) ch.attachedTo = { kind: 'chunk', index: prev.index };
    else if (lastVerb >= 0 && x.verbs[lastVerb].clause === clauseOf[ch.start]) ch.attachedTo = { kind: 'verb', index: lastVerb };
  }
}

/** Is the chunk the first phrase of a clause that "and"/"but" opened right before it? */
function opensCoordinatedClause(x: SentenceSyntax, ch: Chunk): boolean {
  const clause = x.clauses[x.clauseOf[ch.head]];
  return clause.kind === 'coordinated' && clause.start === ch.start - 1 && x.clauseOf[ch.head] !== x.clauseOf[x.chunks[ch.coordination].head];
}
