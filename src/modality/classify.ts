// Modality of an event from the words that govern its trigger: the clause before it (back to a clause boundary)
// and a short stretch after it. Cues are data (data/modality-cues.json); precedence decides between several.
import cuesData from '../../data/modality-cues.json' with { type: 'json' };
import type { Modality } from '../record.js';

interface Cue { id: string; modality: Modality; klass: string; re: RegExp; near?: number }

const CUES: Cue[] = cuesData.cues.map((c) => ({ id: c.id, modality: c.modality as Modality, klass: c.class, re: new RegExp(c.re, 'gi'), near: c.near }));
const AFTER = cuesData.after.map((c) => ({ id: c.id, modality: c.modality as Modality, re: new RegExp(c.re, 'i') }));
const RANK = new Map(cuesData.precedence.map((k, i) => [k, i]));
const HEDGE = new RegExp(cuesData.hedges.re, 'i');
const BOUNDARY = new RegExp(cuesData.boundaries.re, 'gi');
// A past-tense trigger ("met", "spoke", "agreed") reports what happened: time words after it describe something else.
const PAST_TRIGGER = /(?:ed|met|spoke|held|sat|took|made|gave|sent|went|flew|struck|fought|sought|rang|began|broke)\b/i;

export interface ModalityResult { modality: Modality; cue: string | null }

/** Start of the clause that holds `at` (a relative offset in `sentence`). */
export function clauseStart(sentence: string, at: number): number {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m && m.index < at; m = BOUNDARY.exec(sentence)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  return start;
}

/**
 * `sentence` is the sentence text; [ts, te) the trigger within it; `from` where the governing words begin (usually
 * the clause start, but a conditional "if" opening the sentence reaches further).
 */
export function classifyModality(sentence: string, ts: number, te: number, from: number, fixed?: Modality): ModalityResult {
  if (fixed) return { modality: fixed, cue: 'pattern' };
  const before = sentence.slice(from, ts);
  const found: Cue[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(before); m; m = cue.re.exec(before)) {
      if (cue.near !== undefined && wordsBetween(before, m.index + m[0].length) > cue.near) continue;
      found.push(cue);
      break;
    }
  }
  // A conditional that opens the sentence governs the whole of it ("If Putin had joined a call, ...").
  const opening = sentence.slice(0, ts);
  if (!found.some((c) => c.klass === 'counterfactual') && /^\W*if\b[^,;]*\bhad\b/i.test(opening)) found.push(CUES[0]);
  if (found.length) {
    found.sort((a, b) => (RANK.get(a.klass) ?? 9) - (RANK.get(b.klass) ?? 9));
    return { modality: found[0].modality, cue: found[0].id };
  }
  const trigger = sentence.slice(ts, te);
  if (!PAST_TRIGGER.test(trigger)) {
    const rest = sentence.slice(te);
    for (const a of AFTER) if (a.re.test(rest)) return { modality: a.modality, cue: a.id };
  }
  return { modality: 'asserted', cue: null };
}

function wordsBetween(s: string, from: number): number {
  return s.slice(from).split(/\s+/).filter(Boolean).length;
}

export function isHedged(sentence: string): boolean {
  return HEDGE.test(sentence);
}
