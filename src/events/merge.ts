// One real event mentioned several times in a report becomes one event. Two candidates are the same event when they
// share category, compatible mode and date, and one's parties include the other's. A bare noun mention with no
// modal cue ("a direct call between X and Y") takes the modality of the explicit mention it merges with.
import type { EventDate } from '../record.js';
import type { Candidate } from './find.js';

const WEAK_RULES = new Set(['consult.meet.noun', 'consult.phone.call-noun', 'agree.deal-between']);

export function mergeCandidates(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const same = out.find((o) => sameEvent(o, c));
    if (!same) { out.push({ ...c }); continue; }
    absorb(same, c);
  }
  return out;
}

function parties(c: Candidate): Set<string> {
  return new Set([...c.actor, ...c.recipient]);
}

function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.event !== b.event) return false;
  if (a.mode !== b.mode && (a.mode === 'phone' || b.mode === 'phone' || (a.mode && b.mode))) return false;
  if (!datesCompatible(a.date, b.date)) return false;
  if (!modalityCompatible(a, b)) return false;
  const pa = parties(a), pb = parties(b);
  // Events still waiting for their sides merge only with their like.
  if (a.sidesNeeded !== b.sidesNeeded) return false;
  const [small, big] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
  if (![...small].every((x) => big.has(x))) return false;
  // What did not happen is only the same event when it has the very same parties.
  if (a.modality !== 'asserted' && b.modality !== 'asserted' && small.size !== big.size) return false;
  // A one-party mention only joins a larger event of the same sentence or a meeting-noun reference.
  if (small.size === 1 && big.size > 1 && a.sentence[0] !== b.sentence[0] && !WEAK_RULES.has(b.rule) && !WEAK_RULES.has(a.rule)) return false;
  // Two mentions of agreeing in different sentences are often two agreements ("agreed to a truce", later "agreed
  // to convene"); they are one only on the same day.
  const sameStatedDay = !!a.date?.value && a.date.value === b.date?.value && !a.date.inferred && !b.date?.inferred;
  if (a.event !== 'CONSULT' && a.sentence[0] !== b.sentence[0] && !sameStatedDay) return false;
  if (a.event !== 'CONSULT') {
    // Outside meetings the direction matters: the same actors, and recipients that do not contradict.
    const sa = new Set(a.actor);
    if (!b.actor.every((x) => sa.has(x)) && !a.actor.every((x) => b.actor.includes(x))) return false;
  }
  return true;
}

function weak(c: Candidate): boolean {
  return c.modality === 'asserted' && !c.explicitModality && WEAK_RULES.has(c.rule);
}

function modalityCompatible(a: Candidate, b: Candidate): boolean {
  if (a.modality === b.modality) return true;
  // A bare noun mention lends itself only to an event with exactly its parties.
  return (weak(a) || weak(b)) && parties(a).size === parties(b).size;
}

function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a?.value || !b?.value) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

function absorb(keep: Candidate, c: Candidate): void {
  if (weak(keep) && !weak(c)) keep.modality = c.modality, keep.explicitModality = c.explicitModality;
  const actors = new Set([...keep.actor, ...c.actor]);
  keep.actor = [...actors];
  keep.recipient = [...new Set([...keep.recipient, ...c.recipient])].filter((x) => !actors.has(x));
  if (!keep.mode && c.mode) keep.mode = c.mode;
  if ((!keep.date?.value && c.date?.value) || (keep.date?.granularity !== 'day' && c.date?.granularity === 'day')) keep.date = c.date;
  if (!keep.where && c.where) keep.where = c.where;
  if (keep.reported_by === null) keep.reported_by = c.reported_by;
  keep.hedged = keep.hedged && c.hedged;
}
