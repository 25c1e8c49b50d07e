// One report's merge into canonical events, written behind: the events it touches, their votes and outlets are kept
// here while its mentions are merged, and `take` gives every change to write at once (one round trip on a server engine,
// instead of about seven per mention). Reads see the session's own changes: a candidate look-up gives the session's
// copy of an event it touched, and finds a touched event whose window moved since it was stored. A new event takes the
// store's next id (asked once per session) and is stored with the rest. `prefetch` reads the look-ups a report will make, and the votes and outlets of
// the events they find, in two round trips before its first mention is merged. A session lives inside one savepoint: if the report fails, it is dropped
// with the rollback, and nothing in it outlives the report.
import type { CandidateQuery, EventRow, EventVote, MentionRow, MergeWrites, Store, Vote } from '../store/types.js';

/** The most candidates a look-up gives (as the stores' candidate statements). */
const CANDIDATES = 50;

interface Tallies { votes: Map<string, EventVote[]>; outlets: Set<string> }
interface Touched extends Tallies { ev: EventRow; newOutlets: string[] }

const queryKey = (q: CandidateQuery) => [q.category, q.pkey, q.mclass, q.lo, q.hi].join('\u0000');

function talliesOf(votes: EventVote[], outlets: { event_id: number; outlet: string }[]): Map<number, Tallies> {
  const by = new Map<number, Tallies>();
  const of = (id: number) => by.get(id) ?? by.set(id, { votes: new Map(), outlets: new Set() }).get(id)!;
  for (const v of votes) {
    const fields = of(v.event_id).votes;
    fields.set(v.field, [...(fields.get(v.field) ?? []), v]);
  }
  for (const o of outlets) of(o.event_id).outlets.add(o.outlet);
  return by;
}

const voteOrder = (a: EventVote, b: EventVote) => b.rank - a.rank || b.count - a.count || a.seq - b.seq;

export class MergeSession {
  private readonly touched = new Map<number, Touched>();
  private readonly changedVotes = new Map<string, EventVote>();
  private mentions: MentionRow[] = [];
  private newEvents: EventRow[] = [];
  private links: { planned: number; realised: number }[] = [];
  private nextId: number | null = null;
  /** Look-ups read ahead, as the store answered them then (the session's own changes are laid over on use). */
  private readonly fetched = new Map<string, EventRow[]>();
  private readonly tallies = new Map<number, Tallies>();

  constructor(private readonly store: Store) {}

  /** Reads these look-ups, and the votes and outlets of every event they find, before any is merged. */
  async prefetch(queries: CandidateQuery[]): Promise<void> {
    const todo = [...new Map(queries.map((q) => [queryKey(q), q])).values()].filter((q) => !this.fetched.has(queryKey(q)));
    const lists = await this.store.candidateEventsOf(todo);
    todo.forEach((q, i) => this.fetched.set(queryKey(q), lists[i]));
    const ids = [...new Set(lists.flat().map((e) => e.id!))].filter((id) => !this.touched.has(id) && !this.tallies.has(id));
    const { votes, outlets } = await this.store.eventTallies(ids);
    const read = talliesOf(votes, outlets);
    for (const id of ids) this.tallies.set(id, read.get(id) ?? { votes: new Map(), outlets: new Set() });
  }

  /** As Store.candidateEvents, with the session's own copies of the events it touched. */
  async candidateEvents(category: string, pkey: string, mclass: string, lo: string, hi: string): Promise<EventRow[]> {
    const found = new Map<number, EventRow>();
    const stored = this.fetched.get(queryKey({ category, pkey, mclass, lo, hi })) ?? await this.store.candidateEvents(category, pkey, mclass, lo, hi);
    for (const row of stored) found.set(row.id!, this.touched.get(row.id!)?.ev ?? row);
    for (const { ev } of this.touched.values()) {
      if (ev.category === category && ev.pkey === pkey && ev.mclass === mclass) found.set(ev.id!, ev);
    }
    return [...found.values()].filter((e) => e.lo <= hi && e.hi >= lo).sort((a, b) => a.id! - b.id!).slice(0, CANDIDATES);
  }

  /** A new event (with no votes or outlets yet): numbered now, stored with the session's other writes. */
  async insertEvent(ev: EventRow): Promise<number> {
    this.nextId ??= await this.store.nextEventId();
    ev.id = this.nextId++;
    this.newEvents.push(ev);
    this.touched.set(ev.id, { ev, votes: new Map(), outlets: new Set(), newOutlets: [] });
    return ev.id;
  }

  /** Takes a stored event into the session: its votes and outlets are read once, and the session's copy is used after. */
  async adopt(ev: EventRow): Promise<EventRow> {
    const known = this.touched.get(ev.id!);
    if (known) return known.ev;
    let t = this.tallies.get(ev.id!);
    if (!t) {
      const { votes, outlets } = await this.store.eventTallies([ev.id!]);
      t = talliesOf(votes, outlets).get(ev.id!) ?? { votes: new Map(), outlets: new Set() };
    }
    this.touched.set(ev.id!, { ev, ...t, newOutlets: [] });
    return ev;
  }

  insertMention(m: MentionRow): void { this.mentions.push(m); }
  linkPlanned(planned: number, realised: number): void { this.links.push({ planned, realised }); }

  /** As Store.vote: one more vote for the value, and the field's tallies after it, best first. */
  vote(eventId: number, field: string, value: string, rank: number): Vote[] {
    const t = this.of(eventId);
    const list = t.votes.get(field) ?? [];
    t.votes.set(field, list);
    let v = list.find((x) => x.value === value);
    // A new value is ordered after those already voted for (its seq), as the stores number it.
    if (!v) list.push(v = { event_id: eventId, field, value, rank, count: 0, seq: list.length });
    v.count++;
    this.changedVotes.set(`${eventId}\u0000${field}\u0000${value}`, v);
    return [...list].sort(voteOrder).map(({ field: f, value: x, rank: r, count }) => ({ field: f, value: x, rank: r, count }));
  }

  /** As Store.addOutlet: true when the outlet is new for the event. */
  addOutlet(eventId: number, outlet: string): boolean {
    const t = this.of(eventId);
    if (t.outlets.has(outlet)) return false;
    t.outlets.add(outlet);
    t.newOutlets.push(outlet);
    return true;
  }

  /** The session's copy of an event it touched. */
  event(id: number): EventRow | undefined { return this.touched.get(id)?.ev; }

  /**
   * What the session changed, to be written (Store.writeReport) before anything reads the store again; it may go on
   * after, its copies then being what the store holds.
   */
  take(): MergeWrites {
    const touched = [...this.touched.values()];
    const fresh = new Set(this.newEvents);
    const writes: MergeWrites = {
      newEvents: this.newEvents,
      nextEventId: this.newEvents.length ? this.nextId : null,
      links: this.links,
      mentions: this.mentions,
      // New events go in as they are now; those already stored are updated.
      events: touched.map((t) => t.ev).filter((ev) => !fresh.has(ev)),
      votes: [...this.changedVotes.values()].map((v) => ({ ...v })),
      outlets: touched.flatMap((t) => t.newOutlets.map((outlet) => ({ event_id: t.ev.id!, outlet }))),
    };
    this.mentions = [];
    this.newEvents = [];
    this.links = [];
    this.changedVotes.clear();
    for (const t of touched) t.newOutlets = [];
    return writes;
  }

  private of(eventId: number): Touched {
    const t = this.touched.get(eventId);
    if (!t) throw new Error(`merge session: event ${eventId} was not taken in`);
    return t;
  }
}
