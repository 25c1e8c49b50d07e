// One war per pair of sides: a report that tells a conflict as a whole ("the war", "the fighting has killed
// thousands", "the two have been fighting for years") beside a dated or placed clash of the same sides tells one
// conflict, not several. Runs after the counterparts are completed (./counterpart.ts), because a mention of
// "the fighting" names no side of its own and stands for the report's main sides; a generic mention then joins the
// most informative ASSAULT of exactly its sides, and is gone.
import type { EntityIndex } from '../context.js';
import type { Token } from '../nlp/wink.js';
import type { ExtractedEvent, Span } from '../record.js';
import { partySide } from './sides.js';

/** Words that name a conflict as a whole rather than one act of it. A war or fighting told without a day or place
 * of its own, whoever is named, is the conflict again. ("Clashes" and "attacks" are episodes: each may be its own.) */
const WHOLE_CONFLICT = new Set(['war', 'wars', 'conflict', 'conflicts', 'warfare', 'fighting', 'hostilities', 'fought', 'fight', 'violence']);

export interface FightingDeps {
  index: EntityIndex;
  /** The tokens inside a span of the report. */
  words: (span: Span) => readonly Token[];
}

/** A party's side (./sides.ts); one with no country is a side of its own. */
function sideOf(index: EntityIndex, id: string): string {
  const e = index.byId(id);
  if (!e) return id;
  return partySide(index, e) ?? `party:${e.id}`;
}

function sidesOf<T extends ExtractedEvent>(e: T, index: EntityIndex): Set<string> {
  return new Set([...e.actor, ...e.recipient].map((id) => sideOf(index, id)));
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const statedDay = (e: ExtractedEvent) => (e.date?.value && !e.date.inferred ? e.date.value : null);

/** Episodes told again with "the" ("the clashes continued for hours"): a reference back to the clashes told. */
const EPISODES = new Set(['clashes', 'skirmishes']);

/** The trigger's last word names the conflict as a whole (or "the clashes" point back), and the mention has no day
 * of its own. */
function generic(e: ExtractedEvent, words: FightingDeps['words']): boolean {
  if (e.event !== 'ASSAULT' || statedDay(e)) return false;
  const trigger = words(e.span);
  const last = trigger.at(-1)?.lower ?? '';
  if (WHOLE_CONFLICT.has(last)) return true;
  return EPISODES.has(last) && trigger.length === 1 && words([e.sentence[0], e.span[0]]).at(-1)?.lower === 'the';
}

/** A generic mention placed somewhere ("fighting in Donbas") only retells a clash of that same place. */
const samePlace = (g: ExtractedEvent, e: ExtractedEvent) => !g.where || (!!e.where && (e.where.entity ?? e.where.text) === (g.where.entity ?? g.where.text));

/** How much a mention tells: stated parties, a stated day, a place; a specific act beats a generic one. */
function informativeness(e: ExtractedEvent, words: FightingDeps['words']): number {
  const stated = [...e.actor, ...e.recipient].filter((id) => !(e.inferred ?? []).includes(id)).length;
  return stated + (statedDay(e) ? 1 : 0) + (e.where ? 1 : 0) + (generic(e, words) ? 0 : 2);
}

/** Removes every generic ASSAULT mention that another ASSAULT of the same sides and modality already tells. */
export function mergeRetoldFighting<T extends ExtractedEvent>(events: T[], deps: FightingDeps): T[] {
  const gone = new Set<T>();
  for (const g of events) {
    if (!generic(g, deps.words)) continue;
    const sides = sidesOf(g, deps.index);
    if (sides.size < 2) continue;
    const into = events
      .filter((e) => e !== g && !gone.has(e) && e.event === 'ASSAULT' && e.modality === g.modality && samePlace(g, e) && sameSet(sidesOf(e, deps.index), sides))
      .sort((a, b) => informativeness(b, deps.words) - informativeness(a, deps.words))[0];
    if (!into || informativeness(into, deps.words) < informativeness(g, deps.words)) continue;
    gone.add(g);
  }
  return events.filter((e) => !gone.has(e));
}
