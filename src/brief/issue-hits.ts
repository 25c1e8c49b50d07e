// Issue sentences found once, at ingest: each sentence of a report naming a negotiation issue, with the status cue
// attached to that issue and the polarity of the cue's clause (an agreement that was rejected, only proposed, hoped
// for or negated is no agreement). The brief reads these rows instead of scanning report texts again.
import type { Entity } from '../record.js';
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

// Words that open another clause between a cue and an issue term: "negotiating a ceasefire after Rwanda signed a
// deal" signs the deal, not the ceasefire. Commas do not count here: "the truce, brokered by Qatar, took effect".
const SEPARATE_CLAUSE = /;|\s(?:but|while|although|though|whereas|yet|after|before|because|when|until|unless|once)\s/iu;

/** The issue term nearest a cue, and whether the words between them stay in one clause. */
function attachedTerm(sentence: string, offset: number, cue: CueHit, terms: [number, number][]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestD = Infinity;
  for (const t of terms) {
    const d = cue.end <= t[0] ? t[0] - cue.end : t[1] <= cue.start ? cue.start - t[1] : 0;
    if (d < bestD) { bestD = d; best = t; }
  }
  if (!best) return null;
  const between = sentence.slice(Math.min(cue.end, best[1]) - offset, Math.max(cue.start, best[0]) - offset);
  if (SEPARATE_CLAUSE.test(between)) return null;
  return best[1] <= cue.start && ownObject(sentence.slice(cue.start - offset, cue.end - offset), sentence.slice(cue.end - offset)) ? null : best;
}

// A cue after the issue term that takes an object of its own agrees to that object: "a truce ..., as both sides agreed
// to an initial plan" agrees to the plan. "The truce was agreed to by both" and "the truce took effect" have none.
const ARTICLE_END = /\b(?:a|an|the)$/iu;
const ARTICLE_NEXT = /^\s+(?:a|an|the|its|their|his|her|another)\s/iu;
function ownObject(cueText: string, rest: string): boolean {
  return ARTICLE_END.test(cueText) || (/\b(?:to|on|upon)$/iu.test(cueText) && ARTICLE_NEXT.test(rest));
}

/**
 * One issue's status in one sentence from its cues: a cue counts only in the clause of an issue term, and an
 * agreement cue only with no polarity against it. `terms` are the issue's term spans in the sentence.
 */
export function sentenceStatus(sentence: string, offset: number, terms: [number, number][], cues: CueHit[], rules: BriefRules):
  { status: IssueStatus; cue: string; level: number; polarity: string | null } | null {
  let best: { status: IssueStatus; cue: string; level: number; polarity: string | null } | null = null;
  for (const c of cues) {
    const term = attachedTerm(sentence, offset, c, terms);
    if (!term) continue;
    let status = c.cue.status;
    let polarity: string | null = null;
    if (status === 'agreed') {
      const from = Math.min(c.start, term[0]) - offset;
      const to = Math.max(c.end, term[1]) - offset;
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

/** The entities a report names and their store ids: an issue row records who its sentence names. */
export interface NamedEntities { entities: Entity[]; ids: Map<string, number> }

/** Kinds that can stand for a side: a venue (a place) counts for its state, as the host of talks. */
const NAMED_KINDS = new Set(['state', 'person', 'group', 'organization', 'place']);

/** The store ids of the entities named inside [start, end), in id order. */
function namedIn(named: NamedEntities, start: number, end: number): number[] {
  const out = new Set<number>();
  for (const e of named.entities) {
    const id = named.ids.get(e.id);
    if (id !== undefined && NAMED_KINDS.has(e.kind) && e.mentions.some(([a, b]) => a >= start && b <= end)) out.add(id);
  }
  return [...out].sort((a, b) => a - b);
}

/** The issue rows of one report; with `named`, each row records the entities its sentence names. */
export function findIssueHits(reportId: number, text: string, published: string | null, rules: BriefRules = defaultBriefRules(), named?: NamedEntities): IssueHitRow[] {
  return issueRowsOf(reportId, findIssueRows(text, published, rules), named);
}

/** Rows found by findIssueRows as a stored report's: its id, and the entities each sentence names. */
export function issueRowsOf(reportId: number, rows: IssueHitRow[], named?: NamedEntities): IssueHitRow[] {
  return rows.map((r) => ({ ...r, report_id: reportId, entities: named ? namedIn(named, r.start, r.end) : null }));
}

/**
 * The issue rows of a report's text alone (report id 0, no entities): the scan of its sentences needs nothing from
 * the store, so ingest runs it before it takes the store's write lock (see issueRowsOf).
 */
export function findIssueRows(text: string, published: string | null, rules: BriefRules = defaultBriefRules()): IssueHitRow[] {
  const out: IssueHitRow[] = [];
  const reportId = 0;
  const entities = null;
  for (const s of issueSentences({ id: reportId, doc_id: '', outlet: '', published, text }, splitSentences(text), rules.issues, rules.cues)) {
    const attached = cuesByIssue(s);
    const sentence = text.slice(s.sentence.start, s.sentence.end);
    for (const [issue, hits] of s.issues) {
      const terms = hits.map((h): [number, number] => [h.start, h.end]);
      const st = sentenceStatus(sentence, s.sentence.start, terms, attached.get(issue) ?? [], rules);
      out.push({
        report_id: reportId, issue, published, start: s.sentence.start, end: s.sentence.end,
        status: st?.status ?? null, cue: st?.cue ?? null, level: st?.level ?? null, polarity: st?.polarity ?? null, entities,
      });
    }
  }
  return out;
}
