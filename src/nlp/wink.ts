// The only place wink-nlp is imported. Turns text into sentences and tokens that carry character offsets
// (wink gives token strings and preceding spaces, not offsets, so we re-find each token in the text).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../record.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;          // Universal POS tag (PROPN, VERB, ...)
  lemma: string;
  lower: string;
  /** wink marks tokens inside the scope of a negation ("not", "never", "no"). */
  negated: boolean;
  /** wink's entity type when the token starts or is inside a DATE/DURATION/CARDINAL/... span. */
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
  spans: NumberSpan[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function engine() {
  // Loading the model takes ~0.3 s; do it once, on first use, not at import.
  nlp ??= winkNLP(model);
  return nlp;
}

/** Bare wink readDoc, for benchmarks that compare the pipeline with wink alone. */
export function winkReadDoc(text: string): number {
  return engine().readDoc(text).tokens().length();
}

export function analyze(text: string): Analysis {
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  // wink's typings do not cover every `its` helper on a token collection; the runtime does.
  const toks = doc.tokens() as any;
  const words: string[] = toks.out();
  const pos: string[] = toks.out(its.pos);
  const lemmas: string[] = toks.out(its.lemma);
  const negs: boolean[] = toks.out(its.negationFlag);
  const starts: number[] = new Array(words.length);
  const ends: number[] = new Array(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i];
    let at = text.indexOf(w0, cursor);
    // wink may normalise a token (rare); fall back to the cursor so offsets stay monotone.
    if (at < 0 || at - cursor > 200) at = skipSpace(text, cursor);
    starts[i] = at;
    ends[i] = Math.min(text.length, at + (at === skipSpace(text, cursor) && text.startsWith(w0, at) ? w0.length : Math.max(1, w0.length)));
    cursor = ends[i];
  }
  const tokens: Token[] = words.map((t, i) => ({
    text: text.slice(starts[i], ends[i]), start: starts[i], end: ends[i], pos: pos[i], lemma: (lemmas[i] ?? t).toLowerCase(),
    lower: t.toLowerCase(), negated: Boolean(negs[i]),
  }));
  const sentences: Sentence[] = [];
  doc.sentences().each((s: any, index: number) => {
    const [a, b] = s.out(its.span) as [number, number];
    // wink emits line breaks as tokens; they carry no words, so sentences never start or end on one.
    const toks = tokens.slice(a, b + 1).filter((t) => t.text.trim() !== '');
    if (!toks.length) return;
    sentences.push({ index, start: toks[0].start, end: toks[toks.length - 1].end, tokens: toks });
  });
  const spans: NumberSpan[] = [];
  doc.entities().each((e: any) => {
    const [a, b] = e.out(its.span) as [number, number];
    if (!tokens[a] || !tokens[b]) return;
    const span: Span = [tokens[a].start, tokens[b].end];
    spans.push({ type: e.out(its.type) as string, text: text.slice(span[0], span[1]), span });
  });
  return { sentences: splitOnParagraphs(text, sentences), spans };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** wink sometimes runs a sentence across a blank line (headline + body); a paragraph break always ends a sentence. */
function splitOnParagraphs(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let cur: Token[] = [];
    for (const t of s.tokens) {
      if (t.text.trim() === '') continue;
      if (cur.length && /\n/.test(text.slice(cur[cur.length - 1].end, t.start))) {
        out.push(mk(cur));
        cur = [];
      }
      cur.push(t);
    }
    if (cur.length) out.push(mk(cur));
  }
  return out.map((s, index) => ({ ...s, index }));
  function mk(toks: Token[]): Sentence {
    return { index: 0, start: toks[0].start, end: toks[toks.length - 1].end, tokens: toks };
  }
}
