// The shallow syntax layer: built once per sentence (and cached on it), shared by every stage that reads roles,
// scope or clause kinds. Linear in sentence length: each pass walks the tokens or chunks once, with bounded look-back.
import type { EntityIndex } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import { findChunks } from './chunks.js';
import { findClauses } from './clauses.js';
import { linkSyntax } from './links.js';
import { synTokens } from './tokens.js';
import type { SentenceSyntax, SynToken } from './types.js';
import { findVerbGroups } from './verbs.js';

export type * from './types.js';
export { synTokens } from './tokens.js';
export { prepositionGerund } from './lent-subjects.js';

const cache = new WeakMap<Sentence, { entities: EntityIndex | null; syntax: SentenceSyntax }>();

/** The sentence's syntax; built on first request for these entities, then reused. */
export function syntaxOf(s: Sentence, entities: EntityIndex | null, tokens?: SynToken[]): SentenceSyntax {
  const hit = cache.get(s);
  if (hit && hit.entities === entities) return hit.syntax;
  const syntax = buildSyntax(s, entities, tokens);
  cache.set(s, { entities, syntax });
  return syntax;
}

/** The sentence's syntax; `tokens` may be passed when the caller already has them (the rule matcher reads them first). */
export function buildSyntax(s: Sentence, entities: EntityIndex | null, tokens: SynToken[] = synTokens(s, entities)): SentenceSyntax {
  const { chunks, chunkOf } = findChunks(tokens);
  const { verbs, verbOf } = findVerbGroups(tokens);
  // A token is in a chunk or a verb group, never both: a verb inside a noun run ("the planned withdrawal") stays nominal.
  for (let i = 0; i < tokens.length; i++) if (chunkOf[i] >= 0 && verbOf[i] >= 0) verbOf[i] = -1;
  const liveVerbs = verbs.filter((v) => { for (let k = v.start; k < v.end; k++) if (verbOf[k] === v.index) return true; return false; });
  const renumber = new Map(liveVerbs.map((v, i) => [v.index, i]));
  for (let i = 0; i < tokens.length; i++) if (verbOf[i] >= 0) verbOf[i] = renumber.get(verbOf[i])!;
  liveVerbs.forEach((v, i) => { v.index = i; });
  const { clauses, clauseOf } = findClauses(tokens, verbOf, liveVerbs);
  const syntax: SentenceSyntax = { tokens, chunks, verbs: liveVerbs, clauses, chunkOf, verbOf, clauseOf };
  linkSyntax(syntax);
  return syntax;
}

/** A one-line picture of the syntax for `--explain`: [chunks], <verb groups>, and clause breaks with their kind. */
export function describeSyntax(x: SentenceSyntax): string {
  const out: string[] = [];
  let i = 0;
  let clause = -1;
  while (i < x.tokens.length) {
    if (x.clauseOf[i] !== clause) {
      clause = x.clauseOf[i];
      const c = x.clauses[clause];
      out.push(`‖${c.kind}${c.cue ? `(${c.cue})` : ''}`);
    }
    const ch = x.chunkOf[i], v = x.verbOf[i];
    if (ch >= 0) {
      const c = x.chunks[ch];
      out.push(`[${x.tokens.slice(c.start, c.end).map((t) => t.text).join(' ')}]${c.possessor !== null ? "'s" : ''}`);
      i = c.end;
    } else if (v >= 0) {
      const g = x.verbs[v];
      const flags = [g.tense, g.modal, g.negated ? 'neg' : '', g.passive ? 'passive' : '', g.subject !== null ? `S=${g.subject}` : '',
        g.object !== null ? `O=${g.object}` : '', g.agent !== null ? `by=${g.agent}` : ''].filter(Boolean).join(',');
      out.push(`<${x.tokens.slice(g.start, g.end).map((t) => t.text).join(' ')}|${flags}>`);
      i = g.end;
    } else { out.push(x.tokens[i].text); i++; }
  }
  return out.join(' ');
}
