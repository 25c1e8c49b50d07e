// Look-ups over a sentence's shallow syntax that role reading needs: coordinated members, phrases hanging on a chunk
// or verb, the verbs a chunk is the object of, possessors.
import type { Chunk, SentenceSyntax, VerbGroup } from '../syntax/types.js';

/** Look-ups built once per sentence, so finding roles costs the same in a 30-token and a 30,000-token sentence. */
interface RoleIndex { members: Map<number, Chunk[]>; attached: Map<number, Chunk[]>; objectOf: Map<number, VerbGroup[]>; possessed: Map<number, Chunk> }
const indexes = new WeakMap<SentenceSyntax, RoleIndex>();

/** What a phrase hangs on as one number (chunks even, verbs odd): looked up per role read, so no string is built. */
function hostKey(kind: 'chunk' | 'verb', index: number): number {
  return kind === 'chunk' ? index * 2 : index * 2 + 1;
}

export function indexOf(x: SentenceSyntax): RoleIndex {
  let ix = indexes.get(x);
  if (ix) return ix;
  ix = { members: new Map(), attached: new Map(), objectOf: new Map(), possessed: new Map() };
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
  for (const ch of x.chunks) {
    push(ix.members, ch.coordination, ch);
    if (ch.attachedTo) push(ix.attached, hostKey(ch.attachedTo.kind, ch.attachedTo.index), ch);
    if (ch.possessor !== null) ix.possessed.set(ch.possessor, ch);
  }
  for (const v of x.verbs) if (v.object !== null) push(ix.objectOf, v.object, v);
  indexes.set(x, ix);
  return ix;
}

/** Chunks hanging, through one of `preps`, on a chunk that itself hangs on chunk or verb `index`. */
export function nested(x: SentenceSyntax, kind: 'chunk' | 'verb', index: number, preps: readonly string[]): Chunk[] {
  return (indexOf(x).attached.get(hostKey(kind, index)) ?? []).flatMap((ch) => hanging(x, 'chunk', ch.index, preps));
}

/** Chunks hanging on chunk `c` or verb `v` through one of `preps`; a possessor counts through the phrase it opens. */
export function hanging(x: SentenceSyntax, kind: 'chunk' | 'verb', index: number, preps: readonly string[]): Chunk[] {
  const ix = indexOf(x);
  return (ix.attached.get(hostKey(kind, index)) ?? []).filter((ch) => ch.prep !== null && preps.includes(ch.prep) && !ix.possessed.has(ch.index));
}

/** "failed to disarm and repatriate the fighters": a verb joined to the next by "and"/"or" shares its object. */
export function sharedObject(x: SentenceSyntax, v: VerbGroup): number | null {
  const next = x.verbs[v.index + 1];
  if (!next || next.object === null || next.start !== v.end + 1) return null;
  const joiner = x.tokens[v.end].lower;
  if (joiner !== 'and' && joiner !== 'or') return null;
  const c = x.clauses[next.clause];
  return c.kind === 'coordinated' && next.subject === v.subject ? next.object : null;
}
