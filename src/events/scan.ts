// Trigger scanning: every event pattern run once over the whole report, its hits read sentence by sentence.
import { EVENT_PATTERNS, type EventPattern } from './patterns.data.js';

// Global copies of the pattern regexes, compiled once: matchAll needs the g flag, and compiling per sentence was
// the stage's largest cost.
const GLOBAL = new Map<EventPattern, RegExp>(EVENT_PATTERNS.map((p) => [p, new RegExp(p.re.source, 'gi')]));

export type Hits = Map<EventPattern, Array<{ start: number; end: number }>>;

/** A pattern's hits inside [start, end), read with a cursor: sentences come in order, so each hit is visited once. */
export function hitsIn(hits: Hits, cursors: Map<EventPattern, number>, p: EventPattern, start: number, end: number) {
  const list = hits.get(p)!;
  let i = cursors.get(p) ?? 0;
  while (i < list.length && list[i].start < start) i++;
  const out: Array<{ start: number; end: number }> = [];
  let j = i;
  for (; j < list.length && list[j].start < end; j++) if (list[j].end <= end) out.push(list[j]);
  cursors.set(p, j);
  return out;
}

/**
 * Every pattern's matches over the whole report, once: one scan per pattern costs far less than one per pattern and
 * sentence. Matches are later kept only inside one sentence. An exec loop, because matchAll copies the regex.
 */
export function scanPatterns(text: string): Map<EventPattern, Array<{ start: number; end: number }>> {
  const out = new Map<EventPattern, Array<{ start: number; end: number }>>();
  for (const p of EVENT_PATTERNS) {
    const re = GLOBAL.get(p)!;
    const found: Array<{ start: number; end: number }> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length });
      if (!m[0]) re.lastIndex++;
    }
    out.set(p, found);
  }
  return out;
}

/** A line of its own, without final punctuation, most of whose words are capitalised. */
export function isHeadline(text: string, start: number, end: number, sentence: string): boolean {
  const ownLine = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
  if (!ownLine || /[.!?…"”]$/.test(sentence)) return false;
  const words = sentence.split(/\s+/).filter((x) => /^[A-Za-z]/.test(x));
  const caps = words.filter((x) => /^[A-Z]/.test(x)).length;
  return words.length >= 4 && caps / words.length >= 0.6;
}
