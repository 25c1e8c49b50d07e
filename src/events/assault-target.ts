// Whom an attack told without a target was aimed at, read from the sentence's structure rather than guessed from the
// report: "the war in Ukraine, where Moscow launched an invasion" (the noun a "where"/"which" clause hangs on),
// "Ukraine has changed since Russia invaded" (the main clause a "since/after/when" clause qualifies), "M23 seized
// large parts of eastern Congo" (the place the taken ground belongs to). Used by ./counterpart.ts before it falls
// back on the report's main sides.
import { sentenceAt, type DocContext } from '../context.js';
import type { Entity, ExtractedEvent } from '../record.js';
import { syntaxOf, type SentenceSyntax } from '../syntax/index.js';
import { STATE_FORCES } from '../entities/lexicon.js';

/** Subordinators whose clause tells when the main clause's state began or changed. */
const TIME_CUES = new Set(['since', 'after', 'when', 'before', 'until']);

/** A state that a chunk's entity stands for: the state itself, or the state a place lies in. */
function statesOf(x: SentenceSyntax, chunk: number, ctx: DocContext): string[] {
  const out: string[] = [];
  for (const id of x.chunks[chunk].entities) {
    const e = ctx.entities.byId(id);
    if (!e) continue;
    if (e.kind === 'state') out.push(e.id);
    else if (e.kind === 'place' && e.country) {
      const state = ctx.entities.entities.find((s: Entity) => s.kind === 'state' && s.country === e.country);
      if (state) out.push(state.id);
    }
  }
  return out;
}

/** The chunk and the prepositional phrases hanging on it ("the war in Ukraine"), and what it hangs on itself. */
function phraseStates(x: SentenceSyntax, chunk: number, ctx: DocContext): string[] {
  const linked = x.chunks.filter((c) => c.attachedTo?.kind === 'chunk' && c.attachedTo.index === chunk && (c.prep === 'in' || c.prep === 'of' || c.prep === 'on'));
  const up = x.chunks[chunk].attachedTo?.kind === 'chunk' ? [x.chunks[chunk].attachedTo!.index] : [];
  return [chunk, ...linked.map((c) => c.index), ...up].flatMap((k) => statesOf(x, k, ctx));
}

/** The chunk that ends right before token `at` (past one comma). */
function chunkBefore(x: SentenceSyntax, at: number): number | null {
  for (const k of [at - 1, at - 2]) if (k >= 0 && x.chunkOf[k] >= 0 && x.chunks[x.chunkOf[k]].end === k + 1) return x.chunkOf[k];
  return null;
}

/** "the war in Ukraine, where Moscow launched an invasion": the token "where" opening the trigger's stretch of its
 * clause, after the place it relates to (the syntax layer opens no clause at "where"; bounded look-back). */
function whereBefore(x: SentenceSyntax, at: number): number | null {
  for (let k = at - 1; k > 0 && k >= at - 10; k--) {
    if (x.clauseOf[k] !== x.clauseOf[at]) return null;
    const t = x.tokens[k];
    if (t.lower === 'where') return x.tokens[k - 1].lower === ',' || x.tokens[k - 1].pos === 'PROPN' || x.tokens[k - 1].pos === 'NOUN' ? k : null;
    if (t.pos === 'PUNCT' && t.lower !== '-') return null;
  }
  return null;
}

function fromClause(x: SentenceSyntax, at: number, ctx: DocContext): string[] {
  const where = whereBefore(x, at);
  const place = where === null ? null : chunkBefore(x, where);
  if (place !== null) return phraseStates(x, place, ctx);
  const clause = x.clauses[x.clauseOf[at]];
  if (!clause) return [];
  if (clause.kind === 'relative') {
    const noun = chunkBefore(x, clause.start);
    return noun === null ? [] : phraseStates(x, noun, ctx);
  }
  if (clause.kind === 'subordinate' && clause.cue !== null && TIME_CUES.has(clause.cue) && clause.parent !== null) {
    const main = x.verbs.find((v) => v.clause === clause.parent && v.subject !== null);
    return main ? statesOf(x, main.subject!, ctx) : [];
  }
  return [];
}

/** "seized parts of eastern Congo": the state the object's ground lies in. */
function fromObject(x: SentenceSyntax, at: number, ctx: DocContext): string[] {
  const v = x.verbOf[at] >= 0 ? x.verbs[x.verbOf[at]] : null;
  return v?.object == null ? [] : phraseStates(x, v.object, ctx);
}

/** The states the sentence names as the target of an ASSAULT that names none, minus the attacker's own. */
export function assaultTarget(ctx: DocContext, e: ExtractedEvent): string[] {
  const s = sentenceAt(ctx.analysis, e.span[0]);
  if (!s) return [];
  const x = syntaxOf(s, ctx.entities);
  const at = x.tokens.findIndex((t) => t.start >= e.span[0]);
  if (at < 0) return [];
  // An armed group is no side of the state it is based in: "M23 seized parts of Congo" is aimed at Congo.
  const actors = e.actor.map((id) => ctx.entities.byId(id)).filter((a): a is Entity => !!a && !(a.kind === 'group' && a.office !== STATE_FORCES));
  const own = new Set(actors.map((a) => a.country).filter((c): c is string => !!c));
  const found = [...fromObject(x, at, ctx), ...fromClause(x, at, ctx)];
  return [...new Set(found)].filter((id) => !own.has(ctx.entities.byId(id)?.country ?? '') && !e.actor.includes(id));
}
