// Trigger scanning: every event pattern run once over the whole report, its hits read sentence by sentence.
import { EVENT_PATTERNS, type EventPattern } from './patterns.data.js';
import { scanInParts, scanParts, type ScanPart } from './scan-parts.js';

// Global copies of the pattern regexes, compiled once: matchAll needs the g flag, and compiling per sentence was
// the stage's largest cost. A pattern with an alternative that opens with a lookbehind is scanned in parts (see
// ./scan-parts.ts): the engine tries such a lookbehind at every character of the report.
const GLOBAL = new Map<EventPattern, RegExp>(EVENT_PATTERNS.map((p) => [p, new RegExp(p.re.source, 'gi')]));
const PARTS = new Map<EventPattern, ScanPart[] | null>(EVENT_PATTERNS.map((p) => [p, scanParts(p.re.source, 'i')]));

/** Every pattern's hits over the report, in pattern order (index k is EVENT_PATTERNS[k]'s), each list in text order. */
export type Hits = Array<Array<{ start: number; end: number }>>;

const NO_HITS: ReadonlyArray<{ start: number; end: number }> = Object.freeze([]);

/**
 * Pattern k's hits inside [start, end), read with a cursor per pattern: sentences come in order, so each hit is
 * visited once. Most patterns have no hit in a sentence; they cost a comparison and no allocation.
 */
export function hitsIn(hits: Hits, cursors: Int32Array, k: number, start: number, end: number): ReadonlyArray<{ start: number; end: number }> {
  const list = hits[k];
  let i = cursors[k];
  while (i < list.length && list[i].start < start) i++;
  if (i >= list.length || list[i].start >= end) { cursors[k] = i; return NO_HITS; }
  const out: Array<{ start: number; end: number }> = [];
  let j = i;
  for (; j < list.length && list[j].start < end; j++) if (list[j].end <= end) out.push(list[j]);
  cursors[k] = j;
  return out;
}

/**
 * Every pattern's matches over the whole report, once: one scan per pattern costs far less than one per pattern and
 * sentence. Matches are later kept only inside one sentence. An exec loop, because matchAll copies the regex.
 */
export function scanPatterns(text: string): Hits {
  return EVENT_PATTERNS.map((p) => {
    const parts = PARTS.get(p);
    if (parts) return scanInParts(parts, text);
    const re = GLOBAL.get(p)!;
    const found: Array<{ start: number; end: number }> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length });
      if (!m[0]) re.lastIndex++;
    }
    return found;
  });
}

/** A line of its own, without final punctuation, most of whose words are capitalised. */
export function isHeadline(text: string, start: number, end: number, sentence: string): boolean {
  const ownLine = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
  if (!ownLine || /[.!?…"”]$/.test(sentence)) return false;
  const words = sentence.split(/\s+/).filter((x) => /^[A-Za-z]/.test(x));
  const caps = words.filter((x) => /^[A-Z]/.test(x)).length;
  if (words.length >= 4 && caps / words.length >= 0.6) return true;
  // A sentence-case title ("Israeli strikes kill three in south Lebanon") is the report's first line, set apart by a
  // blank line: the body tells its events again, with their dates.
  return words.length >= 4 && text.slice(0, start).trim() === '' && /^\n\s*\n/.test(text.slice(end, end + 4));
}
