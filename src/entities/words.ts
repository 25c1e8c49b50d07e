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
  return ASCII_RE.test(s) ? asciiShapeOf(s) : unicodeShapeOf(s);
}

/** shapeOf by character code, for the common plain-ASCII word: only A-Z and a-z have case there. */
function asciiShapeOf(s: string): Shape {
  const first = s.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return 'lower';
  let letters = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 46) continue;
    letters++;
    if (c >= 97 && c <= 122) return 'cap';
  }
  return letters > 1 ? 'upper' : 'cap';
}

function unicodeShapeOf(s: string): Shape {
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

const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** A letter, mark or digit outside ASCII at the regex's lastIndex (sticky, so it tests one code point there). */
const WIDE_WORD_CHAR_RE = /[\p{L}\p{M}\p{Nd}]/uy;

/** Length of the word character at `at` (1, or 2 for a surrogate pair), or 0 when it is none. */
function wordCharAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiWordCode(c) ? 1 : 0;
  WIDE_WORD_CHAR_RE.lastIndex = at;
  return WIDE_WORD_CHAR_RE.test(text) ? WIDE_WORD_CHAR_RE.lastIndex - at : 0;
}

/**
 * Split the text into words (runs of letters, marks and digits, as /[\p{L}\p{M}\p{Nd}]+/gu finds them, scanned
 * by character code: ASCII needs no regex and no match objects), then attach sentence, POS and quote flags by merge-walking.
 */
export function splitWords(text: string, analysis: Analysis): Word[] {
  const words: Word[] = [];
  let prevEnd = -1;
  const n = text.length;
  let at = 0;
  while (at < n) {
    let len = wordCharAt(text, at);
    if (!len) { at++; continue; }
    const start = at;
    let ascii = len === 1 && text.charCodeAt(at) < 128;
    at += len;
    while (at < n && (len = wordCharAt(text, at))) {
      if (ascii && (len > 1 || text.charCodeAt(at) >= 128)) ascii = false;
      at += len;
    }
    let end = at;
    if (end - start === 1 && text[end] === '.') {
      end = abbreviationEnd(text, start, end);
      at = end;
    }
    const w = text.slice(start, end);
    // A plain ASCII run (no abbreviation dots) needs no normalising and no Unicode case test.
    const plain = ascii && !w.includes('.');
    words.push({
      text: w, start, end, key: plain ? w.toLowerCase() : wordKey(w), shape: plain ? asciiShapeOf(w) : shapeOf(w),
      // One plain space, the common case, needs no slice and no scan.
      gap: prevEnd < 0 ? 'start' : start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 ? 'space' : gapOf(text.slice(prevEnd, start)),
      mark: prevEnd < 0 || (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) ? '' : firstMark(text, prevEnd, start),
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

// Quotes: curly pairs nest cleanly; straight double quotes toggle and are reset at each paragraph. Only quote marks
// and paragraph breaks change the state, so the walk jumps from one to the next instead of visiting every character.
const QUOTE_STATE_RE = /[\u201c\u201d"]|\n\n/g;

function markQuoted(text: string, words: Word[]): void {
  let wi = 0;
  let depth = 0;
  let straight = false;
  QUOTE_STATE_RE.lastIndex = 0;
  for (;;) {
    const m = QUOTE_STATE_RE.exec(text);
    const at = m ? m.index : Infinity;
    const inside = depth > 0 || straight;
    while (wi < words.length && words[wi].start < at) words[wi++].quoted = inside;
    if (!m) return;
    const c = m[0];
    if (c === '\u201c') depth++;
    else if (c === '\u201d') depth = Math.max(0, depth - 1);
    else if (c === '"') straight = !straight;
    else { depth = 0; straight = false; QUOTE_STATE_RE.lastIndex = at + 1; }
  }
}
