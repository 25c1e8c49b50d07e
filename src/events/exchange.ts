// "Hamas released the hostages in exchange for prisoners": what is given "in exchange for" is the other side's act.
// The side the exchanged-for verb acted on (whose hostages were freed) is the one that gives in return.
import type { Span } from '../record.js';
import type { Chunk, SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { withRoles, type RoleOptions } from './role-options.js';
import { indexOf } from './role-index.js';
import { verbRoles } from './verb-roles.js';

/** The parties that give what an "in exchange for" phrase names, or null when the phrase is not one or names none. */
export function exchangeGivers(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span): string[] | null {
  if (c.prep !== 'in' || x.tokens[c.head].lemma !== 'exchange' || x.tokens[c.end]?.lower !== 'for') return null;
  const v = exchangedFor(x, c);
  if (!v) return null;
  const acted = verbRoles(x, v, withRoles(o, 'svo'), trigger);
  return acted.recipient.length ? acted.recipient : null;
}

/** The act the phrase is given for: the verb it hangs on, or whose object it follows ("released 30 detainees in exchange"). */
function exchangedFor(x: SentenceSyntax, c: Chunk): VerbGroup | null {
  const at = c.attachedTo;
  let v = at?.kind === 'verb' ? x.verbs[at.index] : at?.kind === 'chunk' ? (indexOf(x).objectOf.get(at.index) ?? [])[0] : undefined;
  // "released the hostages taken in 2023 in exchange for ...": a participle on the verb's object hands the phrase back
  // to that verb.
  if (v && v.passive && v.start === v.head && v.subject !== null) v = x.verbs.find((w) => w.index < v!.index && w.object === v!.subject) ?? v;
  return v ?? null;
}
