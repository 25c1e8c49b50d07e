// A regex whose alternative opens with a lookbehind ("(?<!\bthe\s)\bcalls?\b|...") makes the engine test that
// lookbehind at every character of the text before it can look for the words themselves. Scanned in parts, each
// part looks for its words first and tests its lookbehind only where they are: the same matches, several times faster.

/** Consecutive top-level alternatives of a pattern, in order; `behind` is the lookbehind a lone alternative opens with. */
export interface ScanPart { body: RegExp; behind: RegExp | null }

/** The source's top-level alternatives, or null when its syntax is beyond this splitter (a backreference). */
function alternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      // Capture groups are renumbered when alternatives are split apart: a backreference would point elsewhere.
      if (/[1-9k]/.test(source[i + 1] ?? '')) return null;
      i++;
    } else if (inClass) { if (c === ']') inClass = false; } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/** The lookbehind group an alternative opens with, and the rest of it; null when it opens with none. */
function leadingLookbehind(alt: string): [string, string] | null {
  if (!alt.startsWith('(?<!') && !alt.startsWith('(?<=')) return null;
  let depth = 0, inClass = false;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return [alt.slice(0, i + 1), alt.slice(i + 1)];
  }
  return null;
}

/** The parts to scan `source` in, or null when it is best scanned whole (no alternative opens with a lookbehind). */
export function scanParts(source: string, flags: string): ScanPart[] | null {
  const alts = alternatives(source);
  if (!alts || !alts.some((a) => leadingLookbehind(a) && leadingLookbehind(a)![1])) return null;
  const parts: ScanPart[] = [];
  let plain: string[] = [];
  const flushPlain = () => { if (plain.length) parts.push({ body: new RegExp(plain.join('|'), `${flags}g`), behind: null }); plain = []; };
  for (const a of alts) {
    const split = leadingLookbehind(a);
    if (!split || !split[1]) { plain.push(a); continue; }
    flushPlain();
    parts.push({ body: new RegExp(split[1], `${flags}g`), behind: new RegExp(split[0], `${flags}y`) });
  }
  flushPlain();
  return parts;
}

/** The first match of `part` at or after `from`. */
function nextMatch(part: ScanPart, text: string, from: number): { start: number; end: number } | null {
  part.body.lastIndex = from;
  for (let m = part.body.exec(text); m; m = part.body.exec(text)) {
    if (part.behind) {
      part.behind.lastIndex = m.index;
      if (!part.behind.test(text)) { part.body.lastIndex = m.index + 1; continue; }
    }
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * What a global exec loop of the whole pattern finds: at each step the leftmost match of any part, the earliest
 * part on a tie (as the engine tries alternatives in order at one position), then on from its end.
 */
export function scanInParts(parts: ScanPart[], text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  // Each part's next match at or after `from` (null: none left); one that starts before `from` is looked for again.
  const next: Array<{ start: number; end: number } | null | undefined> = parts.map(() => undefined);
  for (let from = 0; from <= text.length;) {
    let best = -1;
    for (let k = 0; k < parts.length; k++) {
      const m = next[k];
      if (m === undefined || (m !== null && m.start < from)) next[k] = nextMatch(parts[k], text, from);
      const n = next[k];
      if (n && (best < 0 || n.start < next[best]!.start)) best = k;
    }
    if (best < 0) break;
    const m = next[best]!;
    found.push(m);
    next[best] = undefined;
    from = m.end > m.start ? m.end : m.start + 1;
  }
  return found;
}
