// Proposes negotiation processes from stored events: pairs of sides in conflict (hostile events between them) that
// someone stands between (a third side in contact with both, or at talks with both), most active first.
import type { BriefContext, SidedEvent } from './context.js';
import type { ProcessRules } from './rules.js';
import { sideKind } from './sides.js';
import type { Process, Side } from './types.js';

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

interface Tallies {
  hostile: Map<string, number>;
  contact: Map<string, number>;
  /** Asserted talks with three or more sides: the sides present. */
  talks: SidedEvent[];
}

function tally(events: SidedEvent[], rules: ProcessRules): Tallies {
  const t: Tallies = { hostile: new Map(), contact: new Map(), talks: [] };
  for (const e of events) {
    if (e.ev.modality !== 'asserted') continue;
    const w = rules.hostileCategories[e.ev.category];
    if (w) {
      // One-sided clashes name both sides as actors ("Armenia and Azerbaijan traded fire").
      const targets = e.recipientSides.size ? e.recipientSides : e.actorSides;
      const seen = new Set<string>();
      for (const a of e.actorSides) for (const b of targets) if (a !== b && !seen.has(pairKey(a, b))) { seen.add(pairKey(a, b)); bump(t.hostile, pairKey(a, b), w); }
    } else if (rules.contactCategories.includes(e.ev.category)) {
      const all = [...e.sides];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) bump(t.contact, pairKey(all[i], all[j]));
      if (all.length >= 3) t.talks.push(e);
    }
  }
  return t;
}

interface Candidate { a: string; b: string; hostile: number; mediators: { key: string; score: number }[]; score: number }

function mediatorsOf(a: string, b: string, t: Tallies, sides: Iterable<string>, rules: ProcessRules): { key: string; score: number }[] {
  const out: { key: string; score: number }[] = [];
  for (const m of sides) {
    if (m === a || m === b) continue;
    const joint = t.talks.filter((e) => e.sides.has(a) && e.sides.has(b) && e.sides.has(m)).length;
    const score = Math.min(t.contact.get(pairKey(a, m)) ?? 0, t.contact.get(pairKey(b, m)) ?? 0) + rules.weights.jointTalks * joint;
    if (score >= rules.minMediatorScore) out.push({ key: m, score });
  }
  out.sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
  const top = out[0]?.score ?? 0;
  return out.filter((m) => m.score >= top * rules.mediatorShareOfTop);
}

/**
 * Sides that sit at third-party or multilateral talks next to a mediator, reported in reports that name both
 * parties (the other hosts of a mediation, e.g. a second and third mediating state).
 */
function coMediators(ctx: BriefContext, c: Candidate, rules: ProcessRules): string[] {
  const known = new Set([c.a, c.b, ...c.mediators.map((m) => m.key)]);
  const counts = new Map<string, number>();
  for (const e of ctx.events) {
    if (e.ev.category !== 'CONSULT' || e.ev.modality !== 'asserted' || !rules.coMediatorModes.includes(e.ev.mode ?? '')) continue;
    if (!c.mediators.some((m) => e.sides.has(m.key))) continue;
    const aboutThis = ctx.mentions(e.ev.id!).some((m) => { const s = ctx.reportSides(m.report_id); return s.has(c.a) && s.has(c.b); });
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

export function proposeProcesses(ctx: BriefContext, rules: ProcessRules): Process[] {
  const t = tally(ctx.events, rules);
  const allSides = new Set<string>();
  for (const e of ctx.events) for (const s of e.sides) allSides.add(s);
  const canBeParty = (s: string) => rules.partyKinds.includes(sideKind(s));
  const candidates: Candidate[] = [];
  // Only sides with hostile events between them are in conflict; mediators meeting each other are not.
  for (const key of t.hostile.keys()) {
    const [a, b] = key.split('|');
    if (!canBeParty(a) || !canBeParty(b)) continue;
    const hostile = t.hostile.get(key) ?? 0;
    const mediators = mediatorsOf(a, b, t, allSides, rules);
    const score = hostile + (mediators[0]?.score ?? 0) + rules.weights.directContact * (t.contact.get(key) ?? 0);
    if (score >= rules.minDyadScore) candidates.push({ a, b, hostile, mediators, score });
  }
  candidates.sort((x, y) => y.score - x.score || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));

  const chosen: Process[] = [];
  const roles: { parties: Set<string>; mediators: Set<string> }[] = [];
  for (const c of candidates) {
    // A party and its mediator are not a conflict of their own, nor is a dyad already chosen.
    const covered = roles.some((r) =>
      (r.parties.has(c.a) && r.parties.has(c.b)) ||
      (r.parties.has(c.a) && r.mediators.has(c.b)) || (r.parties.has(c.b) && r.mediators.has(c.a)));
    if (covered) continue;
    const mediatorKeys = [...c.mediators.map((m) => m.key), ...coMediators(ctx, c, rules)].slice(0, rules.maxMediators);
    const parties = orderParties([c.a, c.b].map((k) => ({ key: k, name: ctx.sides.name(k) })));
    const name = processName(parties);
    chosen.push({
      id: slug(name), name, parties, mediators: mediatorKeys.map((k) => ({ key: k, name: ctx.sides.name(k) })), aliases: [],
      origin: 'proposed', score: c.score, plan: null, leaders: {},
    });
    roles.push({ parties: new Set([c.a, c.b]), mediators: new Set(mediatorKeys) });
  }
  return chosen;
}
