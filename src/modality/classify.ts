// Modality of an event: what the shallow syntax says governs its trigger (./scope.ts), else the character cues of
// the clause before it (back to a clause boundary) and a short stretch after it. Cues are data
// (data/modality-cues.json); precedence decides between several; docs/modality.md tells how the two readings combine.
import cuesData from '../../data/modality-cues.json' with { type: 'json' };
import type { Modality } from '../record.js';
import { reportingAlternation } from '../words/reporting.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { CONDITION, conditionBeforeReading, COUNTERFACTUAL } from './condition-before.js';
import { LATER_CONDITION, laterConditionReading } from './later-condition.js';
import { laterTimeReading } from './later-time.js';
import { RELATIVE_PAST, scopeModality, type ScopeReading } from './scope.js';

interface Cue { id: string; modality: Modality; klass: string; re: RegExp; near?: number; scoped: boolean }

const CUES: Cue[] = cuesData.cues.map((c) => ({
  id: c.id, modality: c.modality as Modality, klass: c.class, re: new RegExp(c.re, 'gi'), near: c.near, scoped: c.scoped === true,
}));
/** A cue of a condition or counterfactual before the trigger: neither a later condition nor the scope outranks it. */
const conditionBefore = (cue: string | null) => cue === CONDITION.cue || cue === COUNTERFACTUAL.cue;
const RANK = new Map(cuesData.precedence.map((k, i) => [k, i]));
const HEDGE = new RegExp(cuesData.hedges.re, 'i');
const BOUNDARY = new RegExp(cuesData.boundaries.re, 'gi');
const INTERVENER = new RegExp(cuesData.interveners.re, 'i');
// "he said ... would": a reporting verb before the clause makes its "would" a backshifted "will".
const REPORTED = new RegExp(`\\b(?:${reportingAlternation({ classes: ['say', 'manner', 'pledge'], clause: true })})\\b[^.;]{0,60}$`, 'i');

export interface ModalityResult { modality: Modality; cue: string | null }

/** Start of the clause that holds `at` (a relative offset in `sentence`). */
export function clauseStart(sentence: string, at: number): number {
  const { ends, openerComma } = boundariesOf(sentence);
  let start = 0;
  for (let k = 0; k < ends.length && ends[k][0] < at; k++) if (ends[k][1] <= at) start = ends[k][1];
  // "Although the violence has not stopped, Trump hailed ...": an opening subordinate clause ends at its comma.
  if (openerComma >= 0 && openerComma < at && openerComma + 1 > start) start = openerComma + 1;
  return start;
}

// Every candidate of a sentence asks where its clause starts, one after another: the last sentence's clause
// boundaries ([start, end) of each, in text order) and the comma that closes an opening subordinate clause are kept.
let boundarySentence: string | null = null;
let boundaries: { ends: Array<[number, number]>; openerComma: number } = { ends: [], openerComma: -1 };

function boundariesOf(sentence: string): typeof boundaries {
  if (sentence === boundarySentence) return boundaries;
  const ends: Array<[number, number]> = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    ends.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  const opener = OPENING_SUBORDINATE.exec(sentence);
  boundarySentence = sentence;
  boundaries = { ends, openerComma: opener ? sentence.indexOf(',', opener[0].length) : -1 };
  return boundaries;
}

const OPENING_SUBORDINATE = /^\W*(?:although|though|while|whereas|despite|because|as|when|after|before|once|since)\b/i;

/** End of the clause that holds `at`: the next clause boundary after it, or the sentence end. */
export function clauseEndAt(sentence: string, at: number): number {
  BOUNDARY.lastIndex = at;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m[0].length === 0) { BOUNDARY.lastIndex++; continue; }
    return m.index;
  }
  return sentence.length;
}

/**
 * `sentence` is the sentence text; [ts, te) the trigger within it; `from` where the governing words begin (usually
 * the clause start, but a conditional "if" opening the sentence reaches further).
 */
export function classifyModality(sentence: string, ts: number, te: number, from: number, fixed?: Modality, scope?: SyntaxScope): ModalityResult {
  if (fixed) return { modality: fixed, cue: 'pattern' };
  if (!scope) return cueModality(sentence, ts, te, from);
  // A trigger that a token rule and a pattern both find is classified twice with the same inputs: read it back.
  let bySyntax = classified.get(scope.syntax);
  if (!bySyntax) classified.set(scope.syntax, (bySyntax = new Map()));
  const key = `${scope.offset}|${ts}|${te}|${from}|${sentence.length}`;
  let result = bySyntax.get(key);
  if (!result) {
    const range = tokenRange(scope, ts, te);
    // A condition that governs the trigger from before it outranks every other cue.
    let cues: ModalityResult = conditionBeforeReading(scope.syntax, ...range) ?? cueModality(sentence, ts, te, from);
    // "will deploy troops should a truce hold": a condition after the trigger, on its clause, outranks all but an
    // opening condition or counterfactual.
    if (!conditionBefore(cues.cue)) cues = laterConditionReading(scope.syntax, ...range) ?? cues;
    // With no cue of its own, a later time in the trigger's clause ("meet next week") makes it future.
    if (!cues.cue) cues = laterTimeReading(scope.syntax, ...range) ?? cues;
    bySyntax.set(key, (result = decide(cues, scopeModality(scope.syntax, ...range))));
  }
  return { ...result };
}

const classified = new WeakMap<SentenceSyntax, Map<string, ModalityResult>>();

/** The sentence's syntax and the document offset its sentence starts at (trigger offsets are sentence-relative). */
export interface SyntaxScope { syntax: SentenceSyntax; offset: number }

function tokenRange(scope: SyntaxScope, ts: number, te: number): [number, number] {
  const a = scope.offset + ts, b = scope.offset + te;
  const tokens = scope.syntax.tokens;
  let from = tokens.findIndex((t) => t.end > a);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to < tokens.length && tokens[to].start < b) to++;
  return [from, Math.max(to, from)];
}

/**
 * Precedence between the two readings: what the syntax marks (the trigger's own verb group, the word that governs
 * it) is closer to the trigger than a cue found by position, so it decides; a counterfactual or a condition that
 * opens the sentence governs the whole of it and still wins.
 */
function decide(cues: ModalityResult, scoped: ScopeReading | null): ModalityResult {
  if (!scoped) return cues;
  if (scoped === RELATIVE_PAST) return scoped;
  if (conditionBefore(cues.cue)) return cues;
  // "will deploy troops if a truce holds": a later condition outranks a future, not an act the trigger names itself.
  if (cues.cue === LATER_CONDITION.cue && scoped.modality !== 'asserted') return cues;
  return scoped;
}

function cueModality(sentence: string, ts: number, te: number, from: number): ModalityResult {
  const before = sentence.slice(from, ts);
  const found: Cue[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(before); m; m = cue.re.exec(before)) {
      const end = m.index + m[0].length;
      if (cue.near !== undefined && wordsBetween(before, end) > cue.near) continue;
      if (cue.scoped && !governs(before, end)) continue;
      found.push(reported(cue, sentence, from, m[0]));
      break;
    }
  }
  if (found.length) {
    found.sort((a, b) => (RANK.get(a.klass) ?? 9) - (RANK.get(b.klass) ?? 9));
    return { modality: found[0].modality, cue: found[0].id };
  }
  return { modality: 'asserted', cue: null };
}

/** A verb of saying right after a cue starts a clause of its own ("would, he said, …"). */
const SAYING_FIRST = new RegExp(`^(?:${reportingAlternation({ classes: ['say'], clause: true })})\\b`, 'i');

/** A scoped cue governs the trigger unless another finite verb stands between them (not the one right after it). */
function governs(before: string, cueEnd: number): boolean {
  const between = before.slice(cueEnd).trim();
  const rest = between.replace(/^\S+\s*/, '');
  return !INTERVENER.test(rest) && !SAYING_FIRST.test(between);
}

const FUTURE_REPORTED = CUES.find((c) => c.id === 'future.reported-would')!;

/** "would" in a clause that a reporting verb introduces ("he said that Russia would") is future, not a condition. */
function reported(cue: Cue, sentence: string, from: number, matched: string): Cue {
  if (cue.id !== 'hypothetical.modal' || !/^would$/i.test(matched)) return cue;
  return REPORTED.test(sentence.slice(0, from)) && /\bthat\s*$/i.test(sentence.slice(0, from)) ? FUTURE_REPORTED : cue;
}

function wordsBetween(s: string, from: number): number {
  return s.slice(from).split(/\s+/).filter(Boolean).length;
}

// Every candidate of a sentence asks about the same sentence, one after another: the last answer is kept.
let hedgedSentence: string | null = null, hedged = false;

export function isHedged(sentence: string): boolean {
  if (sentence !== hedgedSentence) { hedgedSentence = sentence; hedged = HEDGE.test(sentence); }
  return hedged;
}
