// Negotiation issues a report touches, from the data vocabulary (data/issues.json): the sorted unique ids of the
// issues whose terms or patterns occur outside page clutter.
import vocabulary from '../../data/issues.json' with { type: 'json' };
import { inClutter, type DocContext } from '../context.js';

export interface IssueEntry { id: string; note: string; terms: string[]; patterns?: string[] }
export interface IssueMatcher { id: string; patterns: RegExp[] }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
const whole = (alts: string[]) => `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`;
const isAcronym = (t: string) => /^[A-Z]{2,}s?$/.test(t);

/** Per issue: its words case-insensitively (longest first), its acronyms (POW, ZNPP, ICC) case-sensitively so they
 * cannot fire inside ordinary words, and its own regular expressions. */
export function compileIssues(entries: IssueEntry[]): IssueMatcher[] {
  return entries.map((e) => {
    const byLength = [...e.terms].sort((a, b) => b.length - a.length);
    const words = byLength.filter((t) => !isAcronym(t)).map(escape);
    const acronyms = byLength.filter(isAcronym).map(escape);
    const patterns: RegExp[] = [];
    if (words.length) patterns.push(new RegExp(whole(words), 'giu'));
    if (acronyms.length) patterns.push(new RegExp(whole(acronyms), 'gu'));
    for (const p of e.patterns ?? []) patterns.push(new RegExp(p, 'giu'));
    return { id: e.id, patterns };
  });
}

let compiled: IssueMatcher[] | null = null;
export function defaultIssues(): IssueMatcher[] {
  compiled ??= compileIssues(vocabulary.issues);
  return compiled;
}

export function findIssues(ctx: DocContext, matchers: IssueMatcher[] = defaultIssues()): string[] {
  const found = new Set<string>();
  for (const { id, patterns } of matchers) {
    if (patterns.some((pattern) => firstOutsideClutter(ctx, id, pattern))) found.add(id);
  }
  return [...found].sort();
}

function firstOutsideClutter(ctx: DocContext, id: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(ctx.text); m; m = pattern.exec(ctx.text)) {
    if (m[0].length === 0) { pattern.lastIndex++; continue; }
    if (inClutter(ctx.clutter, [m.index, m.index + m[0].length])) {
      ctx.trace({ at: m.index, stage: 'issues', rule: `issue.${id}`, outcome: 'skip', message: `"${m[0]}" in page clutter` });
      continue;
    }
    ctx.trace({ at: m.index, stage: 'issues', rule: `issue.${id}`, outcome: 'yield', message: `"${m[0]}"` });
    return true;
  }
  return false;
}
