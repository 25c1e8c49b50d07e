// Contacts: who met or called whom among the process's people (person–person lines) and sides (side–side lines,
// a person standing for their side), counts by mode and last date; apart from them, the contacts that are only
// planned, hoped for or denied and did not take place. A planned contact that later happened links to that event.
import { CONTACT_RULES, contactOf, statedParticipants } from './contact-rules.js';
import type { SidedEvent } from './context.js';
import { daysBetween } from './dates.js';
import type { ProcessScope } from './scope.js';
import type { BriefContacts, ContactCell, UnrealisedContact } from './types.js';

const MARKS: Record<string, string> = { future: 'planned', hypothetical: 'hoped-for', negated: 'denied' };
/** An undated plan counts as carried out by a contact this many days after the report of it, at most. */
const UNDATED_PLAN_DAYS = 45;
/** A dated plan counts as carried out by a contact on its day or up to this many days later. */
const DATED_PLAN_DAYS = 2;

const inSince = (e: SidedEvent, since: string | null) => !since || (e.ev.date !== null && e.ev.date >= since);

function cellFor(cells: Map<string, ContactCell>, kind: ContactCell['kind'], x: string, y: string): ContactCell {
  const [a, b] = [x, y].sort();
  const key = `${kind}\u0000${a}\u0000${b}`;
  return cells.get(key) ?? cells.set(key, { a, b, kind, count: 0, modes: {}, last: null, evidence: [], rule: kind === 'people' ? CONTACT_RULES.sides : CONTACT_RULES.stated }).get(key)!;
}

/** The event each cell quotes: its latest dated contact, else its first. Evidence is read once, at the end. */
const quoted = new WeakMap<ContactCell, number>();

function count(cell: ContactCell, e: SidedEvent): void {
  cell.count++;
  const mode = e.ev.mode ?? 'unspecified';
  cell.modes[mode] = (cell.modes[mode] ?? 0) + 1;
  if (e.ev.date && (!cell.last || e.ev.date >= cell.last)) { cell.last = e.ev.date; quoted.set(cell, e.ev.id!); }
  else if (!quoted.has(cell)) quoted.set(cell, e.ev.id!);
}

/** The asserted contact that carried out a planned one: same people (or sides, when no people are named), in time. */
/** The scope's asserted contacts, by date (computed once per scope). */
export function assertedContacts(scope: ProcessScope): SidedEvent[] {
  return scope.memo('asserted-contacts', () => scope.events.filter((e) => contactOf(scope, e))
    .sort((x, y) => (x.ev.date ?? '9999').localeCompare(y.ev.date ?? '9999') || x.ev.id! - y.ev.id!));
}

/** The index of the first contact dated on or after `key` (a partial date), by binary search on the dated ones. */
function firstOnOrAfter(asserted: SidedEvent[], key: string): number {
  let lo = 0;
  let hi = asserted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((asserted[mid].ev.date ?? '9999') < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function realisedBy(scope: ProcessScope, planned: SidedEvent, asserted: SidedEvent[] = assertedContacts(scope)): SidedEvent | null {
  const plan = contactOf(scope, planned, ['future', 'hypothetical']);
  if (!plan) return null;
  const linked = new Set(scope.ctx.plannedLinks(planned.ev.id!));
  const reported = scope.ctx.eventReports(planned.ev.id!).map((r) => scope.ctx.report(r)?.published).filter((d): d is string => !!d).sort()[0] ?? null;
  const people = plan.people.length ? new Set(plan.people.flat()) : null;
  const from = planned.ev.date ?? reported;
  if (!from) return null;
  // Contacts come by date: one of an earlier month cannot have carried the plan out, so the scan starts at its month.
  for (let i = firstOnOrAfter(asserted, from.slice(0, 7)); i < asserted.length; i++) {
    const e = asserted[i];
    // Undated contacts come last: none of them is in time.
    if (!e.ev.date) break;
    // Contacts come by date: past the plan's window (or its month or year) nothing later can have carried it out.
    if (planned.ev.date && planned.ev.date.length < 10 && !e.ev.date.startsWith(planned.ev.date)) break;
    if (from.length === 10 && daysBetween(from, e.ev.date) > (planned.ev.date ? DATED_PLAN_DAYS : UNDATED_PLAN_DAYS)) break;
    const c = contactOf(scope, e);
    if (!c) continue;
    // Linked at ingest (same participants, overlapping windows), or the same people (sides) here; in time either way.
    const same = linked.has(e.ev.id!) || (people
      ? [...people].every((id) => c.people.some(([x, y]) => x === id || y === id))
      : plan.sides.every(([a, b]) => c.sides.some(([x, y]) => x === a && y === b)));
    if (!same) continue;
    // A contact before the plan's day (or before the report of an undated plan) cannot have carried it out.
    const after = (from: string, days: number, first = 0) => daysBetween(from, e.ev.date!) >= first && daysBetween(from, e.ev.date!) <= days;
    // An undated plan is carried out after the day it was told: a contact of that day is the one the report tells
    // as done ("after the summit, he will call ..."), not the plan's fulfilment.
    const inTime = planned.ev.date
      ? (planned.ev.date.length === 10 ? after(planned.ev.date, DATED_PLAN_DAYS) : e.ev.date.startsWith(planned.ev.date))
      : !!reported && after(reported, UNDATED_PLAN_DAYS, 1);
    if (inTime) return e;
  }
  return null;
}

export async function contactsSection(scope: ProcessScope, since: string | null): Promise<BriefContacts> {
  const names = scope.ctx.sides;
  const cells = new Map<string, ContactCell>();
  const notHappened: UnrealisedContact[] = [];
  const happened: BriefContacts['happened'] = [];
  const asserted = assertedContacts(scope);
  for (const e of asserted) {
    if (!inSince(e, since)) continue;
    const c = contactOf(scope, e)!;
    for (const [x, y] of c.sides) count(cellFor(cells, 'sides', names.name(x), names.name(y)), e);
    for (const [x, y] of c.people) count(cellFor(cells, 'people', names.entityName(x), names.entityName(y)), e);
  }
  for (const cell of cells.values()) { const id = quoted.get(cell); if (id !== undefined) cell.evidence = await scope.ctx.eventEvidence(id, 1, scope.reports); }
  for (const e of scope.events) {
    if (e.ev.category !== 'CONSULT' || e.ev.modality === 'asserted' || !inSince(e, since)) continue;
    const shape = contactOf(scope, e, [e.ev.modality]);
    if (!shape) continue;
    const who = statedParticipants(scope, e).filter((id) => scope.sideOf(id)).map((id) => names.entityName(id));
    const done = e.ev.modality === 'negated' ? null : realisedBy(scope, e, asserted);
    if (done) {
      happened.push({ who, modality: MARKS[e.ev.modality] ?? e.ev.modality, date: e.ev.date, happenedOn: done.ev.date, event: done.ev.id!, evidence: await scope.ctx.eventEvidence(e.ev.id!, 1, scope.reports) });
      continue;
    }
    notHappened.push({ who, modality: MARKS[e.ev.modality] ?? e.ev.modality, mode: e.ev.mode, date: e.ev.date, evidence: await scope.ctx.eventEvidence(e.ev.id!, 1, scope.reports) });
  }
  const order = (x: ContactCell, y: ContactCell) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
  return {
    matrix: [...cells.values()].filter((c) => c.kind === 'sides').sort(order),
    people: [...cells.values()].filter((c) => c.kind === 'people').sort(order),
    notHappened: notHappened.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.who.join().localeCompare(y.who.join())),
    happened: happened.sort((x, y) => (x.happenedOn ?? '').localeCompare(y.happenedOn ?? '')),
  };
}
