// Our own word split for entity matching. wink splits some names apart ("Erdoğan" -> "Erdo" "ğ" "an"), so the entity
// finders match on letter runs found by one regex pass, and borrow wink's POS tag and sentence for each word.
import type { Analysis } from '../nlp/wink.js';

/** How a word is written, for case rules ("US" only matches all-caps, "Kyiv" only capitalised). */
export type Shape = 'upper' | 'cap' | 'lower';
/** What separates a word from the one before it. Names may only join across 'space', 'hyphen' or 'apos'. */
export type Gap = 'space' | 'hyphen' | 'apos' | 'dot' | 'punct' | 'break' | 'start';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Lowercase, without diacritics or dots: the look-up key. */
  key: string;
  shape: Shape;
  gap: Gap;
  /** First non-space character between the previous word and this one ('' when none): "," "—" "(" ... */
  mark: string;
  pos: string;
  /** Index into analysis.sentences, or -1 when the word lies outside every sentence. */
  sentence: number;
  /** First word of its sentence (capitalisation there says nothing about names). */
  sentenceStart: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

// A word is a run of letters, marks and digits; abbreviations with inner dots ("U.S.", "U.N.") are one word, found by
// extending a one-letter match by hand (an alternation in the regex doubles the cost of the whole scan).
const WORD_RE = /[\p{L}\p{M}\p{Nd}]+/gu;
const LETTER_RE = /\p{L}/u;

function abbreviationEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e - start >= 1 && text[e] === '.' && e + 1 < text.length && LETTER_RE.test(text[e + 1]) && text[e + 2] === '.') e += 2;
  return e > end ? e + 1 : end;
}
const FOLD: Record<string, string> = { 'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', '’': "'" };
const FOLD_RE = /[ıøłđßæœ’]/g;

const ASCII_RE = /^[\x00-\x7f]*$/;

export function wordKey(s: string): string {
  // Most words are plain ASCII: skip Unicode normalisation for them (it dominates the cost otherwise).
  if (ASCII_RE.test(s)) return s.includes('.') ? s.toLowerCase().replace(/\./g, '') : s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(FOLD_RE, (c) => FOLD[c] ?? c).replace(/\./g, '');
}

export function shapeOf(s: string): Shape {
  const first = s[0];
  if (first === undefined || first === first.toLowerCase()) return 'lower';
  let letters = 0;
  for (const c of s) {
    if (c === '.') continue;
    letters++;
    if (c !== c.toUpperCase()) return 'cap';
  }
  return letters > 1 ? 'upper' : 'cap';
}

function firstMark(text: string, from: number, to: number): string {
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r' && c !== '\u00a0') return c;
  }
  return '';
}

function gapOf(between: string): Gap {
  if (between === ' ') return 'space';
  if (between.includes('\n')) return 'break';
  if (/^[ \t\u00a0]{1,3}$/.test(between)) return 'space';
  // A slash or an unspaced en dash joins a compound name like a hyphen ("AFC/M23", "SPLM/A-IO", "Movement–North").
  if (/^[-‐‑–/]$/.test(between)) return 'hyphen';
  if (/^['’]$/.test(between)) return 'apos';
  // A plural possessive inside a name: "Kurdistan Workers' Party", "Peoples' Equality".
  if (/^['’] $/.test(between)) return 'space';
  if (/^\.[ \t\u00a0]{1,2}$/.test(between)) return 'dot';
  return 'punct';
}

/** Split the text into words (one regex pass), then attach sentence, POS and quote flags by merge-walking. */
export function splitWords(text: string, analysis: Analysis): Word[] {
  const words: Word[] = [];
  let prevEnd = -1;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (end - start === 1 && text[end] === '.') {
      end = abbreviationEnd(text, start, end);
      WORD_RE.lastIndex = end;
    }
    const w = text.slice(start, end);
    words.push({
      text: w, start, end, key: wordKey(w), shape: shapeOf(w),
      gap: prevEnd < 0 ? 'start' : gapOf(text.slice(prevEnd, start)),
      mark: prevEnd < 0 ? '' : firstMark(text, prevEnd, start),
      pos: 'X', sentence: -1, sentenceStart: false, quoted: false,
    });
    prevEnd = end;
  }
  attachSentences(words, analysis);
  markQuoted(text, words);
  return words;
}

function attachSentences(words: Word[], analysis: Analysis): void {
  const sents = analysis.sentences;
  let si = 0, ti = 0;
  let lastSentence = -1;
  for (const w of words) {
    while (si < sents.length && sents[si].end <= w.start) { si++; ti = 0; }
    if (si >= sents.length) break;
    const s = sents[si];
    if (w.start < s.start) continue;
    w.sentence = si;
    w.sentenceStart = lastSentence !== si;
    lastSentence = si;
    const toks = s.tokens;
    while (ti < toks.length && toks[ti].end <= w.start) ti++;
    if (ti < toks.length && toks[ti].start <= w.start) w.pos = toks[ti].pos;
  }
}

// Quotes: curly pairs nest cleanly; straight double quotes toggle and are reset at each paragraph.
function markQuoted(text: string, words: Word[]): void {
  let wi = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length && wi < words.length; i++) {
    const c = text.charCodeAt(i);
    while (wi < words.length && words[wi].start < i) {
      words[wi].quoted = depth > 0 || straight;
      wi++;
    }
    if (c === 0x201c) depth++;
    else if (c === 0x201d) depth = Math.max(0, depth - 1);
    else if (c === 0x22) straight = !straight;
    else if (c === 0x0a && i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a) { depth = 0; straight = false; }
  }
  for (; wi < words.length; wi++) words[wi].quoted = depth > 0 || straight;
}
