// Tallies for proposing processes: hostility and cooperation between pairs of sides, and the reports that show
// each pair together. One pass over the stored events; the weights come from data/processes.json.
import type { BriefContext, SidedEvent } from './context.js';
import type { ProcessRules } from './rules.js';
import { sideKind } from './sides.js';

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

export interface Hostility { weight: number; strong: number; events: Set<number> }

export interface Tallies {
  hostile: Map<string, Hostility>;
  /** Weighted cooperative events (talks, agreements, support) that include both sides. */
  coop: Map<string, number>;
  /** Asserted talks (CONSULT) that include both sides. */
  talks: Map<string, number>;
  /** Asserted talks with three or more sides: the sides present. */
  multiTalks: SidedEvent[];
  /** Reports with an asserted event that includes both sides. */
  reports: Map<string, Set<number>>;
  /** Every event's sides by event id, for asking which other sides a pair's events involve. */
  eventSides: Map<number, Set<string>>;
}

/**
 * The opposing pairs of a hostile event. Actors against recipients; co-actors are each other's opponents when
 * nobody else is named ("X and Y accused each other") or when the act is a clash ("X and Y fought"), because a
 * recipient named next to a clash is more often the host of the talks about it than a target.
 */
function opposingPairs(e: SidedEvent, rules: ProcessRules, allies: Set<string>): [string, string][] {
  const out = new Map<string, [string, string]>();
  const add = (a: string, b: string) => { if (a !== b) out.set(pairKey(a, b), [a, b]); };
  for (const a of e.actorSides) for (const b of e.recipientSides) add(a, b);
  if (!e.recipientSides.size || rules.clashCategories.includes(e.ev.category)) {
    const actors = [...e.actorSides];
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) if (!allies.has(pairKey(actors[i], actors[j]))) add(actors[i], actors[j]);
    }
  }
  return [...out.values()];
}

export function tally(ctx: BriefContext, rules: ProcessRules): Tallies {
  const t: Tallies = { hostile: new Map(), coop: new Map(), talks: new Map(), multiTalks: [], reports: new Map(), eventSides: new Map() };
  // Pairs where one side backs the other: they are not each other's opponents in a clash they fight together.
  const allies = new Set<string>();
  for (const e of ctx.events) {
    if (e.ev.modality !== 'asserted' || !rules.allyCategories.includes(e.ev.category)) continue;
    // Backing is a state's (or group's) support for an armed group; support between states is diplomacy.
    for (const a of e.actorSides) for (const b of e.recipientSides) if (a !== b && sideKind(b) === 'group') allies.add(pairKey(a, b));
  }
  for (const e of ctx.events) {
    if (e.ev.modality !== 'asserted') continue;
    t.eventSides.set(e.ev.id!, e.sides);
    const all = [...e.sides];
    const pairs: string[] = [];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) pairs.push(pairKey(all[i], all[j]));
    if (pairs.length) {
      const reports = ctx.eventReports(e.ev.id!);
      for (const k of pairs) { const s = t.reports.get(k) ?? t.reports.set(k, new Set()).get(k)!; for (const r of reports) s.add(r); }
    }
    const w = rules.hostileCategories[e.ev.category];
    if (w) {
      // An act aimed at several sides at once is weak evidence against each of them: its weight is shared.
      const opposing = opposingPairs(e, rules, allies);
      const strong = !rules.weakHostileCategories.includes(e.ev.category);
      for (const [a, b] of opposing) {
        const k = pairKey(a, b);
        const h = t.hostile.get(k) ?? t.hostile.set(k, { weight: 0, strong: 0, events: new Set() }).get(k)!;
        h.weight += w / opposing.length;
        if (strong) h.strong += w / opposing.length;
        h.events.add(e.ev.id!);
      }
      continue;
    }
    const cw = rules.cooperativeCategories[e.ev.category];
    if (cw) for (const k of pairs) bump(t.coop, k, cw);
    if (rules.contactCategories.includes(e.ev.category)) {
      for (const k of pairs) bump(t.talks, k);
      if (all.length >= 3) t.multiTalks.push(e);
    }
  }
  return t;
}

/** A pair's hostility score: weak-only hostility (words, refusals) counts for less than acts. */
export function hostility(t: Tallies, a: string, b: string, rules: ProcessRules): number {
  const h = t.hostile.get(pairKey(a, b));
  if (!h) return 0;
  return h.strong > 0 ? h.weight : h.weight * rules.weakOnlyFactor;
}

export const coopOf = (t: Tallies, a: string, b: string) => t.coop.get(pairKey(a, b)) ?? 0;
export const talksOf = (t: Tallies, a: string, b: string) => t.talks.get(pairKey(a, b)) ?? 0;
export const reportsOf = (t: Tallies, a: string, b: string) => t.reports.get(pairKey(a, b))?.size ?? 0;

/** Share of a pair's hostile events that also involve `third`: near 1 when the pair is a shadow of a conflict with it. */
export function shareWith(t: Tallies, a: string, b: string, third: string): number {
  const h = t.hostile.get(pairKey(a, b));
  if (!h || !h.events.size) return 0;
  let n = 0;
  for (const id of h.events) if (t.eventSides.get(id)?.has(third)) n++;
  return n / h.events.size;
}
