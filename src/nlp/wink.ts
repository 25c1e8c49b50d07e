// The only place wink-nlp is imported. Turns text into sentences and tokens that carry character offsets.
// wink gives each token's string and the whitespace before it, not offsets, so offsets are rebuilt by walking the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../record.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;          // Universal POS tag (PROPN, VERB, ...)
  /** wink's lemma in lower case (the token's lower-case form when wink gives none). */
  readonly lemma: string;
  lower: string;
  /** wink marks tokens inside the scope of a negation ("not", "never", "no"). */
  readonly negated: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

export interface NumberSpan { type: string; text: string; span: Span }

export interface Analysis {
  sentences: Sentence[];
  /** wink's own entity spans (DATE, DURATION, CARDINAL, PERCENT, ORDINAL, TIME, MONEY ...). */
  readonly spans: NumberSpan[];
}

type Engine = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Engine['readDoc']>;
let fast: Engine | null = null;
let complete: Engine | null = null;

// Loading the model takes ~0.3 s; do it once, on first use, not at import.
/**
 * Sentences and POS only: no stage reads wink's entities, negation or sentiment, and those passes cost about 40% of
 * readDoc. Tokens, sentence breaks and POS tags do not depend on them (wink runs them on the same tokens).
 */
function fastEngine(): Engine {
  fast ??= winkNLP(model, ['sbd', 'pos']);
  return fast;
}
/** wink's default pipe, for the rarely read negation flag and entity spans, and for the bare benchmark. */
function completeEngine(): Engine {
  complete ??= winkNLP(model);
  return complete;
}

/** Bare wink readDoc (default pipe), for benchmarks that compare the pipeline with wink alone. */
export function winkReadDoc(text: string): number {
  return completeEngine().readDoc(text).tokens().length();
}

/** What no stage needs on the hot path, computed from a full wink read on first access only. */
class Extras {
  private doc: WinkDoc | null = null;
  private negs: boolean[] | null = null;
  /** `masked` is what wink reads (see maskLongRuns), `text` what spans index. */
  constructor(private readonly text: string, private readonly masked: string = text) {}
  private read(): WinkDoc {
    this.doc ??= completeEngine().readDoc(this.masked);
    return this.doc;
  }
  negated(i: number): boolean {
    this.negs ??= (this.read().tokens() as any).out(completeEngine().its.negationFlag) as boolean[];
    return Boolean(this.negs[i]);
  }
  spans(tokens: WinkToken[]): NumberSpan[] {
    const its = completeEngine().its;
    const spans: NumberSpan[] = [];
    this.read().entities().each((e: any) => {
      const [a, b] = e.out(its.span) as [number, number];
      if (!tokens[a] || !tokens[b]) return;
      const span: Span = [tokens[a].start, tokens[b].end];
      spans.push({ type: e.out(its.type) as string, text: this.text.slice(span[0], span[1]), span });
    });
    return spans;
  }
}

// The lazy parts live in #private fields, so copying or serialising a token or an analysis shows only its data.
class WinkToken implements Token {
  readonly #extras: Extras;
  readonly #index: number;
  constructor(public text: string, public start: number, public end: number, public pos: string, public lower: string,
    public lemma: string, extras: Extras, index: number) {
    this.#extras = extras;
    this.#index = index;
  }
  get negated(): boolean { return this.#extras.negated(this.#index); }
}

class WinkAnalysis implements Analysis {
  readonly #all: WinkToken[];
  readonly #extras: Extras;
  #spans: NumberSpan[] | null = null;
  constructor(public sentences: Sentence[], all: WinkToken[], extras: Extras) {
    this.#all = all;
    this.#extras = extras;
  }
  get spans(): NumberSpan[] {
    this.#spans ??= this.#extras.spans(this.#all);
    return this.#spans;
  }
}

/** Runs of non-space characters longer than this never reach wink (see maskLongRuns). */
export const MAX_TOKEN_CHARS = 200;

/**
 * wink tests every token with backtracking regexes (abbreviations, URLs) whose cost grows with the square of the
 * token's length, so one 100 KB "word" (a base64 data URI) takes seconds. Such a run is no word of any language: wink
 * reads a placeholder of the same length instead ("x" and spaces, so it stays one token and no line break appears),
 * and the token is given back its real text and full extent. Offsets do not move, so every span stays exact.
 */
export function maskLongRuns(text: string): { masked: string; runs: Map<number, number> } {
  const runs = new Map<number, number>();
  if (text.length <= MAX_TOKEN_CHARS) return { masked: text, runs };
  const parts: string[] = [];
  let copied = 0;
  // One pass over the text; a regex like /\S{201,}/ would retry from every character of every shorter word.
  for (let i = 0; i < text.length;) {
    if (isSpace(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end - i > MAX_TOKEN_CHARS) {
      runs.set(i, end);
      parts.push(text.slice(copied, i), 'x', ' '.repeat(end - i - 1));
      copied = end;
    }
    i = end;
  }
  if (!runs.size) return { masked: text, runs };
  parts.push(text.slice(copied));
  return { masked: parts.join(''), runs };
}

export function analyze(original: string): Analysis {
  const w = fastEngine();
  const its = w.its;
  const { masked: text, runs } = maskLongRuns(original);
  const doc = w.readDoc(text);
  // wink's typings do not cover every `its` helper on a token collection; the runtime does.
  const toks = doc.tokens() as any;
  const words: string[] = toks.out();
  const pos: string[] = toks.out(its.pos);
  const spaces: string[] = toks.out(its.precedingSpaces);
  // Lemmas depend only on tokens and POS, so the fast read has them. Read for every token up front: the matcher and
  // the syntax layer read every sentence's lemmas, and a lazy getter per read cost more than reading them all once.
  const lemmas: (string | undefined)[] = toks.out(its.lemma);
  const extras = new Extras(original, text);
  const tokens: WinkToken[] = new Array(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let at = cursor + spaces[i].length;
    // wink keeps the text as it is, so the token sits right after its spaces; if it ever normalises one, search.
    const exact = word.length > 0 && text.startsWith(word, at);
    if (!exact) at = findToken(text, word, cursor);
    const end = Math.min(text.length, at + Math.max(1, word.length));
    // Nearly every text has no masked run: no look-up per token then.
    const runEnd = runs.size ? runs.get(at) : undefined;
    if (runEnd !== undefined && exact) {
      // A masked run: the placeholder's one token stands for the whole run, with its real text.
      const real = original.slice(at, runEnd);
      const lower = real.toLowerCase();
      tokens[i] = new WinkToken(real, at, runEnd, pos[i], lower, lemmas[i]?.toLowerCase() ?? lower, extras, i);
    } else {
      const lower = word.toLowerCase();
      tokens[i] = new WinkToken(exact ? word : text.slice(at, end), at, end, pos[i], lower, lemmas[i]?.toLowerCase() ?? lower, extras, i);
    }
    cursor = end;
  }
  return new WinkAnalysis(sentencesOf(original, doc.sentences().out(its.span) as unknown as [number, number][], tokens), tokens, extras);
}

function findToken(text: string, word: string, cursor: number): number {
  const at = text.indexOf(word, cursor);
  if (at >= 0 && at - cursor <= 200) return at;
  let i = cursor;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

const SPACE = /\s/;
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));
}

function blank(t: Token): boolean {
  for (let i = 0; i < t.text.length; i++) if (!isSpace(t.text.charCodeAt(i))) return false;
  return true;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * wink's sentences without the line-break tokens it emits (they carry no words, so a sentence never starts or ends on
 * one). wink sometimes runs a sentence across a line break (headline + body); a line break always ends a sentence.
 */
function sentencesOf(text: string, ranges: [number, number][], tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let cur: Token[] = [];
  const emit = (ts: Token[]) => out.push({ index: out.length, start: ts[0].start, end: ts[ts.length - 1].end, tokens: ts });
  const flush = () => {
    if (cur.length) emit(cur);
    cur = [];
  };
  // Past the longest sentence, cut at the last clause mark of its second half (else here); the rest goes on.
  const cut = () => {
    let at = cur.length - 1;
    while (at >= cur.length / 2 && !CLAUSE_MARK.test(cur[at].text)) at--;
    if (at < cur.length / 2) return flush();
    emit(cur.slice(0, at + 1));
    cur = cur.slice(at + 1);
  };
  for (const [a, b] of ranges) {
    for (let i = a; i <= b && i < tokens.length; i++) {
      const t = tokens[i];
      if (blank(t)) continue;
      if (cur.length && hasNewline(text, cur[cur.length - 1].end, t.start)) flush();
      if (cur.length && t.end - cur[0].start > MAX_SENTENCE_CHARS) cut();
      cur.push(t);
    }
    flush();
  }
  return out;
}

/**
 * Longest sentence, in characters. Rules look at a candidate's whole sentence (its clause, its dates, its parties), so
 * a sentence as long as the text (a list without periods, a hostile input) would make that work grow with the square
 * of the text; cut into pieces this long it stays linear. News sentences are far shorter (rarely past 500 characters).
 */
export const MAX_SENTENCE_CHARS = 2000;
const CLAUSE_MARK = /^[;:,]$/;
