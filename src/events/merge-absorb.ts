// Folding one mention of an event into another (./merge.ts decides which are the same event): the kept event shows
// the most informative mention's evidence and gathers every mention's parties, mode, date and place.
import type { Candidate } from './find.js';
import { betterDate } from './merge-dates.js';

/** Rules of a bare noun mention ("the talks", "a call between X and Y"): they carry no modal cue of their own. */
export const WEAK_RULES = new Set(['consult.meet.noun', 'consult.phone.call-noun', 'agree.deal-between']);

export function parties(c: Candidate): Set<string> {
  return new Set([...c.actor, ...c.recipient]);
}

/** A bare noun mention: no modal cue of its own. */
export function weak(c: Candidate): boolean {
  return c.modality === 'asserted' && !c.explicitModality && WEAK_RULES.has(c.rule);
}

/** How much a mention tells: its stated parties, a stated date, a place. */
function informativeness(c: Candidate): number {
  const stated = [...parties(c)].filter((id) => !(c.inferred ?? []).includes(id)).length;
  return stated + (c.date?.value && !c.date.inferred ? 1 : 0) + (c.where ? 1 : 0);
}

const stated = (c: Candidate, id: string) => parties(c).has(id) && !(c.inferred ?? []).includes(id);

export function absorb(keep: Candidate, c: Candidate): void {
  // The evidence shown is the most informative mention's (the first on a tie: the lead usually tells it best).
  if (informativeness(c) > informativeness(keep)) {
    keep.span = c.span, keep.sentence = c.sentence, keep.rule = c.rule;
    if (c.where) keep.where = c.where;
  }
  // Weighed after the evidence may have moved to `c`, so a weak mention whose place an explicit one took lends
  // nothing: weighing it first also merged meetings of different times on dev (F1 −0.001), so the order stays.
  if (weak(keep) && !weak(c)) keep.modality = c.modality, keep.explicitModality = c.explicitModality;
  const actors = new Set([...keep.actor, ...c.actor]);
  keep.actor = [...actors];
  keep.recipient = [...new Set([...keep.recipient, ...c.recipient])].filter((x) => !actors.has(x));
  // A party one mention implies and another states is stated.
  keep.inferred = [...new Set([...(keep.inferred ?? []), ...(c.inferred ?? [])])].filter((id) => !stated(keep, id) && !stated(c, id));
  if (!keep.mode && c.mode) keep.mode = c.mode;
  if (betterDate(c.date, keep.date)) keep.date = c.date;
  if (!keep.where && c.where) keep.where = c.where;
  if (keep.reported_by === null) keep.reported_by = c.reported_by;
  keep.hedged = keep.hedged && c.hedged;
}
