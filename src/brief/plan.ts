// Plan and issues: plan versions by size over time, each issue's status from cue sentences (agreed / contested /
// open; issue-status.ts), the sticking points, and plan-point tracking on the 0-3 scale of the Peace Accords Matrix.
import { issueSentences, matchAll, type IssueSentence } from './cues.js';
import { issueLines } from './issue-status.js';
import type { BriefRules } from './rules.js';
import type { ProcessScope } from './scope.js';
import { claimEvidence, planClaims } from './status.js';
import type { BriefPlan, Evidence, IssueLine, PlanVersion, PointLine } from './types.js';

export const LEVEL_LABELS = ['not started', 'minimal', 'intermediate', 'full agreement'] as const;

function sentenceEvidence(s: IssueSentence): Evidence {
  return { outlet: s.report.outlet, report: s.report.doc_id, date: s.report.published, quote: s.report.text.slice(s.sentence.start, s.sentence.end), span: [s.sentence.start, s.sentence.end] };
}

/** Plan versions by size over time, from the process's claims about a plan (not about guarantees or a meeting). */
async function versions(scope: ProcessScope, since: string | null): Promise<PlanVersion[]> {
  const claims = planClaims(scope).filter((c) => !since || (c.date !== null && c.date >= since));
  const by = new Map<number, typeof claims>();
  for (const c of claims) (by.get(c.value) ?? by.set(c.value, []).get(c.value)!).push(c);
  return (await Promise.all([...by].map(async ([points, cs]): Promise<PlanVersion> => {
    const dates = cs.map((c) => c.date).filter((d): d is string => !!d).sort();
    return { points, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, reports: new Set(cs.map((c) => c.report_id)).size, evidence: await Promise.all(cs.slice(0, 2).map((c) => claimEvidence(scope, c))) };
  }))).sort((x, y) => (x.first ?? '').localeCompare(y.first ?? '') || y.points - x.points);
}

/** Report texts of the process, one at a time (plan-point tracking of a configured plan reads them). */
async function sentencesOf(scope: ProcessScope, matchers: { id: string; patterns: RegExp[] }[], rules: BriefRules, since: string | null): Promise<IssueSentence[]> {
  const out: IssueSentence[] = [];
  for (const id of scope.reports) {
    const r = scope.ctx.report(id);
    const t = r && (!since || (r.published ?? '') >= since) ? await scope.ctx.text(id) : null;
    if (!r || !t) continue;
    out.push(...issueSentences({ ...r, text: t.text }, t.sentences, matchers, rules.cues));
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A point's level: from the newest sentence naming it with a cue; a dispute cue holds a sentence at 'minimal'. */
async function points(scope: ProcessScope, rules: BriefRules, since: string | null): Promise<PointLine[]> {
  const plan = scope.process.plan;
  if (!plan) return [];
  const matchers = plan.points.map((p) => ({ id: p.id, patterns: [new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.keywords.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu')] }));
  const sentences = await sentencesOf(scope, matchers, rules, since);
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

export async function planSection(scope: ProcessScope, rules: BriefRules, since: string | null): Promise<BriefPlan> {
  const issues = await issueLines(scope, since);
  const pointLines = await points(scope, rules, since);
  const contestedCount = (l: IssueLine) => l.cues.filter((c) => c.status === 'contested').length;
  return {
    versions: await versions(scope, since),
    issues,
    stickingPoints: issues.filter((l) => l.status === 'contested').sort((x, y) => contestedCount(y) - contestedCount(x) || x.issue.localeCompare(y.issue)).map((l) => l.issue),
    points: pointLines,
    pointsAgreedPercent: pointLines.length ? Math.round((100 * pointLines.reduce((n, p) => n + p.level, 0)) / (3 * pointLines.length)) : null,
  };
}

export { matchAll };
