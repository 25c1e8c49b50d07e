// Offices and organs that stand for a state or for the person holding them: "the President of Ukraine", "the IDF".
import type { EntityIndex } from '../context.js';
import type { Entity } from '../record.js';
import type { Chunk, SentenceSyntax } from '../syntax/types.js';
import { STATE_FORCES } from '../entities/lexicon.js';

/** Heads that name an office ("the President of Ukraine", "the two leaders", "his Russian counterpart"). */
const OFFICE_NOUNS = new Set(['president', 'leader', 'leaders', 'counterpart', 'counterparts', 'premier', 'chancellor', 'emir', 'king']);
/** Offices that make a person their state's leader. */
/** Words of a title that make its bearer another than the office's holder ("vice president", "former king"). */
const NOT_THE_HOLDER = new Set(['vice', 'deputy', 'former', 'acting']);
const HEADS_OF_STATE = ['president', 'prime minister', 'chancellor', 'emir', 'king', 'premier', 'supreme leader'];

/** "The IDF", "the army" (a state's own armed forces): an organ of its state, so the state acts or is acted on too. */
export function withForcesState(found: string[], index: EntityIndex): string[] {
  let out = found;
  for (const id of found) {
    const e = index.byId(id);
    if (e?.office !== STATE_FORCES || !e.country) continue;
    for (const s of stateOf(index, e.country)) if (!out.includes(s)) out = [...out, s];
  }
  return out;
}

/** The state entity the report names for `country`, if any. */
export function stateOf(index: EntityIndex, country: string): string[] {
  const e = index.entities.find((x) => x.kind === 'state' && x.country === country && x.mentions.length > 0);
  return e ? [e.id] : [];
}

/** The office a phrase names by its head ("the president", "leaders", "his counterpart", "the prime minister"). */
export function officeOf(x: SentenceSyntax, c: Chunk): string | null {
  const head = x.tokens[c.head];
  if (head.entity) return null;
  const before = c.head > c.start ? x.tokens[c.head - 1].lower : '';
  if (head.lemma === 'minister' && (before === 'prime' || before === 'foreign')) return `${before} minister`;
  return OFFICE_NOUNS.has(head.lemma) ? head.lemma : OFFICE_NOUNS.has(head.lower) ? head.lower : null;
}

/** The person the report names in `office` for `country`: the most-mentioned one whose office matches. */
export function holderOf(index: EntityIndex, country: string, office: string): string | null {
  // A counterpart is whoever the report names for that state (its own office is the other side's); a leader heads it.
  const fits = (title: string | null) => {
    if (office.startsWith('counterpart')) return true;
    const t = (title ?? '').toLowerCase();
    if (t.replaceAll('-', ' ').split(' ').some((w) => NOT_THE_HOLDER.has(w))) return false;
    return office.startsWith('leader') ? HEADS_OF_STATE.includes(t) : t === office;
  };
  let best: Entity | null = null;
  for (const e of index.entities) {
    if (e.kind !== 'person' || e.country !== country || !e.mentions.length || !fits(e.office)) continue;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  return best?.id ?? null;
}
