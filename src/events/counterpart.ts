// Reports often leave the other side implicit: "Russia's invasion" (of Ukraine), "called for a ceasefire" (between
// the warring sides), "the talks ended after three hours" (Putin's talks with Trump). This refiner completes such
// events with the report's main counterpart — the most-mentioned side other than the actor's — and lists every party
// it added in `inferred`, so a reader can tell what the text states from what the context implies.
import type { EntityIndex } from '../context.js';
import type { Entity, ExtractedEvent } from '../record.js';
import { forGroup, ownSide, partySide } from './sides.js';
import { EVENT_RULES } from './rules/index.js';

const DIRECTED = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'ASSAULT', 'SUPPORT', 'CONCEDE', 'AID', 'RETREAT', 'SANCTION', 'COERCE', 'MOBILIZE', 'AGREE']);
const PARTY = new Set(['person', 'state', 'organization', 'group']);
/** Rules whose act is a command (rule flag `command`): to one's own side only it is no request of a party. */
const COMMANDS = new Set(EVENT_RULES.filter((r) => r.command).map((r) => r.id));

export interface InferredEvent extends ExtractedEvent { inferred: string[] }

/** The side a party stands on (./sides.ts). */
function sideOf(index: EntityIndex, id: string): string | undefined {
  const e = index.byId(id);
  return e ? partySide(index, e) ?? undefined : undefined;
}

/** Sides ranked by how often their parties are mentioned in the report: a country, or an armed group of its own. */
function sides(index: EntityIndex): Array<{ country: string; weight: number }> {
  const weight = new Map<string, number>();
  for (const m of index.mentions) {
    const e = index.byId(m.entity);
    // A person with no country of their own may still stand on a group's side ("Dodik, the president of Republika Srpska").
    if (!e || !PARTY.has(e.kind) || !(e.country || forGroup(index, e))) continue;
    const side = sideOf(index, e.id);
    if (!side) continue;
    weight.set(side, (weight.get(side) ?? 0) + 1);
  }
  return [...weight].map(([country, w]) => ({ country, weight: w })).sort((a, b) => b.weight - a.weight);
}

/** The report's main sides, for acts other than talks, are those at war when two of them fight in it: a much-mentioned
 * mediator (the UN and its envoy) or host is no side of "both sides" or of a call aimed at the warring parties. */
function warringFirst(ranked: Array<{ country: string; weight: number }>, fighting: Set<string>): Array<{ country: string; weight: number }> {
  const warring = ranked.filter((r) => fighting.has(r.country));
  return warring.length >= 2 ? [...warring, ...ranked.filter((r) => !fighting.has(r.country))] : ranked;
}

function representatives(index: EntityIndex, side: string, counts: Map<string, number>): Entity[] {
  const count = (e: Entity) => counts.get(e.id) ?? 0;
  // A side of its own is the group, and, as a state is, its most-mentioned person ("Jubaland's leader Madobe").
  if (side.startsWith('group:')) {
    const g = index.byId(side.slice(6));
    const leaders = g ? index.entities.filter((e) => e.kind === 'person' && forGroup(index, e) === g).sort((a, b) => count(b) - count(a)) : [];
    return g ? [g, ...leaders.slice(0, 1)] : [];
  }
  const of = index.entities.filter((e) => e.country === side && PARTY.has(e.kind) && !ownSide(e) && !forGroup(index, e));
  const collective = of.filter((e) => e.kind !== 'person');
  const people = of.filter((e) => e.kind === 'person').sort((a, b) => count(b) - count(a));
  return [...collective, ...people.slice(0, 1)];
}

export interface CounterpartDeps {
  /** The target an ASSAULT's sentence names by its structure ("where X launched an invasion"), if any. */
  targetOf?: (e: ExtractedEvent) => string[];
  /** The parties the report names as mediating (./mediators.ts): no side of "both sides" or of a call on them. */
  mediators?: ReadonlySet<string>;
}

/** Sides that fight in the report: those of a party an ASSAULT names itself (not one it was given). */
function belligerents(events: ExtractedEvent[], index: EntityIndex): Set<string> {
  const out = new Set<string>();
  for (const e of events) if (e.event === 'ASSAULT') {
    for (const id of [...e.actor, ...e.recipient]) if (!(e.inferred ?? []).includes(id)) { const s = sideOf(index, id); if (s) out.add(s); }
  }
  return out;
}

/** Sides that host or broker the talks: the country of a meeting's venue, the host of a visit. A side that fights in
 * the report is no mere host. */
function hosts(events: ExtractedEvent[], index: EntityIndex, fighting: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const e of events) if (e.event === 'CONSULT') {
    const venue = e.where?.entity ? index.byId(e.where.entity)?.country : null;
    if (venue) out.add(venue);
    if (e.mode === 'visit') for (const id of e.recipient) { const s = sideOf(index, id); if (s) out.add(s); }
  }
  for (const s of fighting) out.delete(s);
  return out;
}

/** Fighting done by two sides together ("the war between Kiir and Machar", "clashes between X and Y") has no
 * third side it is aimed at. */
function mutualFighting(e: ExtractedEvent, index: EntityIndex): boolean {
  if (e.event !== 'ASSAULT') return false;
  const named = e.actor.map((id) => index.byId(id)).filter((a): a is Entity => !!a);
  return new Set(named.map((a) => sideOf(index, a.id))).size > 1 || named.filter((a) => a.kind === 'person').length > 1;
}

type Pending = ExtractedEvent & { sidesNeeded?: boolean; accuserNeeded?: boolean };

export function addCounterparts(events: Pending[], index: EntityIndex, deps: CounterpartDeps = {}): InferredEvent[] {
  const fighting = belligerents(events, index);
  const hosting = hosts(events, index, fighting);
  // A mediator that does not fight in the report is no side of what "both sides" do (it may still be asked or
  // answered: "guarantees from the U.S.", "Ukraine backs the U.S. proposal").
  const mediating = new Set([...deps.mediators ?? []].map((id) => sideOf(index, id)).filter((s): s is string => !!s && !fighting.has(s)));
  const byWeight = sides(index), warring = warringFirst(byWeight, fighting);
  const unmediated = warring.filter((r) => !mediating.has(r.country));
  // With fewer than two sides left, the report does not tell its sides from its mediator: keep the ranking.
  const bothSides = unmediated.length >= 2 ? unmediated : warring;
  const counts = new Map<string, number>();
  for (const m of index.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  // A side's representatives depend only on the report: read once per side, not once per event that needs them.
  const chosen = new Map<string, string[]>();
  const idsOf = (side: string): string[] => {
    let ids = chosen.get(side);
    if (!ids) chosen.set(side, (ids = representatives(index, side, counts).map((x) => x.id)));
    return ids;
  };
  return events.flatMap(({ sidesNeeded, accuserNeeded, ...e0 }): InferredEvent[] => {
    const e = accuserNeeded && !e0.actor.length ? accuserOf(e0, warring) : e0;
    return e ? [completed(e, sidesNeeded)].filter((c): c is InferredEvent => c !== null) : [];
  });

  /** "Rwanda has been accused of backing the M23": the accuser left unsaid is the report's main other side. */
  function accuserOf(e: ExtractedEvent, ranked: Array<{ country: string }>): InferredEvent | null {
    const accused = new Set(e.recipient.map((id) => sideOf(index, id)));
    const other = ranked.find((r) => !accused.has(r.country));
    const by = other ? [...idsOf(other.country)] : [];
    return by.length ? { ...e, actor: by, inferred: [...new Set([...(e.inferred ?? []), ...by])] } : null;
  }

  function completed(e0: ExtractedEvent, sidesNeeded: boolean | undefined): InferredEvent | null {
    // Talks are held by those who negotiate, mediators too; acts of "both sides" and calls on them concern those at war.
    const ranked = e0.event === 'CONSULT' ? byWeight : warring;
    // "Netanyahu insisted that any IDF withdrawal ...": an act is aimed at the other side, not at one's own.
    const actorCountries = new Set(e0.actor.map((id) => sideOf(index, id)).filter(Boolean));
    const e = e0.event === 'CONSULT' || actorCountries.size !== 1 ? e0
      : { ...e0, recipient: e0.recipient.filter((id) => !actorCountries.has(sideOf(index, id))) };
    // "Petro ordered the army to send troops": an order to one's own forces is a command, no request of a party.
    if (COMMANDS.has(e0.rule) && e0.recipient.length && !e.recipient.length) return null;
    if (sidesNeeded) {
      const both = (e0.event === 'CONSULT' ? ranked : bothSides).slice(0, 2).flatMap((o) => idsOf(o.country));
      return { ...e, actor: [...new Set([...e.actor, ...both])], inferred: [...new Set([...(e.inferred ?? []), ...both])] };
    }
    // An armed group is no side of the state it is based in: that state is a candidate other side.
    const own = new Set([...e.actor, ...e.recipient].map((id) => sideOf(index, id)).filter(Boolean));
    const others = ranked.filter((s) => !own.has(s.country));
    const lonelyMeeting = e.event === 'CONSULT' && new Set([...e.actor, ...e.recipient]).size === 1;
    // An act by several sides together ("both leaders reiterated their commitment") is mutual: it has no other side.
    // (An armed group is a side of its own: "Congo and the M23 signed" is two sides, though both are in Congo.)
    const actorSides = new Set(e.actor.map((id) => sideOf(index, id)).filter(Boolean));
    // A call made jointly ("the UK, Germany and Jordan called for a ceasefire") is still aimed at the sides at war.
    const openEnded = DIRECTED.has(e.event) && e.recipient.length === 0 && (actorSides.size <= 1 || e.event === 'REQUEST');
    const known = e.inferred ?? [];
    if (!others.length || (!lonelyMeeting && !openEnded) || mutualFighting(e, index)) return { ...e, inferred: known };
    if (e.event === 'ASSAULT') return aimAttack(e, known, { index, idsOf, deps, others: others.map((o) => o.country), fighting, hosting });
    // A meeting needs one other side — the host's when it took place abroad ("a meeting with Zelensky at
    // Mar-a-Lago" is with the American side) — while an open-ended act may be aimed at either of the two main sides.
    const venue = e.where?.entity ? index.byId(e.where.entity)?.country : null;
    const host = lonelyMeeting && venue && !own.has(venue) ? others.find((o) => o.country === venue) : undefined;
    const picked = host ? [host] : others.slice(0, lonelyMeeting ? 1 : 2);
    const add = picked.flatMap((o) => idsOf(o.country)).filter((id) => !e.actor.includes(id));
    if (!add.length) return { ...e, inferred: known };
    if (lonelyMeeting) return e.mode === 'visit' && e.recipient.length === 0
      ? { ...e, recipient: add, inferred: [...known, ...add] }
      : { ...e, actor: [...e.actor, ...add.filter((id) => !e.recipient.includes(id))], inferred: [...known, ...add] };
    return { ...e, recipient: add, inferred: [...known, ...add] };
  }
}

interface AimContext { index: EntityIndex; idsOf: (side: string) => string[]; deps: CounterpartDeps; others: string[]; fighting: Set<string>; hosting: Set<string> }

/** An attack that names no target: the one its sentence points at ("where Moscow launched an invasion"), else the
 * report's main other sides that fight in it — never a side that only hosts or brokers the talks. */
function aimAttack(e: ExtractedEvent, known: string[], c: AimContext): InferredEvent {
  const read = (c.deps.targetOf?.(e) ?? []).filter((id) => !e.actor.includes(id));
  if (read.length) return { ...e, recipient: read, inferred: known };
  // An attack is aimed at a state or an armed group; a body of states (the UN, the AU) is a target only when named.
  const open = c.others.filter((s) => !c.hosting.has(s) && (s.startsWith('group:') || c.index.entities.some((e) => e.kind === 'state' && e.country === s)));
  const fought = open.filter((s) => c.fighting.has(s));
  const picked = (fought.length ? fought : open).slice(0, 2);
  const add = picked.flatMap((s) => c.idsOf(s)).filter((id) => !e.actor.includes(id));
  return add.length ? { ...e, recipient: add, inferred: [...known, ...add] } : { ...e, inferred: known };
}
