// Each issue's status from the issue sentences found at ingest, read only where a sentence is about this process's
// parties: the newest day with a status cue decides; on that day the more cautious status stands, except that an
// agreement the parties are stated to have made beats a hope or proposal told the same day. Every line carries the
// sentence it rests on: its status sentence, or the newest sentence naming the issue when none gives a status.
import type { IssueHitRow } from '../store/types.js';
import { pairKey, tally } from './dyads.js';
import { defaultBriefRules } from './rules.js';
import type { ProcessScope } from './scope.js';
import { sideKind } from './sides.js';
import type { Evidence, IssueLine, IssueStatus } from './types.js';

/** Cue sentences kept per issue line (newest first); the status is the first. */
const CUES_SHOWN = 5;
/** Status sentences read per issue at first: enough to settle nearly every issue without reading them all. */
const STATUS_READ = 64;
/** Sentences read per status-less issue for its evidence (some may be about another conflict). */
const LATEST_READ = 8;

/** The state and armed-group sides a sentence names (a person for their state, a venue for its state). */
function namedSides(scope: ProcessScope, entities: number[]): Set<string> {
  const out = new Set<string>();
  for (const id of entities) {
    const s = scope.ctx.sides.sideOrPlace(id);
    // An organisation (the UN, a news agency) is never a conflict party: naming it does not move a sentence elsewhere.
    if (s && sideKind(s) !== 'organization') out.add(s);
  }
  return out;
}

/**
 * Whether an issue sentence is about this process: it names no side, or both parties, or one of the process's sides
 * and no outside side at war with one of its parties (the stored events show acts of force between them).
 * "Pakistan and Afghanistan agreed to a truce" is about their own border war, not a ceasefire between India and
 * Pakistan; "a truce offered by Kazakhstan, rejected by Azerbaijan" is still about Azerbaijan's war with Armenia; a
 * sentence naming only outsiders ("the Houthi delegation signed a prisoner deal") is about someone else. A sentence
 * recorded before named entities were kept (null) is read as before: about the process of its report.
 */
export function aboutProcess(scope: ProcessScope, entities: number[] | null | undefined): boolean {
  if (!entities) return true;
  const sides = namedSides(scope, entities);
  const [a, b] = scope.parties;
  if (sides.has(a) && sides.has(b)) return true;
  const inside = processSides(scope);
  if (sides.size && ![...sides].some((s) => inside.has(s))) return false;
  const t = scope.ctx.memo('tally', () => tally(scope.ctx, defaultBriefRules().process));
  const atWar = (x: string, y: string) => (t.hostile.get(pairKey(x, y))?.strong ?? 0) > 0;
  for (const s of sides) if (!inside.has(s) && scope.parties.some((p) => atWar(s, p))) return false;
  return true;
}

/** The process's sides and the home states of its armed groups ("Palestinian prisoners" in talks with Hamas). */
function processSides(scope: ProcessScope): Set<string> {
  return scope.memo('issue-sides', () => {
    const out = new Set(scope.sides);
    for (const s of scope.parties) { const home = scope.ctx.sides.home(s); if (home) out.add(home); }
    return out;
  });
}

/**
 * A status's precedence on its deciding day (lower wins): a dispute first; then an agreement told of the parties
 * themselves (a sentence naming both, or none but the report's own voice: "the truce took effect"); then a hope,
 * proposal or other open cue; last an agreement told only by a third party's words.
 */
export function dayRank(scope: ProcessScope, status: IssueStatus, entities: number[] | null | undefined): number {
  if (status === 'contested') return 0;
  if (status === 'open') return 2;
  if (!entities) return 3;
  const sides = namedSides(scope, entities);
  const [a, b] = scope.parties;
  return (sides.has(a) && sides.has(b)) || sides.size === 0 ? 1 : 3;
}

type Line = IssueLine & { at: string | null; rank: number };

async function cueOf(scope: ProcessScope, h: IssueHitRow): Promise<IssueLine['cues'][number]> {
  return { status: h.status as IssueStatus, cue: h.polarity ? `${h.cue}~${h.polarity}` : h.cue ?? '', evidence: await scope.ctx.sentenceEvidence(h.report_id, h.start, h.end) };
}

/** Hits per issue, newest report first and, within a report, in text order (its lead before its later sentences). */
function byIssue(hits: IssueHitRow[]): Map<string, IssueHitRow[]> {
  const out = new Map<string, IssueHitRow[]>();
  for (const h of hits) (out.get(h.issue) ?? out.set(h.issue, []).get(h.issue)!).push(h);
  const order = (x: IssueHitRow, y: IssueHitRow) => (y.published ?? '').localeCompare(x.published ?? '') || y.report_id - x.report_id || x.start - y.start;
  for (const list of out.values()) list.sort(order);
  return out;
}

/** Takes one status hit (newest first) into its line; false once the line is settled and needs no older hit. */
async function take(scope: ProcessScope, line: Line, h: IssueHitRow): Promise<boolean> {
  const day = h.published ?? '';
  // A line is settled once its deciding day is past and enough of its cues are shown.
  if (line.at !== null && day < line.at && line.cues.length >= CUES_SHOWN) return false;
  if (!aboutProcess(scope, h.entities)) return true;
  const rank = dayRank(scope, h.status as IssueStatus, h.entities);
  // Hits come newest first: the first day with a cue decides, and a hit of that day that outranks it replaces it.
  if (line.at === null || (day === line.at && rank < line.rank)) {
    // The hit it outranks stays listed, after it.
    line.cues.unshift(await cueOf(scope, h));
    line.cues.length = Math.min(line.cues.length, CUES_SHOWN);
    line.at = day; line.rank = rank; line.status = h.status as IssueStatus;
  } else if (line.cues.length < CUES_SHOWN) {
    line.cues.push(await cueOf(scope, h));
  }
  return true;
}

/**
 * Reads each issue's status hits newest first until its deciding day is past and its cues are shown: the newest
 * STATUS_READ of each issue first (read from the issue index, a few rows an issue), and all of them only for an issue
 * those did not settle.
 */
async function readStatus(scope: ProcessScope, ids: number[], lines: Map<string, Line>, statusRead: number): Promise<void> {
  const newest = byIssue(await scope.ctx.store.latestIssueHits(ids, [...lines.keys()], statusRead, true));
  const open = new Set<string>();
  for (const [issue, hits] of newest) {
    const line = lines.get(issue)!;
    let settled = false;
    for (const h of hits) if (!(await take(scope, line, h))) { settled = true; break; }
    if (!settled && hits.length >= statusRead) { open.add(issue); Object.assign(line, { status: 'open', cues: [], at: null, rank: 9 }); }
  }
  if (!open.size) return;
  const done = new Set<string>();
  for await (const h of scope.ctx.store.issueHits(ids)) {
    if (!open.has(h.issue) || done.has(h.issue)) continue;
    if (!(await take(scope, lines.get(h.issue)!, h))) { done.add(h.issue); if (done.size === open.size) break; }
  }
}

/** Issue lines of the process's reports (published on or after `since`), most mentioned first. */
export async function issueLines(scope: ProcessScope, since: string | null, statusRead = STATUS_READ): Promise<IssueLine[]> {
  const lines = new Map<string, Line>();
  const ids = [...scope.reports].filter((id) => !since || (scope.ctx.report(id)?.published ?? '') >= since);
  for (const { issue, n } of await scope.ctx.store.issueCounts(ids)) {
    lines.set(issue, { issue, status: 'open', mentions: n, cues: [], evidence: null as unknown as Evidence, at: null, rank: 9 });
  }
  await readStatus(scope, ids, lines, statusRead);
  const bare = [...lines.values()].filter((l) => !l.cues.length).map((l) => l.issue);
  const latest = new Map<string, IssueHitRow>();
  for (const [issue, hits] of byIssue(await scope.ctx.store.latestIssueHits(ids, bare, LATEST_READ))) {
    const h = hits.find((x) => aboutProcess(scope, x.entities));
    if (h) latest.set(issue, h);
  }
  const out: IssueLine[] = [];
  for (const { at: _a, rank: _r, ...l } of lines.values()) {
    const h = latest.get(l.issue);
    const evidence = l.cues[0]?.evidence ?? (h ? await scope.ctx.sentenceEvidence(h.report_id, h.start, h.end) : null);
    // A line no sentence about this process's parties supports is not shown: every line carries its evidence.
    if (evidence) out.push({ ...l, evidence });
  }
  return out.sort((x, y) => y.mentions - x.mentions || x.issue.localeCompare(y.issue));
}
