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

/**
 * Mediation evidence for a pair: sides named next to a mediation cue in reports naming both parties, and the state
 * where the parties' stated joint talks took place (the host). Being active with both parties is not evidence.
 */
export function mediationEvidence(ctx: BriefContext, a: string, b: string, rules: ProcessRules): Map<string, number> {
  return ctx.memo(`mediation|${pairKey(a, b)}`, () => findMediationEvidence(ctx, a, b, rules));
}

function findMediationEvidence(ctx: BriefContext, a: string, b: string, rules: ProcessRules): Map<string, number> {
  const out = new Map<string, number>();
  const weights = Object.fromEntries(rules.mediationCues.map((c) => [c.id, c.weight]));
  const byReport = ctx.mediationByReport(weights);
  // Only reports that name both parties and carry a mediation cue: the smaller side's such reports, checked for the other.
  const [ra, rb] = [ctx.mediationReportsNaming(a, weights), ctx.mediationReportsNaming(b, weights)];
  const [few, other] = ra.length <= rb.length ? [ra, b] : [rb, a];
  for (const report of few) {
    if (!ctx.reportSides(report).has(other)) continue;
    for (const [side, n] of byReport.get(report)!) if (side !== a && side !== b) bump(out, side, n);
  }
  const [ca, cb] = [ctx.talksWith(a), ctx.talksWith(b)];
  for (const e of ca.length <= cb.length ? ca : cb) {
    if (!e.sides.has(a) || !e.sides.has(b)) continue;
    // Third-party talks (PLOVER's mode for mediated talks) with both parties: the third side sat between them.
    if (rules.mediatedModes.includes(e.ev.mode ?? '')) for (const m of e.sides) if (m !== a && m !== b) bump(out, m, rules.weights.jointTalks);
    const host = e.ev.place ? ctx.sides.placeSide(e.ev.place) : null;
    if (host && host !== a && host !== b) bump(out, host, rules.hostedTalksWeight);
  }
  return out;
}

function mediatorsOf(ctx: BriefContext, a: string, b: string, rules: ProcessRules): Scored[] {
  const out = [...mediationEvidence(ctx, a, b, rules)].map(([key, score]) => ({ key, score }))
    .filter((m) => m.score >= rules.minMediatorScore && sideKind(m.key) !== 'group' && ctx.sides.home(m.key) !== a && ctx.sides.home(m.key) !== b)
    .sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
  const top = out[0]?.score ?? 0;
  return out.filter((m) => m.score >= top * rules.mediatorShareOfTop);
}

/** How many hostile pairs (without it) a side has mediation evidence for: a broker's count, 0 for a belligerent. */
export function brokerCounts(ctx: BriefContext, t: Tallies, rules: ProcessRules): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of t.hostile.keys()) {
    const [a, b] = k.split('|');
    if (hostility(t, a, b, rules) < rules.minBrokeredHostility) continue;
    // A side more at war with one of the pair than the pair is with each other is no broker between them.
    const own = hostility(t, a, b, rules);
    for (const m of mediatorsOf(ctx, a, b, rules)) {
      if (Math.max(hostility(t, m.key, a, rules), hostility(t, m.key, b, rules)) <= own) bump(out, m.key);
    }
  }
  return out;
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

export function candidates(ctx: BriefContext, t: Tallies, rules: ProcessRules, brokers = brokerCounts(ctx, t, rules)): Candidate[] {
  const allSides = new Set<string>();
  for (const e of ctx.events) for (const s of e.sides) allSides.add(s);
  const canBeParty = (s: string) => rules.partyKinds.includes(sideKind(s));
  const out: Candidate[] = [];
  // Only sides with hostile events between them are in conflict; mediators meeting each other are not.
  for (const key of t.hostile.keys()) {
    const [a, b] = key.split('|');
    if (!canBeParty(a) || !canBeParty(b) || reportsOf(t, a, b) < rules.minReports) continue;
    const hostile = hostility(t, a, b, rules);
    const mediators = mediatorsOf(ctx, a, b, rules);
    const raw = hostile + Math.min(mediators[0]?.score ?? 0, hostile) + rules.weights.directContact * talksOf(t, a, b);
    const broker = Math.max(brokers.get(a) ?? 0, brokers.get(b) ?? 0);
    // One mediation elsewhere makes no broker: a party is often named near the words of a neighbouring mediation.
    const score = Math.round((raw / (1 + rules.brokerPenalty * Math.max(0, broker - 1))) * 10) / 10;
    if (score >= rules.minDyadScore) out.push({ a, b, hostile, mediators, score });
  }
  return out.sort((x, y) => y.score - x.score || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));
}

interface Chosen { c: Candidate; mediators: Map<string, number>; third: string[] }

/**
 * A chosen dyad's mediator that is itself at war with both parties (the weaker dyad `c` pairs it with one of them,
 * nearly as hostile as the chosen dyad, and it is hostile to the other too, brokering nothing else) is a third party.
 */
function promoteThirdParty(p: Chosen, c: Candidate, t: Tallies, brokers: Map<string, number>, rules: ProcessRules): void {
  const parties = [p.c.a, p.c.b];
  const x = parties.includes(c.a) ? c.b : parties.includes(c.b) ? c.a : null;
  if (!x || !p.mediators.has(x) || (brokers.get(x) ?? 0) > 1 || !rules.partyKinds.includes(sideKind(x))) return;
  const party = parties.includes(c.a) ? c.a : c.b;
  const rival = parties.find((s) => s !== party)!;
  if (c.hostile >= rules.thirdPartyShare * p.c.hostile && hostility(t, x, rival, rules) >= rules.thirdPartyHostility) {
    p.mediators.delete(x);
    p.third.push(x);
  }
}

/**
 * A side that sat at the table with both parties but is itself at war with one of them, nearly as much as they are
 * with each other, and brokers at most belligerentMaxBrokered conflicts (this one and its own), is no mediator: it is a party (a neighbour's army backing a rebel
 * group, at talks "involving" the state, the group and itself).
 */
function belligerentNotMediator(c: Candidate, m: string, mediators: Map<string, number>, third: string[], t: Tallies, brokers: Map<string, number>, rules: ProcessRules): void {
  if ((brokers.get(m) ?? 0) > rules.belligerentMaxBrokered) return;
  if (Math.max(hostility(t, m, c.a, rules), hostility(t, m, c.b, rules)) < rules.thirdPartyShare * c.hostile) return;
  mediators.delete(m);
  if (rules.partyKinds.includes(sideKind(m)) && !third.includes(m)) third.push(m);
}

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
  const t = ctx.memo('tally', () => tally(ctx, rules));
  const brokers = brokerCounts(ctx, t, rules);
  const chosen: Chosen[] = [];
  for (const c of candidates(ctx, t, rules, brokers)) {
    // A party and its mediator are not a conflict of their own, nor are two mediators, nor a dyad already chosen.
    const roles = (p: Chosen) => new Set([p.c.a, p.c.b, ...p.third, ...p.mediators.keys()]);
    const mediating = chosen.find((p) => { const r = roles(p); return r.has(c.a) && r.has(c.b); });
    if (mediating) { promoteThirdParty(mediating, c, t, brokers, rules); continue; }
    const merge = absorbedBy(c, chosen, t, rules);
    if (merge) {
      const { into, other, shared } = merge;
      const rival = into.c.a === shared ? into.c.b : into.c.a;
      // A side hostile to both parties, with no mediation evidence between them, is a third party of the conflict.
      const hostileToBoth = Math.min(hostility(t, other, shared, rules), hostility(t, other, rival, rules)) >= rules.thirdPartyHostility;
      if (hostileToBoth && !into.mediators.has(other) && !into.third.includes(other) && rules.partyKinds.includes(sideKind(other))) into.third.push(other);
      for (const m of c.mediators) if (m.key !== into.c.a && m.key !== into.c.b && !into.third.includes(m.key) && !into.mediators.has(m.key)) into.mediators.set(m.key, m.score);
      continue;
    }
    chosen.push({ c, mediators: new Map(c.mediators.map((m) => [m.key, m.score])), third: [] });
  }
  return chosen.map(({ c, mediators, third }) => {
    for (const m of [...mediators.keys()]) belligerentNotMediator(c, m, mediators, third, t, brokers, rules);
    // A group's home state is its opponent or its host, not a neutral between it and its enemy.
    for (const p of [c.a, c.b, ...third]) { const home = ctx.sides.home(p); if (home) mediators.delete(home); mediators.delete(p); }
    const keys = [...mediators].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k).slice(0, rules.maxMediators);
    const parties = [...orderParties([c.a, c.b].map((k) => ({ key: k, name: ctx.sides.name(k) }))), ...third.map((k) => ({ key: k, name: ctx.sides.name(k) }))];
    const name = processName(orderParties(parties));
    return {
      id: slug(name), name, parties, mediators: keys.map((k) => ({ key: k, name: ctx.sides.name(k) })), aliases: [],
      origin: 'proposed' as const, score: c.score, plan: null, leaders: {},
    };
  });
}
