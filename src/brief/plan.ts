// Plan and issues: plan versions by size over time, each issue's status from cue sentences (agreed / contested /
// open), the sticking points, and plan-point tracking on the 0-3 scale of the Peace Accords Matrix.
import { cuesByIssue, issueSentences, matchAll, type IssueSentence } from './cues.js';
import type { BriefRules } from './rules.js';
import type { ProcessScope } from './scope.js';
import { claimEvidence, processClaims } from './status.js';
import type { BriefPlan, Evidence, IssueLine, IssueStatus, PlanVersion, PointLine } from './types.js';

export const LEVEL_LABELS = ['not started', 'minimal', 'intermediate', 'full agreement'] as const;
/** When reports of one day disagree, the more cautious status stands. */
const CAUTION: Record<IssueStatus, number> = { contested: 0, open: 1, agreed: 2 };

function sentenceEvidence(s: IssueSentence): Evidence {
  return { outlet: s.report.outlet, report: s.report.doc_id, date: s.report.published, quote: s.report.text.slice(s.sentence.start, s.sentence.end), span: [s.sentence.start, s.sentence.end] };
}

function versions(scope: ProcessScope, since: string | null): PlanVersion[] {
  const claims = processClaims(scope, 'plan-points').filter((c) => !since || (c.date ?? '') >= since);
  const by = new Map<number, typeof claims>();
  for (const c of claims) (by.get(c.value) ?? by.set(c.value, []).get(c.value)!).push(c);
  return [...by].map(([points, cs]): PlanVersion => {
    const dates = cs.map((c) => c.date).filter((d): d is string => !!d).sort();
    return { points, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, reports: new Set(cs.map((c) => c.report_id)).size, evidence: cs.slice(0, 2).map((c) => claimEvidence(scope, c)) };
  }).sort((x, y) => (x.first ?? '').localeCompare(y.first ?? '') || y.points - x.points);
}

function sentencesOf(scope: ProcessScope, matchers: { id: string; patterns: RegExp[] }[], rules: BriefRules, since: string | null): IssueSentence[] {
  const out: IssueSentence[] = [];
  for (const id of scope.reports) {
    const r = scope.ctx.report(id);
    if (!r || (since && (r.published ?? '') < since)) continue;
    out.push(...issueSentences(r, scope.ctx.sentences(id), matchers, rules.cues));
  }
  return out;
}

function issues(sentences: IssueSentence[]): IssueLine[] {
  const lines = new Map<string, IssueLine & { at: string; rank: number }>();
  for (const s of sentences) {
    const attached = cuesByIssue(s);
    for (const issue of s.issues.keys()) {
      const line = lines.get(issue) ?? { issue, status: 'open' as IssueStatus, mentions: 0, cues: [], at: '', rank: 3 };
      lines.set(issue, line);
      line.mentions++;
      const cues = attached.get(issue) ?? [];
      if (!cues.length) continue;
      const status = cues.map((c) => c.cue.status).sort((a, b) => CAUTION[a] - CAUTION[b])[0];
      line.cues.push({ status, cue: cues.map((c) => c.cue.id).join('+'), evidence: sentenceEvidence(s) });
      const at = s.report.published ?? '';
      if (at > line.at || (at === line.at && CAUTION[status] < line.rank)) { line.at = at; line.rank = CAUTION[status]; line.status = status; }
    }
  }
  return [...lines.values()].map(({ at: _a, rank: _r, ...l }) => l)
    .sort((x, y) => y.mentions - x.mentions || x.issue.localeCompare(y.issue));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A point's level: from the newest sentence naming it with a cue; a dispute cue holds a sentence at 'minimal'. */
function points(scope: ProcessScope, rules: BriefRules, since: string | null): PointLine[] {
  const plan = scope.process.plan;
  if (!plan) return [];
  const matchers = plan.points.map((p) => ({ id: p.id, patterns: [new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.keywords.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu')] }));
  const sentences = sentencesOf(scope, matchers, rules, since);
  return plan.points.map((p): PointLine => {
    let level = 0;
    let at = '';
    let evidence: Evidence[] = [];
    for (const s of sentences) {
      if (!s.issues.has(p.id) || !s.cues.length) continue;
      const disputed = s.cues.filter((c) => c.cue.status === 'contested');
      const l = disputed.length ? Math.min(...disputed.map((c) => c.cue.level)) : Math.max(...s.cues.map((c) => c.cue.level));
      const date = s.report.published ?? '';
      if (date > at || (date === at && l < level) || !evidence.length) { at = date; level = l; evidence = [sentenceEvidence(s)]; }
    }
    return { id: p.id, text: p.text, level: level as PointLine['level'], label: LEVEL_LABELS[level], evidence };
  });
}

export function planSection(scope: ProcessScope, rules: BriefRules, since: string | null): BriefPlan {
  const issueLines = issues(sentencesOf(scope, rules.issues, rules, since));
  const pointLines = points(scope, rules, since);
  const contestedCount = (l: IssueLine) => l.cues.filter((c) => c.status === 'contested').length;
  return {
    versions: versions(scope, since),
    issues: issueLines,
    stickingPoints: issueLines.filter((l) => l.status === 'contested').sort((x, y) => contestedCount(y) - contestedCount(x) || x.issue.localeCompare(y.issue)).map((l) => l.issue),
    points: pointLines,
    pointsAgreedPercent: pointLines.length ? Math.round((100 * pointLines.reduce((n, p) => n + p.level, 0)) / (3 * pointLines.length)) : null,
  };
}

export { matchAll };
