// Finds quotation-mark pairs, line by line. Double marks (“ ” " « ») are paired first; single marks (‘ ’ ') only
// outside them, and only where the context rules out an apostrophe (Russia's, don't, leaders' talks).

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface MarkedSpan {
  family: MarkFamily;
  /** Offset of the opening mark; the inner text starts at open + 1. */
  open: number;
  /** Offset of the closing mark, or the end of the line for a quote that goes on in the next paragraph. */
  close: number;
  /** True when the quote has no closing mark on its line and the next paragraph reopens it (news convention). */
  runsOn: boolean;
  /** True when this span reopens a quote that ran on from the previous paragraph. */
  continued: boolean;
}

/** A quote with no closing mark within this many characters is a stray mark, not a quote. */
export const MAX_QUOTE_CHARS = 1500;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
// Characters after which a straight mark opens rather than closes.
const OPEN_CONTEXT = /[\s([{\-—–/:;>]/;

interface FamilySpec {
  family: MarkFamily;
  /** Every character of this family, to jump from mark to mark instead of testing each character. */
  chars: RegExp;
  canOpen(text: string, i: number): boolean;
  canClose(text: string, i: number): boolean;
}

const DOUBLE: FamilySpec = {
  family: 'double',
  chars: /[“”"]/g,
  canOpen(t, i) {
    const c = t[i];
    if (c === '“') return true;
    if (c !== '"') return false;
    return (i === 0 || OPEN_CONTEXT.test(t[i - 1])) && !isSpace(t[i + 1]);
  },
  canClose(t, i) {
    const c = t[i];
    if (c === '”') return true;
    if (c === '“') return false;
    if (c !== '"') return false;
    return !isSpace(t[i - 1]) && !isWordChar(t[i + 1]);
  },
};

const GUILLEMET: FamilySpec = {
  family: 'guillemet',
  chars: /[«»]/g,
  canOpen: (t, i) => t[i] === '«',
  canClose: (t, i) => t[i] === '»',
};

const SINGLE: FamilySpec = {
  family: 'single',
  chars: /[‘’']/g,
  canOpen(t, i) {
    const c = t[i];
    if (c !== '‘' && c !== "'") return false;
    const before = t[i - 1];
    return (before === undefined || OPEN_CONTEXT.test(before) || before === '"' || before === '“') && isWordChar(t[i + 1]);
  },
  canClose(t, i) {
    const c = t[i];
    if (c !== '’' && c !== "'") return false;
    return !isSpace(t[i - 1]) && !isWordChar(t[i + 1]);
  },
};

interface Line { start: number; end: number }

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  // Jump from line break to line break rather than reading each character.
  for (let start = 0; start <= text.length;) {
    let i = text.indexOf('\n', start);
    if (i < 0) i = text.length;
    if (text.slice(start, i).trim()) lines.push({ start, end: i });
    start = i + 1;
  }
  return lines;
}

/** First non-space offset of a line. */
function lineHead(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && /\s/.test(text[i])) i++;
  return i;
}

interface Mark { at: number; opens: boolean; closes: boolean }

/**
 * Every offset of one family's marks, found in one pass over the text, and how far the line-by-line walk has got.
 * Searching from each line's start instead runs on to the family's next mark, which for a rare family (guillemets)
 * is the end of the text: once per line.
 */
interface MarkCursor { at: number[]; next: number }

function markCursor(text: string, spec: FamilySpec): MarkCursor {
  const at: number[] = [];
  const chars = spec.chars;
  chars.lastIndex = 0;
  for (let hit = chars.exec(text); hit; hit = chars.exec(text)) at.push(hit.index);
  return { at, next: 0 };
}

/** This family's marks on the line outside the `blocked` ranges, in order (one sweep over the sorted ranges). */
function marksOnLine(text: string, line: Line, spec: FamilySpec, blocked: Array<[number, number]>, cursor: MarkCursor): Mark[] {
  const ranges = [...blocked].sort((a, b) => a[0] - b[0]);
  const out: Mark[] = [];
  let r = 0;
  let reach = -1;
  // Lines come in text order, so the cursor only moves forward.
  while (cursor.next < cursor.at.length && cursor.at[cursor.next] < line.start) cursor.next++;
  for (let k = cursor.next; k < cursor.at.length && cursor.at[k] < line.end; k++) {
    const i = cursor.at[k];
    while (r < ranges.length && ranges[r][0] <= i) reach = Math.max(reach, ranges[r++][1]);
    if (reach >= i) continue;
    out.push({ at: i, opens: spec.canOpen(text, i), closes: spec.canClose(text, i) });
  }
  return out;
}

/**
 * Pairs one family's marks on one line, skipping the `blocked` ranges (quotes already found). An opening mark pairs
 * with the first closing mark after it within MAX_QUOTE_CHARS; one that finds none is a stray, and pairing goes on
 * from the next mark. Each mark is looked at a bounded number of times (the next closing mark is precomputed), so a
 * line of thousands of stray marks costs no more than a line of words.
 */
function pairOnLine(
  text: string, line: Line, spec: FamilySpec, blocked: Array<[number, number]>, nextLine: Line | undefined, continued: boolean,
  cursor: MarkCursor,
): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const marks = marksOnLine(text, line, spec, blocked, cursor);
  const nextCloser = new Array<number>(marks.length + 1).fill(-1);
  for (let k = marks.length - 1; k >= 0; k--) nextCloser[k] = marks[k].closes ? k : nextCloser[k + 1];
  const head = lineHead(text, line);
  const last = marks.length ? marks[marks.length - 1].at : -1;
  for (let k = 0; k < marks.length; k++) {
    if (!marks[k].opens) continue;
    const open = marks[k].at;
    const isContinued = continued && open === head;
    const c = nextCloser[k + 1];
    if (c >= 0 && marks[c].at - open <= MAX_QUOTE_CHARS) {
      out.push({ family: spec.family, open, close: marks[c].at, runsOn: false, continued: isContinued });
      k = c;
      continue;
    }
    // A mark further on than a quote can run: this opening mark is a stray.
    if (last - open > MAX_QUOTE_CHARS) continue;
    if (line.end - open <= MAX_QUOTE_CHARS && nextLine && spec.canOpen(text, lineHead(text, nextLine))) {
      let end = line.end;
      while (end > open + 1 && /\s/.test(text[end - 1])) end--;
      out.push({ family: spec.family, open, close: end, runsOn: true, continued: isContinued });
      break;
    }
    // An unclosed mark that the next paragraph does not reopen is a stray: pair again from just after it.
  }
  return out;
}

export function findMarkedSpans(text: string): MarkedSpan[] {
  const lines = linesOf(text);
  const out: MarkedSpan[] = [];
  const cursors = { double: markCursor(text, DOUBLE), guillemet: markCursor(text, GUILLEMET), single: markCursor(text, SINGLE) };
  let runOn = { double: false, single: false, guillemet: false } as Record<MarkFamily, boolean>;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const next = lines[l + 1];
    const found: MarkedSpan[] = [];
    for (const spec of [DOUBLE, GUILLEMET]) found.push(...pairOnLine(text, line, spec, [], next, runOn[spec.family], cursors[spec.family]));
    const blocked = found.map((s) => [s.open, s.close] as [number, number]);
    found.push(...pairOnLine(text, line, SINGLE, blocked, next, runOn.single, cursors.single));
    runOn = { double: false, single: false, guillemet: false };
    for (const s of found) if (s.runsOn) runOn[s.family] = true;
    out.push(...found);
  }
  return out.sort((a, b) => a.open - b.open);
}
