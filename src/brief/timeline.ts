// Timeline: the process's canonical events by date, with a modality mark and how many outlets carry each.
import type { ProcessScope } from './scope.js';
import type { TimelineEntry } from './types.js';

export const MODALITY_MARKS: Record<string, string> = { asserted: '', future: 'planned', hypothetical: 'hypothetical', negated: 'denied' };

export function timeline(scope: ProcessScope, since: string | null): TimelineEntry[] {
  const names = scope.ctx.sides;
  return scope.events
    .filter((e) => !since || (e.ev.date !== null && e.ev.date >= since))
    .sort((x, y) => (x.ev.date ?? '9999').localeCompare(y.ev.date ?? '9999') || x.ev.id! - y.ev.id!)
    .map((e) => ({
      id: e.ev.id!, date: e.ev.date, event: e.ev.category, mode: e.ev.mode, modality: e.ev.modality,
      mark: MODALITY_MARKS[e.ev.modality] ?? e.ev.modality, actor: e.ev.actor.map((id) => names.entityName(id)),
      recipient: e.ev.recipient.map((id) => names.entityName(id)), place: e.ev.place, sources: e.ev.source_count,
      evidence: scope.ctx.eventEvidence(e.ev.id!, 1),
    }));
}
