// Disputes: where reports disagree — an event's date or place, or the same kind of claim about the same process in
// the same days with different values. A dispute lists each side's value, speaker, outlet and evidence.
import { daysBetween } from './dates.js';
import { CLAIM_DISPUTE_RULES, SAME_PROCESS_MIN_OVERLAP } from './merge.data.js';
import { CLAIM_TOPICS, LOWER_BOUND, TOPIC_WINDOW, UPPER_BOUND } from './disputes.data.js';

export interface DisputeValue { value: string | number; speaker: string | null; outlet: string; report: string; evidence: string }
export interface Dispute { kind: string; subject: string; values: DisputeValue[]; /** The canonical event disputed, when it is one. */ event?: number }

/** One claim as dispute finding sees it. */
export interface ClaimInput {
  kind: string;
  value: number;
  approx: boolean;
  bound?: 'min' | 'max' | null;
  /** What it is about: a canonical event key, or null when only the time and the reports' people tie claims. */
  about: string | null;
  date: string | null;
  /** The subject the claim's words give it when it is not the kind's usual one (see claimTopic); null otherwise. */
  topic?: string | null;
  /** People/states of the claim's report: claims whose reports share few are about different processes. */
  parties: Set<number>;
  side: DisputeValue;
}

interface Bounded { value: number; approx: boolean; bound?: 'min' | 'max' | null }

/** Whether the words before a figure at `start` make it a lower ('min') or upper ('max') bound. */
export function claimBound(text: string, start: number): 'min' | 'max' | null {
  const before = text.slice(Math.max(0, start - 24), start);
  return LOWER_BOUND.test(before) ? 'min' : UPPER_BOUND.test(before) ? 'max' : null;
}

/** True when two values of a kind cannot both be right. */
export function valuesDiffer(kind: string, a: Bounded, b: Bounded): boolean {
  if (a.value === b.value) return false;
  // A bound agrees with every value on its side: "more than three hours" and "four hours" are one length.
  const [lo, hi] = a.value < b.value ? [a, b] : [b, a];
  if (lo.bound === 'min' || hi.bound === 'max') return false;
  const tol = CLAIM_DISPUTE_RULES[kind]?.approxTolerance ?? 0;
  if ((a.approx || b.approx) && Math.abs(a.value - b.value) <= tol * Math.max(a.value, b.value)) return false;
  return true;
}

export function overlap(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups claims into clusters (same kind, same subject, within the kind's window of the cluster's first claim, and
 * for claims about no event, reports about the same people) and returns the clusters whose values disagree.
 */
export function claimDisputes(claims: ClaimInput[], subjectOf: (c: ClaimInput) => string): Dispute[] {
  // Claims are bucketed by kind and subject (what the figure is about), then walked in date order per bucket: only
  // clusters of the same bucket still inside the window can take a claim, so claims are never compared pairwise.
  const bucketOf = (c: ClaimInput) => `${c.kind}\u0000${c.topic ?? ''}`;
  const sorted = [...claims].sort((x, y) =>
    bucketOf(x).localeCompare(bucketOf(y)) || (x.about ?? '').localeCompare(y.about ?? '') || (x.date ?? '').localeCompare(y.date ?? ''));
  const clusters: ClaimInput[][] = [];
  let open: ClaimInput[][] = [];
  let bucket = '';
  for (const c of sorted) {
    const rule = CLAIM_DISPUTE_RULES[c.kind];
    if (!rule) continue;
    if (bucketOf(c) !== bucket) { bucket = bucketOf(c); open = []; }
    open = open.filter((cl) => fits(cl[0], c, rule.windowDays, false));
    const home = open.find((cl) => fits(cl[0], c, rule.windowDays, true) && (!rule.sameEvent || cl[0].about === c.about));
    if (home) home.push(c);
    else { clusters.push([c]); open.push(clusters[clusters.length - 1]); }
  }
  const out: Dispute[] = [];
  for (const cl of clusters) {
    // Only reports disagree with each other: a report that gives both figures ("28 points, now 19") tells of a change.
    const valuesOf = new Map<string, Set<number>>();
    for (const c of cl) valuesOf.set(c.side.report, (valuesOf.get(c.side.report) ?? new Set()).add(c.value));
    const told = (x: number, y: number) => [...valuesOf.values()].some((v) => v.has(x) && v.has(y));
    // Distinct (value, approx) pairs and the reports giving each: a cluster has few values however many claims.
    const distinct = new Map<string, { c: ClaimInput; reports: Set<string> }>();
    for (const c of cl) {
      const k = `${c.value}|${c.approx}|${c.bound ?? ''}`;
      (distinct.get(k) ?? distinct.set(k, { c, reports: new Set() }).get(k)!).reports.add(c.side.report);
    }
    const values = [...distinct.values()];
    const disagree = values.some((a, i) => values.slice(i + 1).some((b) =>
      valuesDiffer(a.c.kind, a.c, b.c) && !told(a.c.value, b.c.value) && [...a.reports].some((r) => [...b.reports].some((q) => q !== r))));
    if (disagree) out.push({ kind: cl[0].kind, subject: subjectOf(cl[0]), values: cl.map((c) => c.side) });
  }
  return out;
}

/** Whether `c` can join the cluster started by `first`; without `parties`, only whether the cluster is still open. */
function fits(first: ClaimInput, c: ClaimInput, windowDays: number, parties: boolean): boolean {
  if (first.kind !== c.kind) return false;
  // Claims about two different events never meet; a claim about no event may join one about an event.
  if (first.about !== null && c.about !== null && first.about !== c.about) return false;
  if (first.date && c.date && Math.abs(daysBetween(first.date, c.date)) > windowDays) return false;
  if ((first.date === null) !== (c.date === null)) return false;
  if (!parties) return true;
  // A figure about another subject (security guarantees, a press appearance) is no rival value.
  if ((first.topic ?? null) !== (c.topic ?? null)) return false;
  return (first.about !== null && first.about === c.about) || overlap(first.parties, c.parties) >= SAME_PROCESS_MIN_OVERLAP;
}

/**
 * The subject of a claim's figure at [start, end) of `text`: the topic of the nearest cue within its sentence
 * (cues after the figure count double), null for the kind's usual subject or when no cue is near.
 */
export function claimTopic(kind: string, text: string, start: number, end: number): string | null {
  const cues = CLAIM_TOPICS[kind];
  if (!cues) return null;
  let lo = Math.max(0, start - TOPIC_WINDOW);
  let hi = Math.min(text.length, end + TOPIC_WINDOW);
  const before = text.slice(lo, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  if (stop >= 0) lo += stop + 1;
  const after = text.slice(end, hi).search(/[.?!](?:\s|$)|\n/);
  if (after >= 0) hi = end + after;
  let best: { d: number; topic: string | null } | null = null;
  for (const c of cues) {
    c.pattern.lastIndex = lo;
    for (let m = c.pattern.exec(text); m && m.index < hi; m = c.pattern.exec(text)) {
      const mEnd = m.index + m[0].length;
      if (mEnd > hi) break;
      const d = mEnd <= start ? start - mEnd : m.index >= end ? 2 * (m.index - end) : Infinity;
      if (d < (best?.d ?? Infinity)) best = { d, topic: c.topic };
    }
  }
  return best?.topic ?? null;
}

/** A claim kind's usual subject, named: what a figure is about when no other subject is near it. */
export const USUAL_SUBJECT: Record<string, string> = { 'agreement-percent': 'plan', 'plan-points': 'plan', 'duration-minutes': 'meeting' };

/** What a claim's figure is about, named: its topic, else the kind's usual subject. */
export function claimSubject(kind: string, text: string, start: number, end: number): string | null {
  return claimTopic(kind, text, start, end) ?? USUAL_SUBJECT[kind] ?? null;
}
