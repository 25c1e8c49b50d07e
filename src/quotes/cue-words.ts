// The words around a speech verb: the cues a lexicon finds in a window, the subject words before a verb and the
// name after an inverted cue. Character-level helpers of ./attribute.ts, kept apart so each file reads as one thing.
import type { Span } from '../record.js';
import type { QuoteLexicon } from './lexicon.js';

/** A speech verb found in the text; inverted: it comes before its subject ("said Peskov"). */
export interface Cue { start: number; end: number; form: string; inverted: boolean }

/** Words a subject may be separated from its verb by ("Trump also said", "the source has told"). */
const BETWEEN_SUBJECT_AND_VERB = /(?:\s+(?:also|later|then|again|previously|reportedly|once|further|has|have|had|was|were|is|would|will|did|does|[a-z]+ly))*\s*$/;
const PHRASE_BOUNDARY = /[,;:.!?()[\]“”"«»‘’—–\n]/;
const MAX_SUBJECT_WORDS = 7;
export const LEADING_CONJUNCTION = /^\s*(?:and|but|or|then|while|as)\b/i;

/** The speech cues the lexicon finds between `a` and `b`. */
export function cuesIn(text: string, lex: QuoteLexicon, a: number, b: number): Cue[] {
  const out: Cue[] = [];
  const re = lex.cue;
  // Search the window only: exec on the whole text would run on to its end whenever the window has no cue.
  const window = text.slice(Math.max(0, a - 1), b);
  const shift = Math.max(0, a - 1);
  re.lastIndex = a - shift;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    out.push({ start: shift + m.index, end: shift + m.index + m[0].length, form: m[0], inverted: m[1] !== undefined });
  }
  return out;
}

/** The words right before a speech verb that name its subject: back to a phrase boundary, at most 7 words. */
export function subjectWords(text: string, floor: number, verbStart: number): Span | 'none' | 'conjunction' {
  const window = text.slice(floor, verbStart).replace(BETWEEN_SUBJECT_AND_VERB, '');
  let a = window.length;
  let words = 0;
  while (a > 0 && !PHRASE_BOUNDARY.test(window[a - 1])) {
    a--;
    if (/\s/.test(window[a]) && a + 1 < window.length && !/\s/.test(window[a + 1])) words++;
    if (words >= MAX_SUBJECT_WORDS) break;
  }
  const phrase = window.slice(a);
  if (!phrase.trim()) return 'none';
  if (LEADING_CONJUNCTION.test(phrase) && phrase.trim().split(/\s+/).length === 1) return 'conjunction';
  return [floor + a, floor + window.length];
}

// A short capitalised abbreviation with its dot before a capitalised name ("Col. Amadou", "Gen. Ali", "Dr. Jane").
export const TITLE_DOT = /(?<![\p{L}.])\p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})/gu;
// "U.S.", "U.N.": dotted initials inside a name or title ("said U.S. envoy Tom Barrack").
const DOTTED = /(?<![\p{L}.])(?:\p{Lu}\.){2,}(?=\s+[\p{L}])/gu;

/** The words right after an inverted or post-quote cue ("said Dmitry Peskov, the Kremlin spokesman" -> the name). */
export function wordsAfter(text: string, from: number, ceiling: number): Span {
  // "said Col. Amadou Bakary", "said Dr. Jane Doe": a title's abbreviation dot ends nothing.
  const window = text.slice(from, ceiling).replace(TITLE_DOT, (m) => m.replace('.', ' ')).replace(DOTTED, (m) => m.replace(/\./g, ' '));
  const stop = window.search(/[,;:.!?()“”"«»\n]|\s(?:that|who|in|on|at|during|after|before|as|when|while|to|from|with|adding)\s/);
  const end = stop < 0 ? window.length : stop;
  return [from, from + end];
}
