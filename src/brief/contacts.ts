// Contacts: who met or called whom among the process's people and states (counts by mode, last date), and apart
// from them, the contacts that are only planned, hoped for, or denied.
import type { ProcessScope } from './scope.js';
import type { BriefContacts, ContactCell, UnrealisedContact } from './types.js';

const MARKS: Record<string, string> = { future: 'planned', hypothetical: 'hoped-for', negated: 'denied' };

/** Pairs of participants on different sides: every pair at a meeting, or actor and recipient. */
function pairsOf(scope: ProcessScope, actor: number[], recipient: number[]): [number, number][] {
  const out: [number, number][] = [];
  const all = [...new Set([...actor, ...recipient])];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [x, y] = [all[i], all[j]];
      const sx = scope.sideOf(x);
      const sy = scope.sideOf(y);
      if (sx && sy && sx !== sy) out.push([x, y]);
    }
  }
  return out;
}

export function contactsSection(scope: ProcessScope, since: string | null): BriefContacts {
  const names = scope.ctx.sides;
  const cells = new Map<string, ContactCell>();
  const notHappened: UnrealisedContact[] = [];
  for (const e of scope.events) {
    if (e.ev.category !== 'CONSULT' || (since && (!e.ev.date || e.ev.date < since))) continue;
    const pairs = pairsOf(scope, e.ev.actor, e.ev.recipient);
    if (!pairs.length) continue;
    if (e.ev.modality !== 'asserted') {
      notHappened.push({
        who: [...new Set([...e.ev.actor, ...e.ev.recipient])].map((id) => names.entityName(id)), modality: MARKS[e.ev.modality] ?? e.ev.modality,
        mode: e.ev.mode, date: e.ev.date, evidence: scope.ctx.eventEvidence(e.ev.id!, 1),
      });
      continue;
    }
    for (const [x, y] of pairs) {
      const [a, b] = [names.entityName(x), names.entityName(y)].sort();
      const key = `${a}\u0000${b}`;
      const cell = cells.get(key) ?? { a, b, count: 0, modes: {}, last: null, evidence: [] };
      cells.set(key, cell);
      cell.count++;
      const mode = e.ev.mode ?? 'unspecified';
      cell.modes[mode] = (cell.modes[mode] ?? 0) + 1;
      if (e.ev.date && (!cell.last || e.ev.date >= cell.last)) { cell.last = e.ev.date; cell.evidence = scope.ctx.eventEvidence(e.ev.id!, 1); }
      else if (!cell.evidence.length) cell.evidence = scope.ctx.eventEvidence(e.ev.id!, 1);
    }
  }
  return {
    matrix: [...cells.values()].sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
    notHappened: notHappened.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.who.join().localeCompare(y.who.join())),
  };
}
