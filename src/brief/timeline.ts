// Timeline: the process's canonical events by date, with a modality mark and how many outlets carry each. A hostile
// act is shown between the parties' sides: a mediator's people or the actor's own side are never its targets, and
// the reports' many retellings of one act (an invasion dated "2022", "February 2022", "24 February 2022") are one
// entry at the most precise date.
import { assertedContacts, realisedBy } from './contacts.js';
import type { SidedEvent } from './context.js';
import type { ProcessScope } from './scope.js';
import type { TimelineEntry } from './types.js';

export const MODALITY_MARKS: Record<string, string> = { asserted: '', future: 'planned', hypothetical: 'hypothetical', negated: 'denied' };
/** Acts against a side: their targets are the other party, not the people around the talks. */
const HOSTILE_ACTS = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'MOBILIZE', 'SANCTION']);

const nested = (a: string | null, b: string | null) => a !== null && b !== null && (a.startsWith(b) || b.startsWith(a));

async function entry(scope: ProcessScope, e: SidedEvent): Promise<TimelineEntry> {
  const names = scope.ctx.sides;
  return {
    id: e.ev.id!, date: e.ev.date, event: e.ev.category, mode: e.ev.mode, modality: e.ev.modality,
    mark: MODALITY_MARKS[e.ev.modality] ?? e.ev.modality, actor: e.ev.actor.map((id) => names.entityName(id)),
    recipient: e.ev.recipient.map((id) => names.entityName(id)), place: e.ev.place, sources: e.ev.source_count,
    evidence: await scope.ctx.eventEvidence(e.ev.id!, 1, scope.reports), rule: 'timeline.event',
  };
}

/** A hostile act as party sides against party sides, or null when it is not one between the parties. */
function hostileSides(scope: ProcessScope, e: SidedEvent): { actors: string[]; targets: string[] } | null {
  if (!HOSTILE_ACTS.has(e.ev.category)) return null;
  const parties = new Set(scope.parties);
  const actors = [...e.actorSides].filter((s) => parties.has(s)).sort();
  const targets = [...e.recipientSides].filter((s) => parties.has(s) && !actors.includes(s)).sort();
  return actors.length && targets.length ? { actors, targets } : null;
}

export async function timeline(scope: ProcessScope, since: string | null): Promise<TimelineEntry[]> {
  const names = scope.ctx.sides;
  const out: TimelineEntry[] = [];
  const acts = new Map<string, TimelineEntry[]>();
  const events = scope.events.filter((e) => !since || (e.ev.date !== null && e.ev.date >= since))
    // The most precise dates first, so a retelling with a coarser date joins the precise entry.
    .sort((x, y) => (y.ev.date?.length ?? 0) - (x.ev.date?.length ?? 0) || x.ev.id! - y.ev.id!);
  const asserted = assertedContacts(scope);
  for (const e of events) {
    const h = hostileSides(scope, e);
    if (!h && e.ev.category === 'CONSULT' && (e.ev.modality === 'future' || e.ev.modality === 'hypothetical')) {
      // A plan that was carried out says so, with the day it was held: it is not still "planned".
      const done = realisedBy(scope, e, asserted);
      if (done) { out.push({ ...(await entry(scope, e)), mark: `${MODALITY_MARKS[e.ev.modality]}, held ${done.ev.date ?? ''}`.trim(), heldAs: done.ev.id!, rule: 'timeline.plan-held' }); continue; }
    }
    if (!h) {
      // A hostile act whose only targets are a mediator's people or its actor's own side is no act between parties.
      if (HOSTILE_ACTS.has(e.ev.category) && e.ev.modality === 'asserted') continue;
      out.push(await entry(scope, e));
      continue;
    }
    const key = `${e.ev.category}|${e.ev.modality}|${h.actors}|${h.targets}`;
    const same = (acts.get(key) ?? []).find((t) => nested(t.date, e.ev.date));
    if (same) { same.sources += e.ev.source_count; continue; }
    const t = { ...(await entry(scope, e)), actor: h.actors.map((s) => names.name(s)), recipient: h.targets.map((s) => names.name(s)), rule: 'timeline.hostile-between-parties' };
    (acts.get(key) ?? acts.set(key, []).get(key)!).push(t);
    out.push(t);
  }
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id - y.id);
}
