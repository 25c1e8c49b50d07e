// Proposes negotiation processes from stored events: pairs of belligerents (hostile events between them) that someone
// stands between (a third side cooperating with both, or at talks with both), most active first. A side that brokers
// between many pairs is ranked as a mediator before it is ranked as a party; a weaker dyad that shares a party with a
// stronger one and whose other side deals with both of its parties is folded into the stronger one.
import type { BriefContext } from './context.js';
import { coopOf, hostility, pairKey, reportsOf, shareWith, tally, talksOf, type Tallies } from './dyads.js';
import type { ProcessRules } from './rules.js';
import { sideKind } from './sides.js';
import type { Process, Side } from './types.js';

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

interface Scored { key: string; score: number }
interface Candidate { a: string; b: string; hostile: number; mediators: Scored[]; score: number }

function mediatorsOf(a: string, b: string, t: Tallies, sides: Iterable<string>, rules: ProcessRules): Scored[] {
  const out: Scored[] = [];
  for (const m of sides) {
    if (m === a || m === b) continue;
    const joint = t.multiTalks.filter((e) => e.sides.has(a) && e.sides.has(b) && e.sides.has(m)).length;
    const score = Math.min(coopOf(t, a, m), coopOf(t, b, m)) + rules.weights.jointTalks * joint;
    if (score >= rules.minMediatorScore) out.push({ key: m, score });
  }
  out.sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
  const top = out[0]?.score ?? 0;
  return out.filter((m) => m.score >= top * rules.mediatorShareOfTop);
}

/** How many hostile pairs (without it) a side cooperates with on both ends: a broker's count, 0 for a belligerent. */
function brokerCounts(t: Tallies, rules: ProcessRules): Map<string, number> {
  const out = new Map<string, number>();
  const sides = new Set<string>();
  for (const k of t.coop.keys()) for (const s of k.split('|')) sides.add(s);
  for (const k of t.hostile.keys()) {
    const [a, b] = k.split('|');
    if (hostility(t, a, b, rules) < rules.minBrokeredHostility) continue;
    for (const s of sides) {
      if (s !== a && s !== b && Math.min(coopOf(t, a, s), coopOf(t, b, s)) >= rules.minMediatorScore) bump(out, s);
    }
  }
  return out;
}

/**
 * Sides that sit at third-party or multilateral talks next to a mediator, reported in reports that name both
 * parties (the other hosts of a mediation, e.g. a second and third mediating state).
 */
function coMediators(ctx: BriefContext, parties: [string, string], known: Set<string>, mediators: string[], rules: ProcessRules): string[] {
  const counts = new Map<string, number>();
  for (const e of ctx.events) {
    if (e.ev.category !== 'CONSULT' || e.ev.modality !== 'asserted' || !rules.coMediatorModes.includes(e.ev.mode ?? '')) continue;
    if (!mediators.some((m) => e.sides.has(m))) continue;
    const aboutThis = ctx.eventReports(e.ev.id!).some((r) => { const s = ctx.reportSides(r); return s.has(parties[0]) && s.has(parties[1]); });
    if (!aboutThis) continue;
    for (const s of e.sides) if (!known.has(s) && sideKind(s) !== 'group') bump(counts, s);
  }
  return [...counts].filter(([, n]) => n >= rules.minCoMediatorEvents).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k);
}

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Orders a dyad for its name: states before groups, then alphabetically ("Israel–Hamas", "Russia–Ukraine"). */
export function orderParties(parties: Side[]): Side[] {
  const rank = (s: Side) => (sideKind(s.key) === 'state' ? 0 : 1);
  return [...parties].sort((x, y) => rank(x) - rank(y) || x.name.localeCompare(y.name));
}

export function processName(parties: Side[]): string {
  return parties.map((p) => p.name).join('–');
}

function candidates(ctx: BriefContext, t: Tallies, rules: ProcessRules): Candidate[] {
  const allSides = new Set<string>();
  for (const e of ctx.events) for (const s of e.sides) allSides.add(s);
  const canBeParty = (s: string) => rules.partyKinds.includes(sideKind(s));
  const brokers = brokerCounts(t, rules);
  const out: Candidate[] = [];
  // Only sides with hostile events between them are in conflict; mediators meeting each other are not.
  for (const key of t.hostile.keys()) {
    const [a, b] = key.split('|');
    if (!canBeParty(a) || !canBeParty(b) || reportsOf(t, a, b) < rules.minReports) continue;
    const hostile = hostility(t, a, b, rules);
    const mediators = mediatorsOf(a, b, t, allSides, rules);
    const raw = hostile + (mediators[0]?.score ?? 0) + rules.weights.directContact * talksOf(t, a, b);
    const broker = Math.max(brokers.get(a) ?? 0, brokers.get(b) ?? 0);
    const score = Math.round((raw / (1 + rules.brokerPenalty * broker)) * 10) / 10;
    if (score >= rules.minDyadScore) out.push({ a, b, hostile, mediators, score });
  }
  return out.sort((x, y) => y.score - x.score || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));
}

interface Chosen { c: Candidate; mediators: Map<string, number> }

/** The stronger chosen dyad that `c` is a shadow of: it shares one party, and c's other side deals with both. */
function absorbedBy(c: Candidate, chosen: Chosen[], t: Tallies, rules: ProcessRules): { into: Chosen; other: string; shared: string } | null {
  for (const p of chosen) {
    const parties = [p.c.a, p.c.b];
    const shared = parties.find((x) => x === c.a || x === c.b);
    if (!shared) continue;
    const other = shared === c.a ? c.b : c.a;
    const rival = parties.find((x) => x !== shared)!;
    if (coopOf(t, other, rival) > 0 || shareWith(t, shared, other, rival) >= rules.shadowShare) return { into: p, other, shared };
  }
  return null;
}

export function proposeProcesses(ctx: BriefContext, rules: ProcessRules): Process[] {
  const t = tally(ctx, rules);
  const chosen: Chosen[] = [];
  for (const c of candidates(ctx, t, rules)) {
    // A party and its mediator are not a conflict of their own, nor are two mediators, nor a dyad already chosen.
    const roles = (p: Chosen) => new Set([p.c.a, p.c.b, ...p.mediators.keys()]);
    if (chosen.some((p) => { const r = roles(p); return r.has(c.a) && r.has(c.b); })) continue;
    const merge = absorbedBy(c, chosen, t, rules);
    if (merge) {
      const { into, other, shared } = merge;
      const rival = into.c.a === shared ? into.c.b : into.c.a;
      // The absorbed side mediates when it holds talks with both parties (hosting, brokering).
      if (talksOf(t, other, shared) > 0 && talksOf(t, other, rival) > 0) into.mediators.set(other, Math.min(coopOf(t, other, shared), coopOf(t, other, rival)));
      for (const m of c.mediators) if (m.key !== into.c.a && m.key !== into.c.b && !into.mediators.has(m.key)) into.mediators.set(m.key, m.score);
      continue;
    }
    chosen.push({ c, mediators: new Map(c.mediators.map((m) => [m.key, m.score])) });
  }
  return chosen.map(({ c, mediators }) => {
    // A group's home state is its opponent or its host, not a neutral between it and its enemy.
    for (const p of [c.a, c.b]) { const home = ctx.sides.home(p); if (home) mediators.delete(home); }
    const ranked = [...mediators].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k);
    const known = new Set([c.a, c.b, ...ranked, ...[c.a, c.b].map((p) => ctx.sides.home(p) ?? p)]);
    const keys = [...ranked, ...coMediators(ctx, [c.a, c.b], known, ranked, rules)].slice(0, rules.maxMediators);
    const parties = orderParties([c.a, c.b].map((k) => ({ key: k, name: ctx.sides.name(k) })));
    const name = processName(parties);
    return {
      id: slug(name), name, parties, mediators: keys.map((k) => ({ key: k, name: ctx.sides.name(k) })), aliases: [],
      origin: 'proposed' as const, score: c.score, plan: null, leaders: {},
    };
  });
}
