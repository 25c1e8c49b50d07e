// Removes page-clutter lines (site chrome, ad labels, photo credits, share buttons, menus) so they never yield facts.
// Removal, not marking: the cleaned `text` is what every span indexes, and clutter has no place in it.
import { CLUTTER_PATTERNS, MENU_MAX_WORDS, MENU_MIN_RUN } from './clutter.data.js';

const MAX_CLUTTER_WORDS = Math.max(...CLUTTER_PATTERNS.map((p) => p.maxWords));
/**
 * A line longer than this is never clutter (the longest pattern allows 60 words). Past it the patterns are not even
 * tried: on a line of megabytes with few spaces their backtracking overflows the regex stack.
 */
export const MAX_CLUTTER_CHARS = 2000;
const MENU_ITEM = /^[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d'’&.-]*|of|and|the|for|in|on|to))*$/u;

export interface ClutterResult { text: string; removed: { rule: string; line: string }[] }

export function removeClutter(text: string): ClutterResult {
  const lines = text.split('\n');
  // Trimmed once: a text of many short lines makes every per-line copy count.
  const trimmed = lines.map((l) => l.trim());
  const drop = trimmed.map(clutterRule);
  markMenus(trimmed, drop);
  const removed: { rule: string; line: string }[] = [];
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (drop[i]) removed.push({ rule: drop[i] as string, line: trimmed[i] });
    else kept.push(lines[i]);
  }
  if (!removed.length) return { text, removed };
  return { text: kept.join('\n').replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n').replace(/^\s*\n/, ''), removed };
}

function clutterRule(line: string): string | null {
  if (!line || line.length > MAX_CLUTTER_CHARS) return null;
  // Most lines are prose far longer than any clutter pattern allows; counting stops as soon as that is clear.
  const words = countWords(line, MAX_CLUTTER_WORDS + 1);
  if (words > MAX_CLUTTER_WORDS) return null;
  for (const p of CLUTTER_PATTERNS) {
    if (words <= p.maxWords && p.pattern.test(line)) return p.id;
  }
  return null;
}

/** Runs of short Title-Case lines with no sentence punctuation are navigation menus (`lines` are trimmed). */
function markMenus(lines: string[], drop: (string | null)[]): void {
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart >= 0 && end - runStart >= MENU_MIN_RUN) for (let j = runStart; j < end; j++) drop[j] ??= 'clutter.menu';
    runStart = -1;
  };
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i] : '';
    if (line && isMenuItem(line)) { if (runStart < 0) runStart = i; } else flush(i);
  }
}

function isMenuItem(line: string): boolean {
  return line.length <= MAX_CLUTTER_CHARS && countWords(line, MENU_MAX_WORDS + 1) <= MENU_MAX_WORDS && !/[.!?:;,"“”]$/.test(line) && MENU_ITEM.test(line);
}

/** Words in `line`, counting no further than `limit`. */
function countWords(line: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length && n < limit; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
