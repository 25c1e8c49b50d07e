// `parley disputes`: where the stored reports disagree, each side with its value, speaker, outlet and evidence.
import type { ClaimView, EventRow, Store } from '../store/types.js';
import { claimDisputes, USUAL_SUBJECT, type ClaimInput, type Dispute } from '../merge/disputes.js';
import { dateWindow } from '../merge/dates.js';
import { placeFold } from '../merge/events.js';
import { EVENT_DISPUTE_MIN_OUTLETS } from '../merge/merge.data.js';
import { EntityNames } from './entities.js';
import { eventLabel } from './events.js';

export type { Dispute } from '../merge/disputes.js';

/** Mentions of a contested event read for its sides: enough for every value, not every retelling. */
const MENTIONS_READ = 40;

export async function disputes(store: Store): Promise<Dispute[]> {
  const names = new EntityNames(store);
  return [...(await eventDisputes(store, names)), ...(await claimsInDispute(store, names))];
}

/** Events whose reports give different days, or different places (one naming a place inside the other is not). */
async function eventDisputes(store: Store, names: EntityNames): Promise<Dispute[]> {
  const out: Dispute[] = [];
  for (const field of ['date', 'place'] as const) {
    for (const id of await store.contestedEvents(field)) {
      // The votes tell whether two day dates (or two places) were given at all, before any mention is read.
      const votes = (await store.votes(id, field)).filter((v) => field !== 'date' || v.value.length === 10);
      if (votes.length < 2) continue;
      const ev = (await store.event(id))!;
      const sides = (await store.mentions(id, MENTIONS_READ)).filter((m) => (field === 'date' ? m.granularity === 'day' : m.place));
      const valueOf = (m: (typeof sides)[number]) => (field === 'date' ? m.date! : placeFold(m.place)!);
      const outlets = new Map<string, Set<string>>();
      for (const m of sides) outlets.set(valueOf(m), (outlets.get(valueOf(m)) ?? new Set()).add(m.outlet));
      const folds = [...outlets].filter(([, o]) => o.size >= EVENT_DISPUTE_MIN_OUTLETS[field]).map(([v]) => v);
      const reports = new Set(sides.filter((m) => folds.includes(valueOf(m))).map((m) => m.doc_id));
      if (reports.size < 2) continue;
      const nested = (a: string, b: string) => a.includes(b) || b.includes(a);
      const conflict = folds.some((a, i) => folds.slice(i + 1).some((b) => field === 'date' || !nested(a, b)));
      if (!conflict) continue;
      await names.load([...ev.actor, ...ev.recipient, ...sides.map((m) => m.reported_by)]);
      out.push({
        kind: `event-${field}`, subject: eventLabel(ev, names), event: id,
        values: sides.map((m) => ({
          value: (field === 'date' ? m.date : m.place)!, speaker: names.name(m.reported_by), outlet: m.outlet,
          report: m.doc_id, evidence: m.evidence,
        })),
      });
    }
  }
  return out;
}

async function claimsInDispute(store: Store, names: EntityNames): Promise<Dispute[]> {
  const parties = new Map<number, Set<number>>();
  // What a figure is about was read at ingest (claims.subject): no report text is scanned again here.
  const claims = await store.claims();
  for (const reportId of new Set(claims.map((c) => c.report_id))) {
    const ids = await store.reportEntityIds(reportId);
    await names.load(ids);
    parties.set(reportId, new Set(ids.filter((id) => ['person', 'state'].includes(names.row(id)?.kind ?? ''))));
  }
  const partiesOf = (reportId: number) => parties.get(reportId)!;
  // The events claims are about, read before the (synchronous) grouping labels them.
  const aboutEvents = new Map<number, EventRow>();
  for (const id of new Set(claims.map((c) => c.about_event).filter((x): x is number => x !== null))) {
    const ev = await store.event(id);
    if (ev) aboutEvents.set(id, ev);
  }
  await names.loadEvents([...aboutEvents.values()]);
  const inputs: ClaimInput[] = claims.map((c: ClaimView) => ({
    topic: c.subject && c.subject !== USUAL_SUBJECT[c.kind] ? c.subject : null,
    kind: c.kind, value: c.value, approx: c.approx, bound: c.bound ?? null, about: c.about_event !== null ? `event:${c.about_event}` : null,
    date: dateWindow(c.date)?.lo ?? null, parties: partiesOf(c.report_id),
    side: { value: c.value, speaker: c.speaker_name, outlet: c.outlet, report: c.doc_id, evidence: c.evidence },
  }));
  const claimAbout = new Map(claims.map((c) => [c.evidence, c.about]));
  return claimDisputes(inputs, (c) => {
    if (c.about) return eventLabel(aboutEvents.get(Number(c.about.slice(6)))!, names);
    const about = claimAbout.get(c.side.evidence);
    return `${c.kind}${about ? ` (${about})` : ''}${c.date ? ` around ${c.date}` : ''}`;
  });
}
