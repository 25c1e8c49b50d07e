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
  pos: string;
  /** Index into analysis.sentences, or -1 when the word lies outside every sentence. */
  sentence: number;
  /** First word of its sentence (capitalisation there says nothing about names). */
  sentenceStart: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

// Abbreviations with inner dots ("U.S.", "U.N.") are one word; otherwise a word is a run of letters, marks and digits.
const WORD_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{Nd}]+/gu;
const FOLD: Record<string, string> = { 'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', '’': "'" };
const FOLD_RE = /[ıøłđßæœ’]/g;

export function wordKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(FOLD_RE, (c) => FOLD[c] ?? c).replace(/\./g, '');
}

export function shapeOf(s: string): Shape {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'lower';
  const first = letters[0];
  if (first === first.toLowerCase()) return 'lower';
  return letters.length > 1 && letters === letters.toUpperCase() ? 'upper' : 'cap';
}

function gapOf(between: string): Gap {
  if (between.includes('\n')) return 'break';
  if (/^[ \t\u00a0]{1,3}$/.test(between)) return 'space';
  if (/^[-‐‑]$/.test(between)) return 'hyphen';
  if (/^['’]$/.test(between)) return 'apos';
  if (/^\.[ \t\u00a0]{1,2}$/.test(between)) return 'dot';
  return 'punct';
}

/** Split the text into words (one regex pass), then attach sentence, POS and quote flags by merge-walking. */
export function splitWords(text: string, analysis: Analysis): Word[] {
  const words: Word[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    words.push({
      text: m[0], start, end, key: wordKey(m[0]), shape: shapeOf(m[0]),
      gap: prevEnd < 0 ? 'start' : gapOf(text.slice(prevEnd, start)),
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
