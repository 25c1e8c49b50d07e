// Finds issue terms and status cues in the sentences of a process's reports. Patterns are compiled once (rules);
// each report text is scanned once per issue, and only sentences with an issue term are searched for cues.
import type { ReportMeta } from '../store/types.js';
import type { StatusCue } from './rules.js';
import { sentenceAt, type SentenceSpan } from './sentences.js';

/** A stored report with its text (an evidence reader takes one at a time, never all texts at once). */
export interface ReportText extends ReportMeta { text: string }

export interface TermHit { start: number; end: number }
export interface CueHit { cue: StatusCue; start: number; end: number }
/** One sentence of a report with the issues it names (their term positions) and its status cues. */
export interface IssueSentence { report: ReportText; sentence: SentenceSpan; issues: Map<string, TermHit[]>; cues: CueHit[] }

export function matchAll(re: RegExp, text: string, offset = 0): TermHit[] {
  const out: TermHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) { re.lastIndex++; continue; }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** Cue hits in a sentence; a hit overlapping one of an earlier-listed cue is dropped ("not agreed" is not "agreed"). */
export function findCues(text: string, offset: number, cues: StatusCue[]): CueHit[] {
  const out: CueHit[] = [];
  for (const cue of cues) {
    for (const h of matchAll(cue.pattern, text, offset)) {
      if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push({ cue, ...h });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Sentences of `report` naming any of `matchers`' terms, with their cues. */
export function issueSentences(
  report: ReportText, sentences: SentenceSpan[], matchers: { id: string; patterns: RegExp[] }[], cues: StatusCue[],
): IssueSentence[] {
  const bySentence = new Map<SentenceSpan, Map<string, TermHit[]>>();
  for (const { id, patterns } of matchers) {
    for (const re of patterns) {
      for (const h of matchAll(re, report.text)) {
        const s = sentenceAt(sentences, h.start);
        if (!s) continue;
        const issues = bySentence.get(s) ?? bySentence.set(s, new Map()).get(s)!;
        (issues.get(id) ?? issues.set(id, []).get(id)!).push(h);
      }
    }
  }
  return [...bySentence].sort((x, y) => x[0].start - y[0].start).map(([sentence, issues]) => ({
    report, sentence, issues, cues: findCues(report.text.slice(sentence.start, sentence.end), sentence.start, cues),
  }));
}

const distance = (a: TermHit, b: TermHit) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** Attaches each cue to the nearest issue term of its sentence; returns the cues per issue. */
export function cuesByIssue(s: IssueSentence): Map<string, CueHit[]> {
  const out = new Map<string, CueHit[]>();
  for (const cue of s.cues) {
    let best: string | null = null;
    let bestD = Infinity;
    for (const [id, hits] of s.issues) for (const h of hits) { const d = distance(cue, h); if (d < bestD) { bestD = d; best = id; } }
    if (best) (out.get(best) ?? out.set(best, []).get(best)!).push(cue);
  }
  return out;
}
