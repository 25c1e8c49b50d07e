// Positions: per party and issue, what its people demanded, offered, rejected or agreed to (their REQUEST /
// CONCEDE / REJECT / AGREE events), with what they said about the issue (their stored quotes naming it).
import type { BriefRules } from './rules.js';
import type { SidedEvent } from './context.js';
import type { ProcessScope } from './scope.js';
import type { PartyPositions, PositionLine, PositionQuote } from './types.js';

export const POSITION_ACTS: Record<string, string> = { REQUEST: 'demanded', CONCEDE: 'offered', REJECT: 'rejected', AGREE: 'agreed' };
const GENERAL = 'general';
/** Acts read per party. */
const ACTS_READ = 80;
/** Mentions of an act read for its evidence: the first reports that tell of it. */
const MENTIONS_READ = 8;
/** A party's newest quotes read for its positions: what it says now, not all it ever said. */
const QUOTES_READ = 120;
const CONTACT_MODES = new Set(['meet', 'visit', 'phone', 'consult', 'third-party', 'multilateral']);

/** Issues found per text, per rule set: one quote or evidence sentence is retold by many reports of many parties. */
const issueMemo = new WeakMap<BriefRules, Map<string, string[]>>();
/** Texts remembered per rule set (the default rules live as long as a server does). */
const ISSUE_MEMO_TEXTS = 20_000;

function issuesIn(text: string, rules: BriefRules): string[] {
  const memo = issueMemo.get(rules) ?? issueMemo.set(rules, new Map()).get(rules)!;
  if (memo.size >= ISSUE_MEMO_TEXTS) memo.clear();
  let found = memo.get(text);
  if (!found) memo.set(text, (found = rules.issues.filter((m) => m.patterns.some((re) => occursIn(re, text))).map((m) => m.id)));
  return found;
}

/** Whether a global pattern occurs in `text`: stops at the first match (naming an issue once is enough). */
function occursIn(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Position acts (demands, offers, refusals, agreements; no contacts) by actor side, newest first: one pass. */
function actsOf(scope: ProcessScope, side: string): SidedEvent[] {
  const bySide = scope.ctx.memo('position-acts', () => {
    const out = new Map<string, SidedEvent[]>();
    for (const e of scope.ctx.events) {
      if (!POSITION_ACTS[e.ev.category] || CONTACT_MODES.has(e.ev.mode ?? '')) continue;
      for (const s of e.actorSides) (out.get(s) ?? out.set(s, []).get(s)!).push(e);
    }
    for (const list of out.values()) list.sort((x, y) => (y.ev.date ?? '').localeCompare(x.ev.date ?? '') || y.ev.id! - x.ev.id!);
    return out;
  });
  return bySide.get(side) ?? [];
}

export async function positions(scope: ProcessScope, rules: BriefRules, since: string | null): Promise<PartyPositions[]> {
  const { ctx } = scope;
  const out: PartyPositions[] = [];
  for (const party of scope.process.parties) {
    const byIssue = new Map<string, { acts: PositionLine[]; quotes: PositionQuote[] }>();
    const slot = (issue: string) => byIssue.get(issue) ?? byIssue.set(issue, { acts: [], quotes: [] }).get(issue)!;
    let read = 0;
    // Newest acts first; a party's position is what it says now, so only the newest ACTS_READ acts are read.
    for (const e of actsOf(scope, party.key)) {
      const act = POSITION_ACTS[e.ev.category];
      if (read >= ACTS_READ) break;
      if (since && (!e.ev.date || e.ev.date < since)) continue;
      // An agreement every report tells in a clause of refusal, hope or proposal is no agreement.
      if (e.ev.category === 'AGREE' && e.ev.modality === 'asserted' && e.ev.held === false) continue;
      if (!ctx.eventReports(e.ev.id!).some((r) => scope.reports.has(r))) continue;
      read++;
      // A denied contact ("has not spoken to him since 2020") is a status line, not a position.
      const mentions = (await ctx.store.mentions(e.ev.id!, MENTIONS_READ)).filter((m) => scope.reports.has(m.report_id));
      if (!mentions.length || mentions.some((m) => m.since)) continue;
      // Quote the reports that tell the act plainly first, not one that tells it in a clause of doubt.
      const plain = [...mentions].sort((x, y) => Number(!!x.polarity) - Number(!!y.polarity));
      const evidence = await Promise.all(plain.slice(0, 2).map((m) => ctx.mentionEvidence(m)));
      const found = issuesIn(evidence.map((x) => x.quote).join('\n'), rules);
      for (const issue of found.length ? found : [GENERAL]) slot(issue).acts.push({ act, modality: e.ev.modality, date: e.ev.date, evidence });
    }
    const speakers = ctx.sides.entitiesOf(party.key).filter((id) => ctx.sides.isPerson(id));
    for (const q of speakers.length ? await ctx.store.quotes(speakers, QUOTES_READ) : []) {
      if (!scope.reports.has(q.report_id) || (since && (q.published ?? '') < since)) continue;
      for (const issue of issuesIn(q.text, rules)) {
        slot(issue).quotes.push({ speaker: q.speaker_name ?? q.speaker_text ?? '?', evidence: { outlet: q.outlet, report: q.doc_id, date: q.published, quote: q.text, span: [q.start, q.end] } });
      }
    }
    const issues = [...byIssue].map(([issue, v]) => ({ issue, acts: v.acts, quotes: v.quotes }))
      .sort((x, y) => Number(x.issue === GENERAL) - Number(y.issue === GENERAL) || (y.acts.length + y.quotes.length) - (x.acts.length + x.quotes.length) || x.issue.localeCompare(y.issue));
    out.push({ party: party.name, issues });
  }
  return out;
}
