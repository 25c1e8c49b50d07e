// The modal cues still read on the sentence text (data/modality-cues.json, "cues"): "will", "plans to", "could",
// "said ... would" between the clause start and the trigger, used only when the syntax marks nothing. They stay
// because the syntax layer does not link every phrase ("will on Saturday continue discussions" has no object link;
// "pledge to permanently end" is no infinitive to it), and reading the nearest verb group's marks instead changed
// dev events for the worse (see docs/modality.md).
import cuesData from '../../data/modality-cues.json' with { type: 'json' };
import type { Modality } from '../record.js';
import { reportingAlternation } from '../words/reporting.js';

interface Cue { id: string; modality: Modality; klass: string; re: RegExp; near?: number; scoped: boolean }

const CUES: Cue[] = cuesData.cues.map((c) => ({
  id: c.id, modality: c.modality as Modality, klass: c.class, re: new RegExp(c.re, 'gi'), near: c.near, scoped: c.scoped === true,
}));
const RANK = new Map(cuesData.precedence.map((k, i) => [k, i]));
const INTERVENER = new RegExp(cuesData.interveners.re, 'i');
// "he said ... would": a reporting verb before the clause makes its "would" a backshifted "will".
const REPORTED = new RegExp(`\\b(?:${reportingAlternation({ classes: ['say', 'manner', 'pledge'], clause: true })})\\b[^.;]{0,60}$`, 'i');
/** A verb of saying right after a cue starts a clause of its own ("would, he said, …"). */
const SAYING_FIRST = new RegExp(`^(?:${reportingAlternation({ classes: ['say'], clause: true })})\\b`, 'i');
const FUTURE_REPORTED = CUES.find((c) => c.id === 'future.reported-would')!;

/** The modal cue between `from` (the clause start) and the trigger at `ts`, or null. */
export function textCue(sentence: string, ts: number, from: number): { modality: Modality; cue: string } | null {
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
  if (!found.length) return null;
  found.sort((a, b) => (RANK.get(a.klass) ?? 9) - (RANK.get(b.klass) ?? 9));
  return { modality: found[0].modality, cue: found[0].id };
}

/** A scoped cue governs the trigger unless another finite verb stands between them (not the one right after it). */
function governs(before: string, cueEnd: number): boolean {
  const between = before.slice(cueEnd).trim();
  const rest = between.replace(/^\S+\s*/, '');
  return !INTERVENER.test(rest) && !SAYING_FIRST.test(between);
}

/** "would" in a clause that a reporting verb introduces ("he said that Russia would") is future, not a condition. */
function reported(cue: Cue, sentence: string, from: number, matched: string): Cue {
  if (cue.id !== 'hypothetical.modal' || !/^would$/i.test(matched)) return cue;
  return REPORTED.test(sentence.slice(0, from)) && /\bthat\s*$/i.test(sentence.slice(0, from)) ? FUTURE_REPORTED : cue;
}

function wordsBetween(s: string, from: number): number {
  return s.slice(from).split(/\s+/).filter(Boolean).length;
}
