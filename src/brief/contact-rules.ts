// What counts as a contact between two sides of a process. Only an asserted CONSULT counts, and only between
// participants the reports state (a party a report merely implied from context is not a participant); people of
// one side (a leader and his aide, two envoys) never form a contact; a call needs a person at each end (a state
// "calling" someone is a statement, not a call). Person–person and side–side lines are kept apart, and a person
// stands for their side in the side lines, once per event however many of its people and organs took part.
import type { SidedEvent } from './context.js';
import type { ProcessScope } from './scope.js';

export const CONTACT_RULES = {
  stated: 'contact.stated-parties: participants only a report\'s context implied are not parties to a contact',
  sides: 'contact.different-sides: people of one side are not each other\'s counterparts',
  held: 'contact.told-as-held: a contact only floated, hoped for or denied in every report is no contact',
  call: 'contact.call-needs-people: a call is between people; a state named as caller is a metonym for a statement',
} as const;

/** Whether some report tells of the contact in a clause free of proposal, hope or negation words. */
export function toldAsHeld(scope: ProcessScope, e: SidedEvent): boolean {
  return e.ev.held !== false;
}

/** Participants some report states with the event (an entity every mention only inferred is left out). */
export function statedParticipants(scope: ProcessScope, e: SidedEvent): number[] {
  const all = [...new Set([...e.ev.actor, ...e.ev.recipient])];
  return e.ev.stated ? all.filter((id) => e.ev.stated!.includes(id)) : all;
}

export interface ContactShape {
  /** Pairs of process sides in contact (keys), each once. */
  sides: [string, string][];
  /** Pairs of people on different process sides. */
  people: [number, number][];
}

const pairsOf = <T>(xs: T[]): [T, T][] => xs.flatMap((x, i) => xs.slice(i + 1).map((y): [T, T] => [x, y]));

const ASSERTED = ['asserted'] as const;
/** Asserted contact shapes per scope and event: status, contacts and plan matching ask for the same events often. */
const shapes = new WeakMap<ProcessScope, WeakMap<SidedEvent, ContactShape | null>>();

/** The contact an event records between the process's sides, or null when it records none. */
export function contactOf(scope: ProcessScope, e: SidedEvent, modalities: readonly string[] = ASSERTED): ContactShape | null {
  if (e.ev.category !== 'CONSULT' || !modalities.includes(e.ev.modality)) return null;
  if (modalities !== ASSERTED) return shapeOf(scope, e);
  const known = shapes.get(scope) ?? shapes.set(scope, new WeakMap()).get(scope)!;
  let shape = known.get(e);
  if (shape === undefined) known.set(e, (shape = shapeOf(scope, e)));
  return shape;
}

function shapeOf(scope: ProcessScope, e: SidedEvent): ContactShape | null {
  if (e.ev.modality === 'asserted' && !toldAsHeld(scope, e)) return null;
  const stated = statedParticipants(scope, e).filter((id) => scope.sideOf(id));
  const names = scope.ctx.sides;
  const sides = [...new Set(stated.map((id) => scope.sideOf(id)!))].sort();
  if (sides.length < 2) return null;
  if (e.ev.mode === 'phone') {
    const withPerson = new Set(stated.filter((id) => names.isPerson(id)).map((id) => scope.sideOf(id)!));
    if (withPerson.size < 2) return null;
    const people = stated.filter((id) => names.isPerson(id));
    return { sides: pairsOf([...withPerson].sort()), people: pairsOf(people).filter(([x, y]) => scope.sideOf(x) !== scope.sideOf(y)) };
  }
  const people = stated.filter((id) => names.isPerson(id));
  return { sides: pairsOf(sides), people: pairsOf(people).filter(([x, y]) => scope.sideOf(x) !== scope.sideOf(y)) };
}

/** True when the event is a contact between sides `a` and `b`. */
export function isContactBetween(scope: ProcessScope, e: SidedEvent, a: string, b: string): boolean {
  const c = contactOf(scope, e);
  return !!c && c.sides.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
