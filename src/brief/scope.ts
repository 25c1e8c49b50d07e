// What belongs to one process: its sides, its leaders, the events between its sides, and the reports about it.
import type { BriefContext, SidedEvent } from './context.js';
import { foldName, type BriefRules } from './rules.js';
import type { Process } from './types.js';

export class ProcessScope {
  readonly parties: string[];
  readonly sides: Set<string>;
  readonly events: SidedEvent[];
  /** Reports about this process (ids): they name a party, and no other process better. */
  readonly reports: Set<number>;
  private readonly leaderFolds: Set<string>;

  constructor(readonly ctx: BriefContext, readonly process: Process, all: Process[], rules: BriefRules) {
    this.parties = process.parties.map((p) => p.key);
    this.sides = new Set([...this.parties, ...process.mediators.map((m) => m.key)]);
    this.leaderFolds = new Set([...rules.leaders, ...Object.values(process.leaders).flat().map(foldName)]);
    const acting = actingByReport(ctx, all);
    const actsIn = (report: number) => (party: string) => !acting.withEvents.has(report) || !!acting.byParty.get(party)?.has(report);
    this.reports = new Set(ctx.reportsAbout(all, (sides, procs, report) => bestProcess(sides, procs, actsIn(report))).get(process) ?? []);
    this.events = ctx.events.filter((e) => belongs(e, this.parties, this.sides, (id) => ctx.eventReports(id).some((r) => this.reports.has(r))));
  }

  private readonly memos = new Map<string, unknown>();
  /** A value computed once for this process (shared by the sections that need it). */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  isLeader(entityId: number): boolean {
    const e = this.ctx.sides.entities.get(entityId);
    return !!e && e.kind === 'person' && this.leaderFolds.has(foldName(e.name));
  }

  /** The process side of an entity, or null when it is on none. */
  sideOf(entityId: number): string | null {
    const s = this.ctx.sides.side(entityId);
    return s && this.sides.has(s) ? s : null;
  }

  /** The sides' leaders taking part in an event, by side. */
  leadersIn(e: SidedEvent): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const id of new Set([...e.ev.actor, ...e.ev.recipient])) {
      const s = this.sideOf(id);
      if (s && this.isLeader(id)) (out.get(s) ?? out.set(s, []).get(s)!).push(id);
    }
    return out;
  }
}

/**
 * An event belongs to a process when it names a party and one more of its sides. With only one party in it (a party
 * and a mediator), some report of it must be about this process: a party's talks with a mediator on another conflict
 * (Israel and the US on Syria, Pakistan and Qatar on Afghanistan) are not this process's contacts.
 */
export function belongs(e: SidedEvent, parties: string[], sides: Set<string>, toldInProcessReport: (eventId: number) => boolean): boolean {
  const inIt = parties.filter((p) => e.sides.has(p)).length;
  if (!inIt || [...e.sides].filter((s) => sides.has(s)).length < 2) return false;
  return inIt >= 2 || toldInProcessReport(e.ev.id!);
}

/**
 * Who acts in which reports, read once per brief: the reports with any event, and for each process party the reports
 * whose events it takes part in (parties only: a set per report would cost more than the question needs).
 */
interface Acting { withEvents: Set<number>; byParty: Map<string, Set<number>> }
function actingByReport(ctx: BriefContext, all: Process[]): Acting {
  const parties = new Set(all.flatMap((p) => p.parties.map((s) => s.key)));
  return ctx.memo(`actingByReport|${[...parties].sort().join(',')}`, () => {
    const acting: Acting = { withEvents: new Set(), byParty: new Map([...parties].map((k) => [k, new Set<number>()])) };
    for (const e of ctx.events) {
      const reports = ctx.eventReports(e.ev.id!);
      for (const r of reports) acting.withEvents.add(r);
      for (const s of e.sides) { const set = acting.byParty.get(s); if (set) for (const r of reports) set.add(r); }
    }
    return acting;
  });
}

/**
 * The process a report is about: most of its parties named (two points each), then mediators; null on a tie.
 * `acts(party)`: whether the party takes part in one of the report's events (true when it has none). One party
 * named with nothing else of the process, and in none of the report's events (its nationals among the prisoners
 * another war's sides swap), is a passing mention: that report is not about the party's process.
 */
export function bestProcess(reportSides: Set<string>, all: Process[], acts: (party: string) => boolean = () => true): Process | null {
  let best: Process | null = null;
  let bestScore = 0;
  let tie = false;
  for (const p of all) {
    const named = p.parties.filter((s) => reportSides.has(s.key));
    const parties = named.length;
    if (!parties) continue;
    const inPassing = parties === 1 && !p.mediators.some((s) => reportSides.has(s.key)) && !acts(named[0].key);
    if (inPassing) continue;
    const score = 2 * parties + p.mediators.filter((s) => reportSides.has(s.key)).length;
    if (score > bestScore) { best = p; bestScore = score; tie = false; } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}
