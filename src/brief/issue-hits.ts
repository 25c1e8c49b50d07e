// Issue sentences found once, at ingest: each sentence of a report naming a negotiation issue, with the status cue
// attached to that issue and the polarity of the cue's clause (an agreement that was rejected, only proposed, hoped
// for or negated is no agreement). The brief reads these rows instead of scanning report texts again.
import type { IssueHitRow } from '../store/types.js';
import { cuesByIssue, issueSentences, type CueHit } from './cues.js';
import { defaultBriefRules, type BriefRules, type PolarityCue } from './rules.js';
import { splitSentences } from './sentences.js';
import type { IssueStatus } from './types.js';

/** When reports of one day disagree, the more cautious status stands. */
export const CAUTION: Record<IssueStatus, number> = { contested: 0, open: 1, agreed: 2 };

// Clause bounds: punctuation and the conjunctions that turn a sentence ("agreed, but Russia rejected it").
const CLAUSE_BREAK = /[,;:—–()]|\s(?:but|while|although|though|whereas|yet)\s/giu;

/** The clause of a sentence around [from, to), and the clause after it (a trailing "rejected by X" belongs to it). */
export function clauseAround(sentence: string, from: number, to: number, withNext = true): string {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) breaks.push(m.index);
  const start = Math.max(0, ...breaks.filter((b) => b < from));
  const after = breaks.filter((b) => b >= to);
  const end = after.length > (withNext ? 1 : 0) ? after[withNext ? 1 : 0] : sentence.length;
  return sentence.slice(start, end);
}

/** The first polarity cue found in `clause`, or null when the agreement stands as stated. */
export function polarityOf(clause: string, cues: PolarityCue[]): PolarityCue | null {
  for (const p of cues) { p.pattern.lastIndex = 0; if (p.pattern.test(clause)) return p; }
  return null;
}

/** One issue's status in one sentence from its cues: an agreement cue counts only with no polarity against it. */
export function sentenceStatus(sentence: string, offset: number, issueAt: [number, number], cues: CueHit[], rules: BriefRules):
  { status: IssueStatus; cue: string; level: number; polarity: string | null } | null {
  if (!cues.length) return null;
  let best: { status: IssueStatus; cue: string; level: number; polarity: string | null } | null = null;
  for (const c of cues) {
    let status = c.cue.status;
    let polarity: string | null = null;
    if (status === 'agreed') {
      const from = Math.min(c.start, issueAt[0]) - offset;
      const to = Math.max(c.end, issueAt[1]) - offset;
      const p = polarityOf(clauseAround(sentence, from, to), rules.polarity);
      if (p) { status = p.status; polarity = p.id; }
    }
    const level = status === c.cue.status ? c.cue.level : 1;
    if (!best || CAUTION[status] < CAUTION[best.status]) best = { status, cue: c.cue.id, level, polarity };
  }
  return best;
}

/** Whether the clause around an event's words says the contact did not (yet) happen: the cue's id, or null. */
export function contactPolarity(text: string, sentence: [number, number], span: [number, number], rules: BriefRules = defaultBriefRules()): string | null {
  const s = Array.isArray(sentence) && sentence[1] > sentence[0] ? sentence : span;
  // Only the event's own clause: "met on Thursday, their first meeting without a third country" is a meeting.
  const clause = clauseAround(text.slice(s[0], s[1]), span[0] - s[0], span[1] - s[0], false);
  return polarityOf(clause, rules.contactPolarity)?.id ?? null;
}

/** The issue rows of one report. */
export function findIssueHits(reportId: number, text: string, published: string | null, rules: BriefRules = defaultBriefRules()): IssueHitRow[] {
  const out: IssueHitRow[] = [];
  for (const s of issueSentences({ id: reportId, doc_id: '', outlet: '', published, text }, splitSentences(text), rules.issues, rules.cues)) {
    const attached = cuesByIssue(s);
    const sentence = text.slice(s.sentence.start, s.sentence.end);
    for (const [issue, hits] of s.issues) {
      const at: [number, number] = [hits[0].start, hits[0].end];
      const st = sentenceStatus(sentence, s.sentence.start, at, attached.get(issue) ?? [], rules);
      out.push({
        report_id: reportId, issue, published, start: s.sentence.start, end: s.sentence.end,
        status: st?.status ?? null, cue: st?.cue ?? null, level: st?.level ?? null, polarity: st?.polarity ?? null,
      });
    }
  }
  return out;
}
