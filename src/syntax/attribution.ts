// Who a sentence says told it, read from its syntax: "according to X", an unnamed source ("officials said"), the one
// who speaks through a verb of saying ("Lavrov said [Russia would ...]") and an attribution that closes the sentence
// (", X said on Monday."). Each reading returns token or chunk indices; the events stage turns them into parties.
import { indexedPhraseAt, phraseAt, phraseIndex, phrases } from './phrases.js';
import { SPEECH_VERBS } from './lexicon.data.js';
import type { SentenceSyntax, VerbGroup } from './types.js';
import { reportingForms } from '../words/reporting.js';
import { SOURCE_ADJECTIVES, SOURCE_NOUNS, SOURCE_VERBS, UNNAMED_OPENERS } from '../words/sources.js';

/** The written forms of the verbs of saying that introduce a clause, as phrases ("said", "made it clear"). */
const SAYING = phraseIndex(phrases(...reportingForms({ classes: ['say', 'manner'], clause: true })));
/** The plain verbs of saying ("said", "told"): an attribution that closes a sentence uses one of these. */
const SAYING_PLAIN = phraseIndex(phrases(...reportingForms({ classes: ['say'], clause: true })));
const ACCORDING_TO = ['according', 'to'];
/** What ends a run of words that belong together: a comma, a colon, a quotation mark. */
const RUN_BREAKS = new Set([',', ';', ':', '"', '“', '”']);
const END_MARKS = new Set(['.', '!', '?']);
const DEPENDENT = new Set(['relative', 'subordinate']);

/** The tokens of the source "according to" opens, up to the next comma or the end of the sentence, or up to a verb
 * that hangs a place or recipient on it ("according to cables arriving from Lusaka", "a memo sent to the cabinet"); a
 * by-agent is still the source's ("a note issued by the ministry"). Null when the sentence does not say it. */
export function accordingTo(x: SentenceSyntax): [number, number] | null {
  for (let i = 0; i < x.tokens.length; i++) {
    const at = phraseAt(x.tokens, i, ACCORDING_TO);
    if (at === null) continue;
    let end = at;
    while (end < x.tokens.length && !RUN_BREAKS.has(x.tokens[end].lower) && !END_MARKS.has(x.tokens[end].lower) && (end === at || !verbNotByAgent(x, end))) end++;
    return end > at ? [at, end] : null;
  }
  return null;
}

/** Token `k` is a word of a verb group that no "by" follows. */
function verbNotByAgent(x: SentenceSyntax, k: number): boolean {
  const v = x.verbOf[k];
  return v >= 0 && x.tokens[x.verbs[v].end]?.lower !== 'by';
}

const isSourceNoun = (x: SentenceSyntax, i: number) => SOURCE_NOUNS.has(x.tokens[i].lemma) || SOURCE_NOUNS.has(x.tokens[i].lower);

/** Does the sentence attribute itself to sources it does not name ("officials said", "according to two diplomats",
 * "people familiar with the talks")? */
export function unnamedSource(x: SentenceSyntax): boolean {
  const according = accordingTo(x);
  if (according !== null && UNNAMED_OPENERS.has(x.tokens[according[0]].lower)) return true;
  for (const ch of x.chunks) {
    if (!isSourceNoun(x, ch.head)) continue;
    // "people familiar with": the adjective may end the chunk or follow it.
    for (let k = ch.head + 1; k <= ch.end && k < x.tokens.length; k++) if (SOURCE_ADJECTIVES.has(x.tokens[k].lower)) return true;
  }
  return x.verbs.some((v) => SOURCE_VERBS.has(x.tokens[v.head].lemma) && speakerChunks(x, v.start).some((c) => isSourceNoun(x, x.chunks[c].head)));
}

/** The first verb of saying that ends by token `before` ("Lavrov said [Russia would ...]"): its first token, or null. */
export function sayingBefore(x: SentenceSyntax, before: number): number | null {
  for (let i = 0; i < before; i++) {
    const end = indexedPhraseAt(x.tokens, i, SAYING);
    if (end !== null && end <= before) return i;
  }
  return null;
}

/**
 * The noun phrases that name who does the verb at token `i`, in text order: its subject (or, with none of its own,
 * that of the verb before it in its clause or the clause it hangs on: "..., saying"), the subject's possessor
 * ("Chile's defence ministry"), the phrases hanging on it before the verb ("the envoy to Peru Ana Ruiz"), and the
 * phrase right before the verb. Subjects joined by "and" speak together. A subject that renames another ("Ana Ruiz,
 * the bank's economist, said") stands for it.
 */
export function speakerChunks(x: SentenceSyntax, i: number): number[] {
  const v = x.verbOf[i];
  const start = v < 0 ? i : x.verbs[v].start;
  const out = new Set<number>();
  const own = v < 0 ? null : x.verbs[v].subject ?? subjectBefore(x, v);
  // "Ana Ruiz, the bank's economist, said": the one the subject renames speaks.
  const subject = own === null ? null : x.chunks[own].appositionOf ?? own;
  if (subject !== null) {
    for (const c of x.chunks) if (c.coordination === x.chunks[subject].coordination) out.add(c.index);
    const owner = x.chunks[subject].possessor;
    if (owner !== null) out.add(owner);
    for (let c = subject + 1; c < x.chunks.length && x.chunks[c].end <= start; c++) {
      const on = x.chunks[c].attachedTo;
      if (on?.kind === 'chunk' && out.has(on.index)) out.add(c);
    }
  }
  const adjacent = start > 0 ? x.chunkOf[start - 1] : -1;
  if (adjacent >= 0 && x.chunks[adjacent].end === start) for (const c of x.chunks) if (c.coordination === x.chunks[adjacent].coordination) out.add(c.index);
  return [...out].sort((a, b) => a - b);
}

/** The subject of the nearest verb before verb group `v` in its clause or the clause that clause hangs on. */
function subjectBefore(x: SentenceSyntax, v: number): number | null {
  const own = x.verbs[v].clause, parent = x.clauses[own].parent;
  for (let k = v - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if ((g.clause === own || g.clause === parent) && g.subject !== null) return g.subject;
  }
  return null;
}

/** ", Ukrainian President X said on Monday.", ", said X.": an attribution after token `from` that closes the sentence
 * after a comma, with no verb but its verb of saying — the tokens before that verb and from it, or null. */
export function closingAttribution(x: SentenceSyntax, from: number): { before: [number, number]; after: [number, number] } | null {
  let end = x.tokens.length;
  while (end > from && END_MARKS.has(x.tokens[end - 1].lower)) end--;
  let comma = end - 1;
  while (comma >= from && !RUN_BREAKS.has(x.tokens[comma].lower)) comma--;
  if (comma < from || x.tokens[comma].lower !== ',') return null;
  for (let i = comma + 1; i < end; i++) {
    const stop = indexedPhraseAt(x.tokens, i, SAYING_PLAIN);
    if (stop === null || stop > end) continue;
    // "..., the mayor said the bridge had reopened": a clause with a subject of its own is more than an attribution.
    const saying = x.verbOf[i];
    // "..., a pact that the envoy hoped would hold": the verb of a relative or subordinate clause opened after the comma
    // tells no source ("..., an aide travelling with the minister said" still does).
    if (x.clauses.some((c) => c.start > comma + 1 && c.start <= i && DEPENDENT.has(c.kind))) return null;
    for (let k = comma + 1; k < end; k++) {
      const g = x.verbOf[k];
      if (g >= 0 && g !== saying && x.verbs[g].subject !== null && !x.verbs[g].subjectLent) return null;
    }
    return { before: [comma + 1, i], after: [i, end] };
  }
  return null;
}

/** Clauses a reported clause may hold on the way down to a clause it governs ("said [that the talks, which ..., ...]"). */
const INSIDE_REPORTED = new Set(['subordinate', 'relative']);
const HOPS = 4;

/** The reported clause that clause `c` hangs in: a that-clause or bare clause after a verb of saying, reached from `c`
 * up through subordinate and relative clauses. */
export function reportedClauseOf(x: SentenceSyntax, c: number | null): number | null {
  for (let p = c, hops = 0; p !== null && hops < HOPS; p = x.clauses[p].parent, hops++) {
    const cl = x.clauses[p];
    if (cl.kind === 'reported' || (cl.kind === 'subordinate' && cl.cue === 'that')) return p;
    if (!INSIDE_REPORTED.has(cl.kind)) return null;
  }
  return null;
}

/**
 * The verb of saying that governs clause `c` ("Iran said [the attack would not go unanswered]"): the nearest verb
 * with a subject before `c` in the clause `c` hangs on, when it is a verb of saying. A participle with no subject of
 * its own ("said in a statement posted on X that ...") is passed over.
 */
export function sayingOf(x: SentenceSyntax, c: number): VerbGroup | null {
  const clause = x.clauses[c];
  if (clause.parent === null) return null;
  for (let k = x.verbs.length - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.clause !== clause.parent || g.end > clause.start || g.subject === null) continue;
    return SPEECH_VERBS.has(x.tokens[g.head].lemma) ? g : null;
  }
  return null;
}
