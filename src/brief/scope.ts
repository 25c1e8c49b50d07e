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
    const acting = eventSidesByReport(ctx);
    this.reports = new Set(ctx.reportsAbout(all, (sides, procs, report) => bestProcess(sides, procs, acting.get(report))).get(process) ?? []);
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

/** The sides taking part in each report's events (report id → sides), read once per brief. */
function eventSidesByReport(ctx: BriefContext): Map<number, Set<string>> {
  return ctx.memo('eventSidesByReport', () => {
    const out = new Map<number, Set<string>>();
    for (const e of ctx.events) {
      for (const r of ctx.eventReports(e.ev.id!)) {
        const sides = out.get(r) ?? out.set(r, new Set()).get(r)!;
        for (const s of e.sides) sides.add(s);
      }
    }
    return out;
  });
}

/**
 * The process a report is about: most of its parties named (two points each), then mediators; null on a tie.
 * `acting`: the sides in the report's events. One party named with nothing else of the process, and in none of the
 * report's events ("among the freed were 23 Sudanese" in a report on another war), is a passing mention: a report
 * whose events are all between other sides is not about that party's process.
 */
export function bestProcess(reportSides: Set<string>, all: Process[], acting?: Set<string>): Process | null {
  let best: Process | null = null;
  let bestScore = 0;
  let tie = false;
  for (const p of all) {
    const named = p.parties.filter((s) => reportSides.has(s.key));
    const parties = named.length;
    if (!parties) continue;
    const inPassing = parties === 1 && !p.mediators.some((s) => reportSides.has(s.key)) && !!acting?.size && !acting.has(named[0].key);
    if (inPassing) continue;
    const score = 2 * parties + p.mediators.filter((s) => reportSides.has(s.key)).length;
    if (score > bestScore) { best = p; bestScore = score; tie = false; } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}
