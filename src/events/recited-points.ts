// A plan's recited contents ("Main points of the plan:" and then "X will sign a pact", "Y will not deploy troops") are
// no events: the lines of a list a text lays down, read line by line as the report lays them out, each line's words
// from its tokens (the word lists are src/words/deals.ts).
import type { Token } from '../nlp/wink.js';
import type { Span } from '../record.js';
import { hasPhrase, hasWord } from '../syntax/phrases.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { CONTENTS_WORDS, POINT_MODALS, POINT_OPENERS, POINT_PHRASES, PROPOSED_TEXTS } from '../words/deals.js';

/** Lines a run of points may reach back over, and the longest a point may be (characters: a layout measure). */
const POINT_LINES = 20;
const POINT_LENGTH = 300;
const HEADING_LENGTH = 80;
/** Characters before a sentence that hold the lines a point's run may reach back over. */
const LOOK_BACK = POINT_LINES * (POINT_LENGTH + 1) + POINT_LENGTH;
/** The marks that close a sentence: a line not ending in one is a heading. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '”', '’', ')']);

export interface PointDeps {
  text: string;
  /** The tokens inside a span of the report, across sentences. */
  words: (span: Span) => readonly Token[];
}

/** A line of the report: where it is, and its text without the spaces around it. */
interface Line { span: Span; text: string }

const isPlanWord = (t: Token) => PROPOSED_TEXTS.has(t.lemma) || PROPOSED_TEXTS.has(t.lower);
const endsSentence = (line: string) => SENTENCE_ENDS.has(line.at(-1) ?? '');

/** "Under the plan, X will ...", "According to the draft, ...": the sentence opens by placing itself inside a text. */
function underText(x: SentenceSyntax): boolean {
  const t0 = x.tokens[0]?.lower, t1 = x.tokens[1]?.lower;
  if (t0 !== 'under' && !(t0 === 'according' && t1 === 'to')) return false;
  for (let k = t0 === 'under' ? 1 : 2; k < x.tokens.length && k <= 5; k++) {
    const t = x.tokens[k];
    if (t.pos === 'PUNCT') return t.lower === ',' && PROPOSED_TEXTS.has(x.tokens[k - 1].lemma);
  }
  return false;
}

/** A line that states what is to be: a future or conditional point. */
function statesPoint(words: readonly Token[]): boolean {
  return hasWord(words, POINT_MODALS) || hasPhrase(words, POINT_PHRASES) || POINT_OPENERS.has(words[0]?.lower ?? '');
}

/** A heading or a line that announces a text's contents ("Key provisions of the plan:"). */
function announcesContents(line: Line, words: readonly Token[]): boolean {
  return words.some(isPlanWord) && (line.text.endsWith(':') || (!endsSentence(line.text) && hasWord(words, CONTENTS_WORDS)));
}

/** The lines from `from` to `to`, as line breaks split them (a run of breaks is one; the last line may be empty). */
function linesIn(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  const line = (a: number, b: number): Line => ({ span: [a, b], text: text.slice(a, b).trim() });
  let start = from, i = from;
  while (i < to) {
    if (text[i] !== '\n') { i++; continue; }
    out.push(line(start, i));
    while (i < to && text[i] === '\n') i++;
    start = i;
  }
  out.push(line(start, to));
  return out;
}

/**
 * A text's recited contents are no events, unless a party is said to do, offer or demand them (which such a list does
 * not). Holds for a sentence that opens "Under the plan," or whose paragraph is a point in a run of points (and short
 * headings) that such an announcing line opens.
 */
export function recitedPlanPoint(deps: PointDeps, sentenceStart: number, x: SentenceSyntax): boolean {
  // The answer is the sentence's, not the candidate's: read its lines once per sentence, not once per candidate.
  const known = bySentence.get(x);
  if (known && known.text === deps.text && known.start === sentenceStart) return known.recited;
  const recited = recitedAt(deps, sentenceStart, x);
  bySentence.set(x, { text: deps.text, start: sentenceStart, recited });
  return recited;
}

const bySentence = new WeakMap<SentenceSyntax, { text: string; start: number; recited: boolean }>();

function recitedAt(deps: PointDeps, sentenceStart: number, x: SentenceSyntax): boolean {
  if (underText(x)) return true;
  const { text, words } = deps;
  const lines = linesIn(text, Math.max(0, sentenceStart - LOOK_BACK), sentenceStart);
  const lineEnd = text.indexOf('\n', sentenceStart);
  const last = lines.pop();
  const ownSpan: Span = [last?.span[0] ?? sentenceStart, lineEnd < 0 ? text.length : lineEnd];
  const own = text.slice(ownSpan[0], ownSpan[1]);
  if (own.length > POINT_LENGTH || !statesPoint(words(ownSpan))) return false;
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - POINT_LINES; k--) {
    const line = lines[k];
    if (!line.text) continue;
    const lineWords = words(line.span);
    if (announcesContents(line, lineWords)) return true;
    const heading = !endsSentence(line.text) && line.text.length < HEADING_LENGTH;
    if (!heading && !(statesPoint(lineWords) && line.text.length < POINT_LENGTH)) return false;
  }
  return false;
}
