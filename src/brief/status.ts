// Status: the last leader-level contacts, the last direct contact between the parties (or a claim of none since a
// date), the current plan size and the latest "% agreed" claims with who made them.
import type { ClaimView } from '../store/types.js';
import { USUAL_SUBJECT } from '../merge/disputes.js';
import { isContactBetween, statedParticipants } from './contact-rules.js';
import type { SidedEvent } from './context.js';
import { daysBetween } from './dates.js';
import type { ProcessScope } from './scope.js';
import type { BriefStatus, ContactLine, Evidence } from './types.js';

const byDate = (a: SidedEvent, b: SidedEvent) => (a.ev.date ?? '').localeCompare(b.ev.date ?? '') || a.ev.id! - b.ev.id!;

export { daysBetween };

async function line(scope: ProcessScope, e: SidedEvent, between: [string, string], who: number[]): Promise<ContactLine> {
  const names = scope.ctx.sides;
  return { between: [names.name(between[0]), names.name(between[1])], date: e.ev.date, mode: e.ev.mode, who: who.map((id) => names.entityName(id)), evidence: await scope.ctx.eventEvidence(e.ev.id!, 2, scope.reports) };
}

/** The latest asserted contact in which leaders of both sides took part (as stated participants). */
async function lastLeaderContact(scope: ProcessScope, a: string, b: string, since: string | null = null): Promise<ContactLine | null> {
  const leadersOf = (e: SidedEvent) => {
    const stated = new Set(statedParticipants(scope, e));
    const l = scope.leadersIn(e);
    for (const [k, ids] of l) l.set(k, ids.filter((id) => stated.has(id)));
    return l;
  };
  const hits = scope.events.filter((e) => (!since || (e.ev.date !== null && e.ev.date >= since)) && isContactBetween(scope, e, a, b))
    .filter((e) => { const l = leadersOf(e); return !!l.get(a)?.length && !!l.get(b)?.length; }).sort(byDate);
  const e = hits[hits.length - 1];
  if (!e) return null;
  const l = leadersOf(e);
  return line(scope, e, [a, b], [...l.get(a)!, ...l.get(b)!]);
}

export async function status(scope: ProcessScope, asOf: string | null, since: string | null = null): Promise<BriefStatus> {
  const [a, b] = scope.parties;
  const direct = scope.events.filter((e) => isContactBetween(scope, e, a, b) && e.ev.date && (!since || e.ev.date >= since)).sort(byDate);
  const lastDirect = direct[direct.length - 1];
  const persons = (e: SidedEvent) => statedParticipants(scope, e).filter((id) => scope.sideOf(id));
  const noContactSince = await noContactClaims(scope, a, b);
  const lastDate = [lastDirect?.ev.date, ...noContactSince.map((c) => c.since)].filter((d): d is string => !!d).sort().pop() ?? null;
  return {
    asOf,
    lastLeaderContact: await lastLeaderContact(scope, a, b, since),
    leaderContactsWithMediators: (await Promise.all(scope.process.mediators.flatMap((m) => [a, b].map((p) => lastLeaderContact(scope, p, m.key, since)))))
      .filter((x): x is ContactLine => x !== null),
    lastDirectContact: lastDirect ? await line(scope, lastDirect, [a, b], persons(lastDirect)) : null,
    noContactSince,
    daysSinceDirectContact: lastDate && asOf ? daysBetween(lastDate, asOf) : null,
    currentPlan: await currentPlan(scope, since),
    agreementClaims: await agreementClaims(scope, since),
  };
}

/** Denied contacts between the parties with an open "since" date: "has not spoken to him since July 2020". */
async function noContactClaims(scope: ProcessScope, a: string, b: string): Promise<BriefStatus['noContactSince']> {
  const out: BriefStatus['noContactSince'] = [];
  for (const e of scope.events) {
    if (!(e.ev.category === 'REJECT' || (e.ev.category === 'CONSULT' && e.ev.modality === 'negated'))) continue;
    // A refusal counts only as a refused contact (a meeting, call or visit) aimed from one party at the other.
    if (e.ev.category === 'REJECT' && !e.ev.mode) continue;
    const across = (x: string, y: string) => e.actorSides.has(x) && (e.recipientSides.has(y) || e.actorSides.has(y));
    if (!across(a, b) && !across(b, a)) continue;
    for (const m of await scope.ctx.store.mentions(e.ev.id!, NO_CONTACT_MENTIONS)) {
      if (!m.since || m.until) continue;
      // The claim is about the pair: others named in the same event (a mediator who also has not called) are not.
      const pair = [...new Set([...e.ev.actor, ...e.ev.recipient])].filter((id) => { const s = scope.ctx.sides.side(id); return s === a || s === b; });
      out.push({ since: m.since, who: pair.map((id) => scope.ctx.sides.entityName(id)), evidence: [await scope.ctx.mentionEvidence(m)] });
    }
  }
  return out.sort((x, y) => x.since.localeCompare(y.since));
}

function claimEvidence(scope: ProcessScope, c: { report_id: number; start: number; end: number; outlet: string; doc_id: string; evidence: string; date: string | null }): Promise<Evidence> {
  return scope.ctx.evidence(c.report_id, [c.start, c.end], { outlet: c.outlet, doc_id: c.doc_id, quote: c.evidence, published: c.date });
}

export function processClaims(scope: ProcessScope, kind: string): ClaimView[] {
  return scope.ctx.claims(kind).filter((c) => scope.reports.has(c.report_id));
}

/** The process's plan-size claims: about a plan (a claim about guarantees or a meeting is not the plan's size). */
export function planClaims(scope: ProcessScope): ClaimView[] {
  return processClaims(scope, 'plan-points').filter((c) => (c.subject ?? USUAL_SUBJECT['plan-points']) === USUAL_SUBJECT['plan-points']);
}

/**
 * The plan's current size: among the sizes reported in the latest window of plan claims, the one most reports give;
 * on a tie the one reported first (a later figure with no more support is a discrepancy, not a revision). The other
 * sizes of the window are listed as differing.
 */
async function currentPlan(scope: ProcessScope, since: string | null): Promise<BriefStatus['currentPlan']> {
  const claims = planClaims(scope).filter((c) => !since || (c.date !== null && c.date >= since));
  const newest = claims.map((c) => c.date).filter((d): d is string => !!d).sort().pop();
  if (!claims.length) return null;
  const recent = claims.filter((c) => !newest || !c.date || daysBetween(c.date, newest) <= PLAN_WINDOW_DAYS);
  const by = new Map<number, { reports: Set<number>; first: string; claims: ClaimView[] }>();
  for (const c of recent) {
    const v = by.get(c.value) ?? by.set(c.value, { reports: new Set(), first: c.date ?? '9999', claims: [] }).get(c.value)!;
    v.reports.add(c.report_id); v.claims.push(c);
    if ((c.date ?? '9999') < v.first) v.first = c.date ?? '9999';
  }
  const ranked = [...by].sort((x, y) => y[1].reports.size - x[1].reports.size || x[1].first.localeCompare(y[1].first) || x[0] - y[0]);
  const [points, best] = ranked[0];
  const latest = [...best.claims].sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || y.id - x.id);
  return {
    points, date: latest[0].date, evidence: await Promise.all(latest.slice(0, 2).map((c) => claimEvidence(scope, c))), rule: 'plan.most-reported-in-latest-window',
    differing: await Promise.all(ranked.slice(1).filter(([, v]) => v.reports.size >= MIN_DIFFERING_REPORTS)
      .map(async ([p, v]) => ({ points: p, reports: v.reports.size, evidence: [await claimEvidence(scope, v.claims[0])] }))),
  };
}

/**
 * The "% agreed" claims of the latest week of such claims, one per speaker, subject and value: figures about the
 * plan first, then those about something else (security guarantees, a framework), each saying what it is about.
 */
async function agreementClaims(scope: ProcessScope, since: string | null): Promise<BriefStatus['agreementClaims']> {
  const claims = processClaims(scope, 'agreement-percent').filter((c) => !since || (c.date !== null && c.date >= since));
  const newest = claims.map((c) => c.date).filter((d): d is string => !!d).sort().pop();
  const recent = claims.filter((c) => !newest || !c.date || daysBetween(c.date, newest) <= RECENT_DAYS);
  const plan = USUAL_SUBJECT['agreement-percent'];
  const about = (c: ClaimView) => c.subject ?? plan;
  const seen = new Set<string>();
  return Promise.all(recent.sort((x, y) => Number(about(x) !== plan) - Number(about(y) !== plan) || (y.date ?? '').localeCompare(x.date ?? '') || y.value - x.value || x.id - y.id)
    .filter((c) => { const k = `${c.speaker_name}|${about(c)}|${c.value}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .map(async (c) => ({ percent: c.value, about: about(c), speaker: c.speaker_name, date: c.date, evidence: [await claimEvidence(scope, c)] })));
}

/** Mentions of a refused contact read for its "since" dates: the first reports that tell of it. */
const NO_CONTACT_MENTIONS = 16;
/** Claims this many days older than the newest one are history, not the current state. */
const RECENT_DAYS = 7;
/** A differing size is shown beside the current one when this many reports give it (one report is a slip). */
const MIN_DIFFERING_REPORTS = 2;
/** Plan sizes reported within this many days of the newest plan claim compete for the current size. */
const PLAN_WINDOW_DAYS = 7;

export { claimEvidence };
