// Negotiation issues a report touches, from the data vocabulary (data/issues.json): the sorted unique ids of the
// issues whose terms or patterns occur outside page clutter.
import vocabulary from '../../data/issues.json' with { type: 'json' };
import { inClutter, type DocContext } from '../context.js';

export interface IssueEntry { id: string; note: string; terms: string[]; patterns?: string[] }
/** All issues' words in one case-insensitive pattern and their acronyms (POW, ZNPP, ICC) in one case-sensitive
 * one, so a report is scanned twice whatever the vocabulary's size; `byTerm` maps a matched term to its issue. */
export interface IssueMatcher {
  words: RegExp;
  acronyms: RegExp | null;
  byTerm: Map<string, string>;
  /** An issue's own regular expressions, for forms a word list cannot say. */
  patterns: Array<{ id: string; pattern: RegExp }>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
// \b is cheaper than Unicode look-arounds and enough for the vocabulary's ASCII-edged terms.
const whole = (alts: string[]) => `\\b(?:${alts.join('|')})\\b`;
const isAcronym = (t: string) => /^[A-Z]{2,}s?$/.test(t);
const termKey = (t: string) => t.toLowerCase().replace(/[\s-]+/g, ' ');

export function compileIssues(entries: IssueEntry[]): IssueMatcher {
  const byTerm = new Map<string, string>();
  const words: string[] = [], acronyms: string[] = [];
  for (const e of entries) {
    for (const t of e.terms) {
      if (!byTerm.has(termKey(t))) byTerm.set(termKey(t), e.id);
      (isAcronym(t) ? acronyms : words).push(t);
    }
  }
  const alts = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(escape);
  return {
    words: new RegExp(whole(alts(words)), 'gi'),
    acronyms: acronyms.length ? new RegExp(whole(alts(acronyms)), 'g') : null,
    byTerm,
    patterns: entries.flatMap((e) => (e.patterns ?? []).map((p) => ({ id: e.id, pattern: new RegExp(p, 'gi') }))),
  };
}

let compiled: IssueMatcher | null = null;
export function defaultIssues(): IssueMatcher {
  compiled ??= compileIssues(vocabulary.issues);
  return compiled;
}

export function findIssues(ctx: DocContext, matcher: IssueMatcher = defaultIssues()): string[] {
  const found = new Set<string>();
  const scan = (pattern: RegExp, idOf: (m: string) => string | undefined) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(ctx.text); m; m = pattern.exec(ctx.text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      const id = idOf(m[0]);
      if (!id || found.has(id)) continue;
      if (inClutter(ctx.clutter, [m.index, m.index + m[0].length])) {
        ctx.trace({ at: m.index, stage: 'issues', rule: `issue.${id}`, outcome: 'skip', message: `"${m[0]}" in page clutter` });
        continue;
      }
      found.add(id);
      ctx.trace({ at: m.index, stage: 'issues', rule: `issue.${id}`, outcome: 'yield', message: `"${m[0]}"` });
    }
  };
  scan(matcher.words, (m) => matcher.byTerm.get(termKey(m)));
  if (matcher.acronyms) scan(matcher.acronyms, (m) => matcher.byTerm.get(termKey(m)));
  for (const { id, pattern } of matcher.patterns) if (!found.has(id)) scan(pattern, () => id);
  return [...found].sort();
}
