// Status: the last leader-level contacts, the last direct contact between the parties (or a claim of none since a
// date), the current plan size and the latest "% agreed" claims with who made them.
import type { SidedEvent } from './context.js';
import type { ProcessScope } from './scope.js';
import type { BriefStatus, ContactLine, Evidence } from './types.js';

const isContact = (e: SidedEvent) => e.ev.category === 'CONSULT' && e.ev.modality === 'asserted';
const byDate = (a: SidedEvent, b: SidedEvent) => (a.ev.date ?? '').localeCompare(b.ev.date ?? '') || a.ev.id! - b.ev.id!;

export function daysBetween(from: string, to: string): number {
  const day = (d: string) => Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

function line(scope: ProcessScope, e: SidedEvent, between: [string, string], who: number[]): ContactLine {
  const names = scope.ctx.sides;
  return { between: [names.name(between[0]), names.name(between[1])], date: e.ev.date, mode: e.ev.mode, who: who.map((id) => names.entityName(id)), evidence: scope.ctx.eventEvidence(e.ev.id!) };
}

/** The latest asserted contact in which leaders of both sides took part. */
function lastLeaderContact(scope: ProcessScope, a: string, b: string): ContactLine | null {
  const hits = scope.events.filter(isContact).filter((e) => { const l = scope.leadersIn(e); return l.has(a) && l.has(b); }).sort(byDate);
  const e = hits[hits.length - 1];
  if (!e) return null;
  const l = scope.leadersIn(e);
  return line(scope, e, [a, b], [...l.get(a)!, ...l.get(b)!]);
}

export function status(scope: ProcessScope, asOf: string | null): BriefStatus {
  const [a, b] = scope.parties;
  const direct = scope.events.filter(isContact).filter((e) => e.sides.has(a) && e.sides.has(b) && e.ev.date).sort(byDate);
  const lastDirect = direct[direct.length - 1];
  const persons = (e: SidedEvent) => [...new Set([...e.ev.actor, ...e.ev.recipient])].filter((id) => scope.sideOf(id));
  const noContactSince = noContactClaims(scope, a, b);
  const lastDate = [lastDirect?.ev.date, ...noContactSince.map((c) => c.since)].filter((d): d is string => !!d).sort().pop() ?? null;
  return {
    asOf,
    lastLeaderContact: lastLeaderContact(scope, a, b),
    leaderContactsWithMediators: scope.process.mediators.flatMap((m) => [a, b].map((p) => lastLeaderContact(scope, p, m.key)))
      .filter((x): x is ContactLine => x !== null),
    lastDirectContact: lastDirect ? line(scope, lastDirect, [a, b], persons(lastDirect)) : null,
    noContactSince,
    daysSinceDirectContact: lastDate && asOf ? daysBetween(lastDate, asOf) : null,
    currentPlan: currentPlan(scope),
    agreementClaims: agreementClaims(scope),
  };
}

/** Denied contacts between the parties with an open "since" date: "has not spoken to him since July 2020". */
function noContactClaims(scope: ProcessScope, a: string, b: string): BriefStatus['noContactSince'] {
  const out: BriefStatus['noContactSince'] = [];
  for (const e of scope.events) {
    if (!(e.ev.category === 'REJECT' || (e.ev.category === 'CONSULT' && e.ev.modality === 'negated'))) continue;
    // A refusal counts only as a refused contact (a meeting, call or visit) aimed from one party at the other.
    if (e.ev.category === 'REJECT' && !e.ev.mode) continue;
    const across = (x: string, y: string) => e.actorSides.has(x) && (e.recipientSides.has(y) || e.actorSides.has(y));
    if (!across(a, b) && !across(b, a)) continue;
    for (const m of scope.ctx.mentions(e.ev.id!)) {
      if (!m.since || m.until) continue;
      // The claim is about the pair: others named in the same event (a mediator who also has not called) are not.
      const pair = [...new Set([...e.ev.actor, ...e.ev.recipient])].filter((id) => { const s = scope.ctx.sides.side(id); return s === a || s === b; });
      out.push({ since: m.since, who: pair.map((id) => scope.ctx.sides.entityName(id)), evidence: [scope.ctx.mentionEvidence(m)] });
    }
  }
  return out.sort((x, y) => x.since.localeCompare(y.since));
}

function claimEvidence(scope: ProcessScope, c: { report_id: number; start: number; end: number; outlet: string; doc_id: string; evidence: string; date: string | null }): Evidence {
  return scope.ctx.evidence(c.report_id, [c.start, c.end], { outlet: c.outlet, doc_id: c.doc_id, quote: c.evidence, published: c.date });
}

export function processClaims(scope: ProcessScope, kind: string) {
  return scope.ctx.store.claims(kind).filter((c) => scope.reports.has(c.report_id));
}

function currentPlan(scope: ProcessScope): BriefStatus['currentPlan'] {
  const claims = processClaims(scope, 'plan-points').sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id - y.id);
  const last = claims[claims.length - 1];
  if (!last) return null;
  const same = claims.filter((c) => c.value === last.value && c.date === last.date);
  return { points: last.value, date: last.date, evidence: same.slice(0, 2).map((c) => claimEvidence(scope, c)) };
}

/** The "% agreed" claims of the latest week of such claims, one per speaker and value, newest first. */
function agreementClaims(scope: ProcessScope): BriefStatus['agreementClaims'] {
  const claims = processClaims(scope, 'agreement-percent');
  const newest = claims.map((c) => c.date).filter((d): d is string => !!d).sort().pop();
  const recent = claims.filter((c) => !newest || !c.date || daysBetween(c.date, newest) <= RECENT_DAYS);
  const seen = new Set<string>();
  return recent.sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || y.value - x.value || x.id - y.id)
    .filter((c) => { const k = `${c.speaker_name}|${c.value}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .map((c) => ({ percent: c.value, speaker: c.speaker_name, date: c.date, evidence: [claimEvidence(scope, c)] }));
}

/** Claims this many days older than the newest one are history, not the current state. */
const RECENT_DAYS = 7;

export { claimEvidence };
