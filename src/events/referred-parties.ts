// The party a phrase refers back to: a pronoun ("he", "it") or a definite description ("the group", "the country")
// and its antecedent, and the pronoun after a charge noun ("a charge it denies"), which is the one charged.
import type { SentenceSyntax, Chunk } from '../syntax/types.js';
import { anaphorKinds, antecedent } from './anaphora.js';
import type { RoleOptions } from './role-options.js';

/** The party a pronoun ("he", "it") or a definite description ("the group", "the country") refers back to. */
export function referredTo(x: SentenceSyntax, c: Chunk, o: RoleOptions, exclude: readonly string[]): string[] {
  if (c.entities.length) return [];
  const kinds = anaphorKinds(x.tokens.slice(c.start, c.end).map((t) => t.lower));
  if (!kinds) return [];
  const start = x.tokens[c.start].start;
  // Inside or outside a quotation, only the words on the same side of its marks count as the text before.
  if (o.quotes.some(([a, b]) => start >= a && start < b)) return [];
  const subject = c.end === c.start + 1 && CHARGES.has(x.tokens[c.start - 1]?.lower ?? '') ? subjectBefore(x, c, kinds, exclude) : null;
  if (subject) return [subject];
  const e = antecedent(o.entities, start, kinds, exclude);
  return e ? [e.id] : [];
}

/** Nouns of a charge made against a party: in "…, a charge it denies" the pronoun is the one charged. */
const CHARGES = new Set(['charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion']);

/**
 * "Rwanda has been accused of backing the rebels, a charge it denies": the pronoun after a charge noun refers to the
 * subject of the nearest verb before it in its sentence (a party of a kind it can stand for), not to the nearest name.
 */
function subjectBefore(x: SentenceSyntax, c: Chunk, kinds: readonly string[], exclude: readonly string[]): string | null {
  for (let k = x.verbs.length - 1; k >= 0; k--) {
    const v = x.verbs[k];
    if (v.end > c.start || v.subject === null || v.subject === c.index) continue;
    const ids = x.chunks[v.subject].entities.filter((id) => !exclude.includes(id));
    const fit = ids.find((id) => { const t = x.tokens.find((w) => w.entity === id); return t?.entityKind ? kinds.includes(t.entityKind) : false; });
    if (fit) return fit;
  }
  return null;
}
