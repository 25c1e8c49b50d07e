// The brief as Markdown for people: every line ends with its evidence (outlet, date, quoted words).
import { LEVEL_LABELS } from './plan.js';
import type { Brief, ContactLine, Evidence, Process } from './types.js';

/** Bump when what renderBrief writes changes: a Markdown brief saved by a Parley of another version is not read back
 * (query/saved-brief.ts), as a saved brief of another shape is not. */
export const MARKDOWN_VERSION = 1;

const MAX_QUOTE = 220;
const clip = (s: string) => { const one = s.replace(/\s+/g, ' ').trim(); return one.length > MAX_QUOTE ? one.slice(0, MAX_QUOTE - 1) + '…' : one; };
export const cite = (e: Evidence) => `${e.outlet}, ${e.date ?? 'undated'}: "${clip(e.quote)}"`;
const cites = (es: Evidence[]) => (es.length ? ` — ${es.map(cite).join('; ')}` : '');
const contact = (c: ContactLine) => `${c.date ?? 'undated'}${c.mode ? ` (${c.mode})` : ''}, ${c.who.join(', ')}${cites(c.evidence)}`;

export function processLine(p: Process): string {
  return `${p.name}: parties ${p.parties.map((x) => x.name).join(', ')}; mediators ${p.mediators.map((x) => x.name).join(', ') || 'none'}`;
}

export function renderBrief(b: Brief): string {
  const out: string[] = [];
  const s = b.status;
  out.push(`# ${b.process.name}`, '', `Parties: ${b.process.parties.map((p) => p.name).join(', ')}. Mediators: ${b.process.mediators.map((m) => m.name).join(', ') || 'none'}.` +
    `${b.since ? ` Since ${b.since}.` : ''}${s.asOf ? ` As of ${s.asOf}.` : ''}`, '');
  out.push('## Status', '');
  out.push(`- Last leader-level contact between the parties: ${s.lastLeaderContact ? contact(s.lastLeaderContact) : 'none reported'}`);
  for (const c of s.leaderContactsWithMediators) out.push(`- Last leader-level contact ${c.between.join(' – ')}: ${contact(c)}`);
  out.push(`- Last direct contact between the parties: ${s.lastDirectContact ? contact(s.lastDirectContact) : 'none reported'}`);
  for (const c of s.noContactSince) out.push(`- No contact since ${c.since} (${c.who.join(', ')})${cites(c.evidence)}`);
  out.push(`- Days since the last direct contact: ${s.daysSinceDirectContact ?? 'unknown'}`);
  out.push(`- Current plan: ${s.currentPlan ? `${s.currentPlan.points} points (${s.currentPlan.date ?? 'undated'})${cites(s.currentPlan.evidence)}` : 'none reported'}`);
  for (const d of s.currentPlan?.differing ?? []) out.push(`  - reports differ: ${d.points} points in ${d.reports} report${d.reports === 1 ? '' : 's'}${cites(d.evidence)}`);
  for (const c of s.agreementClaims) out.push(`- ${c.percent}% agreed on ${c.about === 'plan' ? 'the plan' : c.about}, according to ${c.speaker ?? 'an unattributed claim'} (${c.date ?? 'undated'})${cites(c.evidence)}`);
  out.push('', '## Next scheduled', '');
  if (!b.nextScheduled.length) out.push('- nothing scheduled is reported');
  for (const n of b.nextScheduled) out.push(`- ${n.date ?? 'date not given'} ${n.event}${n.mode ? `/${n.mode}` : ''} ${n.who.join(', ')}${cites(n.evidence)}`);
  out.push('', '## Contacts', '');
  const table = (title: string, cells: typeof b.contacts.matrix) => {
    out.push(title, '', '| between | count | modes | last | evidence |', '|---|---|---|---|---|');
    for (const c of cells) {
      out.push(`| ${c.a} – ${c.b} | ${c.count} | ${Object.entries(c.modes).map(([k, v]) => `${k} ${v}`).join(', ')} | ${c.last ?? ''} | ${c.evidence.map(cite).join('; ').replace(/\|/g, '/')} |`);
    }
    out.push('');
  };
  table('Between sides (a person counts for their side):', b.contacts.matrix);
  table('Between people:', b.contacts.people);
  out.push('Planned and then held:', '');
  for (const h of b.contacts.happened) out.push(`- [${h.modality}] ${h.who.join(', ')} ${h.date ?? 'undated'} → held ${h.happenedOn ?? 'undated'}${cites(h.evidence)}`);
  out.push('', 'Not happened (planned, hoped for or denied):', '');
  for (const u of b.contacts.notHappened) out.push(`- [${u.modality}] ${u.who.join(', ')}${u.mode ? ` (${u.mode})` : ''} ${u.date ?? 'undated'}${cites(u.evidence)}`);
  out.push('', '## Timeline', '');
  for (const e of b.timeline) {
    const who = [...e.actor, ...(e.recipient.length ? ['->', ...e.recipient] : [])].join(' ');
    out.push(`- ${e.date ?? 'undated'} ${e.event}${e.mode ? `/${e.mode}` : ''}${e.mark ? ` [${e.mark}]` : ''} ${who}${e.place ? ` at ${e.place}` : ''} (${e.sources} source${e.sources === 1 ? '' : 's'})${cites(e.evidence)}`);
  }
  out.push('', '## Plan and issues', '');
  for (const v of b.plan.versions) out.push(`- ${v.points}-point plan: ${v.first ?? 'undated'}${v.last && v.last !== v.first ? ` to ${v.last}` : ''}, ${v.reports} report${v.reports === 1 ? '' : 's'}${cites(v.evidence)}`);
  out.push('', `Sticking points: ${b.plan.stickingPoints.join(', ') || 'none reported'}`, '');
  for (const i of b.plan.issues) {
    // A line whose sentences give no status says so: "open" then means only that nothing settled it.
    const status = i.cues.length ? i.status : `${i.status}, no status stated`;
    out.push(`- ${i.issue}: ${status} (${i.mentions} mention${i.mentions === 1 ? '' : 's'}) — ${cite(i.evidence)}`);
  }
  if (b.plan.points.length) {
    out.push('', `Plan points (0-3: ${LEVEL_LABELS.join(', ')}): ${b.plan.pointsAgreedPercent}% agreed`, '');
    for (const p of b.plan.points) out.push(`- ${p.id} ${p.text}: ${p.level} ${p.label}${cites(p.evidence)}`);
  }
  out.push('', '## Positions', '');
  for (const p of b.positions) {
    out.push(`### ${p.party}`, '');
    for (const i of p.issues) {
      for (const a of i.acts) out.push(`- ${i.issue}: ${a.act}${a.modality !== 'asserted' ? ` [${a.modality}]` : ''} ${a.date ?? ''}${cites(a.evidence.slice(0, 1))}`);
      for (const q of i.quotes) out.push(`- ${i.issue}: ${q.speaker} said ${cite(q.evidence)}`);
    }
    out.push('');
  }
  out.push('## Disputes between sources', '');
  for (const d of b.disputes) {
    out.push(`- ${d.kind}: ${d.subject}`);
    for (const v of d.values) out.push(`  - ${v.value}${v.speaker ? ` (${v.speaker})` : ''} — ${cite(v.evidence)}`);
  }
  const so = b.sourcing;
  out.push('', '## Sourcing', '', `${so.reports} reports from ${so.outlets.length} outlets; ${so.quotes} quotes, ${so.anonymousQuotes} anonymous` +
    `${so.anonymousShare === null ? '' : ` (${Math.round(so.anonymousShare * 100)}%)`}.`, '');
  for (const o of so.outlets) out.push(`- ${o.outlet}: ${o.reports}`);
  return out.join('\n') + '\n';
}
