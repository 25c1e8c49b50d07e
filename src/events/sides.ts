// The side a party stands on, one reading for every refiner that compares or completes sides (merging, the war told
// as a whole, implied counterparts).
import type { EntityIndex } from '../context.js';
import type { Entity } from '../record.js';
import { REGIONAL_GOVERNMENT, STATE_FORCES } from '../entities/lexicon.js';

/** A non-state armed group; a state's own armed forces (an organ of the state) are the state's side. */
export const armedGroup = (e: Entity): boolean => e.kind === 'group' && e.office !== STATE_FORCES;

/** A party that is a side of its own though it has a state's country: a non-state armed group, or a region's own
 * administration, which bargains with the state it is in ("Jubaland and Mogadishu", "Erbil and Baghdad"). */
export const ownSide = (e: Entity): boolean => armedGroup(e) || e.office === REGIONAL_GOVERNMENT;

/** The armed group or regional administration a person speaks or acts for, by the report's own words (Entity.affiliation). */
export function forGroup(index: EntityIndex, e: Entity): Entity | undefined {
  const g = e.kind === 'person' && e.affiliation ? index.byId(e.affiliation) : undefined;
  return g && ownSide(g) ? g : undefined;
}

/**
 * A party's side: its country, except an armed group, which is a side of its own ("M23 and Congo's army are two
 * sides, though both are in Congo"), and a person who speaks for one ("Houthi negotiator X"), who stands on its side.
 * Null for a party with no country.
 */
export function partySide(index: EntityIndex, e: Entity): string | null {
  if (ownSide(e)) return `group:${e.id}`;
  const group = forGroup(index, e);
  return group ? `group:${group.id}` : e.country;
}
