// Events across reports: a report's event joins the canonical event that is the same real event (same category,
// same participants, compatible dates, same modality class), or starts a new one. Matching is incremental and
// uses indexed candidate look-ups, so ingest cost does not grow with the store.
import type { CandidateQuery, EventRow, Vote } from '../store/types.js';
import { daysBetween, granularityOf, mentionWindow, overlaps, widen, type Window } from './dates.js';
import { GRANULARITY_RANK, MERGE_RULES, MODALITY_CLASS } from './merge.data.js';
import { foldWord } from './names.js';
import type { MergeSession } from './session.js';

/** One report-level event, already mapped to canonical entity ids. */
export interface MentionInput {
  category: string;
  mode: string | null;
  actor: number[];
  recipient: number[];
  modality: string;
  date: string | null;
  dateText: string | null;
  since: string | null;
  until: string | null;
  place: string | null;
  published: string | null;
  outlet: string;
  reportId: number;
  docEvent: string;
  hedged: boolean;
  reportedBy: number | null;
  span: [number, number];
  evidence: string;
  rule: string;
  /** Participants the report implied rather than stated. */
  inferred?: number[];
  polarity?: string | null;
  /** PLOVER 2.0 contexts the report gives the event. */
  context?: string[];
}

export interface MergeResult { eventId: number; merged: boolean }

/** Participants as a key: order-insensitive for CONSULT (a meeting is mutual), actor>recipient otherwise. */
export function participantKey(category: string, actor: number[], recipient: number[]): string | null {
  const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b).join(',');
  if (actor.length + recipient.length === 0) return null;
  return category === 'CONSULT' ? sorted([...actor, ...recipient]) : `${sorted(actor)}>${sorted(recipient)}`;
}

export function placeFold(place: string | null): string | null {
  if (!place) return null;
  const f = place.split(/\s+/).map((w) => foldWord(w, { variants: {} })).filter(Boolean).join(' ');
  return f || null;
}

function compatible(m: Window & { day: boolean; place: string | null }, c: EventRow): boolean {
  if (m.day && c.granularity === 'day' && c.date) {
    if (c.date === m.lo) return true;
    const samePlace = m.place !== null && placeFold(c.place) === m.place;
    return samePlace && Math.abs(daysBetween(c.date, m.lo)) <= MERGE_RULES.samePlaceDayTolerance;
  }
  return overlaps(m, c);
}

/** Among compatible candidates: the same day first, then the best attested, then the oldest. */
function best(cands: EventRow[], day: string | null): EventRow | undefined {
  return [...cands].sort((a, b) =>
    Number(b.date === day) - Number(a.date === day) || b.mention_count - a.mention_count || a.id! - b.id!)[0];
}

/** Where a mention looks for its event: its key, window, and the window candidates are searched in. */
function lookup(m: MentionInput) {
  const mclass = MODALITY_CLASS[m.modality] ?? 'irrealis';
  // An event with no known participants cannot be told apart from others: it stands alone.
  const pkey = participantKey(m.category, m.actor, m.recipient) ?? `none:${m.reportId}:${m.docEvent}`;
  const win = mentionWindow(m.date, m.published, mclass);
  const day = m.date !== null && granularityOf(m.date) === 'day' && win.lo === m.date;
  const probe = { ...win, day, place: placeFold(m.place) };
  const search = probe.place && day ? widen(win, MERGE_RULES.samePlaceDayTolerance) : win;
  return { mclass, pkey, win, day, probe, search };
}

/** The candidate look-ups merging this mention may make (its own, and a new event's search for its plan or outcome). */
export function mentionQueries(m: MentionInput): CandidateQuery[] {
  const { mclass, pkey, win, search } = lookup(m);
  return [
    { category: m.category, pkey, mclass, lo: search.lo, hi: search.hi },
    { category: m.category, pkey, mclass: otherClass(mclass), lo: win.lo, hi: win.hi },
  ];
}

/** Merges one mention in `session` (its report's): written to the store when the session is flushed. */
export async function mergeMention(session: MergeSession, m: MentionInput): Promise<MergeResult> {
  const { mclass, pkey, win, day, probe, search } = lookup(m);
  const match = best((await session.candidateEvents(m.category, pkey, mclass, search.lo, search.hi))
    .filter((c) => compatible(probe, c)), day ? m.date : null);

  const found = match && (await session.adopt(match));
  let ev: EventRow;
  if (found) {
    ev = found;
  } else {
    ev = {
      category: m.category, mode: m.mode, actor: [...new Set(m.actor)], recipient: [...new Set(m.recipient)], pkey,
      mclass, modality: m.modality, date: null, granularity: null, lo: win.lo, hi: win.hi, place: m.place,
      source_count: 0, mention_count: 0,
    };
    await session.insertEvent(ev);
    await linkPlans(session, ev, win);
  }
  session.insertMention({
    event_id: ev.id!, report_id: m.reportId, doc_event: m.docEvent, mode: m.mode, modality: m.modality, date: m.date,
    granularity: m.date ? granularityOf(m.date) : null, date_text: m.dateText, since: m.since, until: m.until,
    place: m.place, hedged: m.hedged, reported_by: m.reportedBy, start: m.span[0], end: m.span[1],
    evidence: m.evidence, rule: m.rule, inferred: m.inferred ?? [], polarity: m.polarity ?? null, context: m.context ?? [],
  });
  ev.mention_count += 1;
  recordFacts(ev, m, !found);
  if (session.addOutlet(ev.id!, m.outlet)) ev.source_count += 1;
  applyConsensus(session, ev, m);
  return { eventId: ev.id!, merged: !!found };
}

const otherClass = (mclass: string) => (mclass === 'asserted' ? 'irrealis' : 'asserted');
const top = (votes: Vote[]) => votes[0]?.value ?? null;

/** Keeps on the event what readers need from all its mentions: whether one tells it as held, who is stated. */
function recordFacts(ev: EventRow, m: MentionInput, first: boolean): void {
  const inferred = new Set(m.inferred ?? []);
  const stated = [...new Set([...m.actor, ...m.recipient])].filter((id) => !inferred.has(id));
  ev.held = (first ? false : ev.held !== false) || !m.polarity;
  const before = first ? [] : ev.stated ?? [...new Set([...ev.actor, ...ev.recipient])];
  const all = [...new Set([...ev.actor, ...ev.recipient])];
  const union = new Set([...before, ...stated]);
  ev.stated = all.every((id) => union.has(id)) ? null : all.filter((id) => union.has(id));
}

/** Adds this mention's votes and sets the event's consensus: majority, a day beating a month beating a year. */
function applyConsensus(session: MergeSession, ev: EventRow, m: MentionInput): void {
  if (m.date) {
    const g = granularityOf(m.date);
    const date = top(session.vote(ev.id!, 'date', m.date, GRANULARITY_RANK[g]));
    if (date) {
      const w = mentionWindow(date, null, ev.mclass);
      Object.assign(ev, { date, granularity: granularityOf(date), lo: w.lo, hi: w.hi });
    }
  }
  if (m.place) ev.place = top(session.vote(ev.id!, 'place', m.place, 0)) ?? ev.place;
  if (m.mode) ev.mode = top(session.vote(ev.id!, 'mode', m.mode, 0)) ?? ev.mode;
  ev.modality = top(session.vote(ev.id!, 'modality', m.modality, 0)) ?? ev.modality;
}

/** A planned (or hoped-for) event and the report that it happened stay two events, linked planned -> realised. */
async function linkPlans(session: MergeSession, ev: EventRow, win: Window): Promise<void> {
  for (const c of await session.candidateEvents(ev.category, ev.pkey, otherClass(ev.mclass), win.lo, win.hi)) {
    const [planned, realised] = ev.mclass === 'asserted' ? [c, ev] : [ev, c];
    if (planned.modality === 'future' || planned.modality === 'hypothetical') session.linkPlanned(planned.id!, realised.id!);
  }
}
