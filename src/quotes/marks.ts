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
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim()) lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

/** First non-space offset of a line. */
function lineHead(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && /\s/.test(text[i])) i++;
  return i;
}

/** Pairs one family's marks on one line, skipping the `blocked` ranges (quotes already found). */
function pairOnLine(
  text: string, line: Line, spec: FamilySpec, blocked: Array<[number, number]>, nextLine: Line | undefined, continued: boolean,
): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let open = -1;
  let isContinued = false;
  const inBlocked = (i: number) => blocked.some(([a, b]) => i >= a && i <= b);
  const marks = spec.chars;
  marks.lastIndex = line.start;
  for (let hit = marks.exec(text); hit && hit.index < line.end; hit = marks.exec(text)) {
    const i = hit.index;
    if (inBlocked(i)) continue;
    if (open < 0) {
      if (spec.canOpen(text, i)) { open = i; isContinued = continued && i === lineHead(text, line); }
      continue;
    }
    if (i - open > MAX_QUOTE_CHARS) { marks.lastIndex = open + 1; open = -1; continue; }
    if (spec.canClose(text, i)) {
      out.push({ family: spec.family, open, close: i, runsOn: false, continued: isContinued });
      open = -1;
    }
  }
  if (open >= 0 && line.end - open <= MAX_QUOTE_CHARS && nextLine && spec.canOpen(text, lineHead(text, nextLine))) {
    let end = line.end;
    while (end > open + 1 && /\s/.test(text[end - 1])) end--;
    out.push({ family: spec.family, open, close: end, runsOn: true, continued: isContinued });
  } else if (open >= 0) {
    // An unclosed mark that the next paragraph does not reopen is a stray: pair again from just after it.
    const rest = pairOnLine(text, { start: open + 1, end: line.end }, spec, blocked, nextLine, false);
    out.push(...rest);
  }
  return out;
}

export function findMarkedSpans(text: string): MarkedSpan[] {
  const lines = linesOf(text);
  const out: MarkedSpan[] = [];
  let runOn = { double: false, single: false, guillemet: false } as Record<MarkFamily, boolean>;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const next = lines[l + 1];
    const found: MarkedSpan[] = [];
    for (const spec of [DOUBLE, GUILLEMET]) found.push(...pairOnLine(text, line, spec, [], next, runOn[spec.family]));
    const blocked = found.map((s) => [s.open, s.close] as [number, number]);
    found.push(...pairOnLine(text, line, SINGLE, blocked, next, runOn.single));
    runOn = { double: false, single: false, guillemet: false };
    for (const s of found) if (s.runsOn) runOn[s.family] = true;
    out.push(...found);
  }
  return out.sort((a, b) => a.open - b.open);
}
