// `parley disputes`: where the stored reports disagree, each side with its value, speaker, outlet and evidence.
import type { ClaimView, EventRow, MentionView, Store } from '../store/types.js';
import { loadNestingIndex, type NestingIndex } from '../geo/nesting-index.js';
import { indexInside, namedInside, placeGroups } from '../geo/nesting.js';
import { claimDisputes, USUAL_SUBJECT, type ClaimInput, type Dispute } from '../merge/disputes.js';
import { dateWindow } from '../merge/dates.js';
import { placeFold } from '../merge/events.js';
import { EVENT_DISPUTE_MIN_OUTLETS } from '../merge/merge.data.js';
import { EntityNames } from './entities.js';
import { eventLabel } from './events.js';

export type { Dispute } from '../merge/disputes.js';

/** Mentions of a contested event read for its sides: enough for every value, not every retelling. */
const MENTIONS_READ = 40;

/** Reports of a contested event read for how they name its places ("the Mar-a-Lago club in Palm Beach"). */
const TEXTS_READ = 8;

/**
 * `claims`: every stored claim, when the caller has read them already (the brief). `places`: where places lie, the
 * compact index of src/geo/nesting-index.ts (read only when reports give an event places that their names alone do
 * not nest; null: names alone). Never the full gazetteer: it alone would take about 230 MB.
 */
export async function disputes(store: Store, claims?: ClaimView[], places: () => NestingIndex | null = loadNestingIndex): Promise<Dispute[]> {
  const names = new EntityNames(store);
  return [...(await eventDisputes(store, names, places)), ...(await claimsInDispute(store, names, claims ?? await store.claims()))];
}

/**
 * Whether the places reports give an event (folded, with the mentions naming them) are really different: places of
 * which one lies inside the other — by name ("Gaza" and "Gaza City"), as a report of the event says it, or by the
 * place index — and chains of such, are one place at different scales.
 */
async function placesApart(store: Store, folds: string[], sides: MentionView[], places: () => NestingIndex | null): Promise<boolean> {
  const named = new Map<string, string>();
  for (const m of sides) if (m.place && !named.has(placeFold(m.place)!)) named.set(placeFold(m.place)!, m.place);
  // Chains may pass through a place too few outlets give to count as a side ("Palm Beach" between an estate and a state).
  const all = [...named.keys()];
  const apart = (inside: (a: string, b: string) => boolean) => {
    const groups = placeGroups(all, inside);
    return new Set(folds.map((f) => groups.get(f))).size > 1;
  };
  const byName = (a: string, b: string) => b.includes(a);
  if (!apart(byName)) return false;
  const texts: string[] = [];
  for (const id of [...new Set(sides.map((m) => m.report_id))].slice(0, TEXTS_READ)) texts.push((await store.reportText(id)) ?? '');
  const inText = (a: string, b: string) => texts.some((t) => namedInside(t, named.get(a)!, named.get(b)!));
  if (!apart((a, b) => byName(a, b) || inText(a, b))) return false;
  const idx = places();
  return !idx || apart((a, b) => byName(a, b) || inText(a, b) || indexInside(idx, named.get(a)!, named.get(b)!));
}

/** Events whose reports give different days, or different places (one naming a place inside the other is not). */
async function eventDisputes(store: Store, names: EntityNames, places: () => NestingIndex | null): Promise<Dispute[]> {
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
      const conflict = field === 'date' ? folds.length > 1 : await placesApart(store, folds, sides, places);
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

async function claimsInDispute(store: Store, names: EntityNames, claims: ClaimView[]): Promise<Dispute[]> {
  // The people and states of every report with a claim, in one read.
  const parties = new Map((await store.claimReportEntities(['person', 'state'])).map((r) => [r.report_id, new Set(r.entities)]));
  const none = new Set<number>();
  const partiesOf = (reportId: number) => parties.get(reportId) ?? none;
  // What a figure is about was read at ingest (claims.subject): no report text is scanned again here.
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
