// Attribution frames beyond "X said “…”": a description introduced by a verb and "as" ("hailed the deal as “…”"),
// the reporting clause a quote sits deep inside, a clause that ends in a colon, a document that opens the sentence,
// and an attribution that closes the sentence ("A “significant advance” was made, stated Rubio.").
import type { DocContext } from '../context.js';
import type { Span } from '../record.js';
import type { Attribution, Cue } from './attribute.js';
import type { QuoteLexicon } from './lexicon.js';
import { documentAuthor } from './owner.js';
import { resolvePhrase, type ResolvedSpeaker } from './resolve.js';

// "… as “…”", "… as a “…”": the description an as-verb introduces; naming verbs take it with no "as".
const AS_BEFORE_QUOTE = /\bas\s+(?:an?\s+|the\s+)?$/i;
const NAMING_VERB = /^(?:labell?ed|labell?ing|labels|branded|branding|brands|called|calling|calls|termed|terming|deemed)$/i;
const NAMED_BEFORE_QUOTE = /^[^.;:!?“”"«»]{0,60}?\s(?:an?|the)\s*$/i;
/** How far before the quote an as-verb may stand. */
const AS_REACH = 100;
// After a cue, what may stand before the quote for the cue to be the quote's own: an object and "that", a colon.
const IMMEDIATE = /^(?:[\s,:]*|\s+(?:\S+\s+){0,4}?(?:that\s*|\S*:\s*|\S*,\s*))$/;

/** Adds the as-verb that introduces the quote at `open` as a cue, when no speech cue stands after it. */
export function withAsCue(text: string, lex: QuoteLexicon, cues: Cue[], floor: number, open: number): Cue[] {
  // Most quotes follow neither "as" nor an article: test the last few characters before scanning for verbs.
  if (!/(?:^|\s)(?:as|an?|the)\s*$/i.test(text.slice(Math.max(floor, open - 12), open))) return cues;
  const from = Math.max(floor, open - AS_REACH);
  const window = text.slice(from, open);
  let last: RegExpExecArray | null = null;
  lex.asVerb.lastIndex = 0;
  for (let m = lex.asVerb.exec(window); m; m = lex.asVerb.exec(window)) last = m;
  if (!last) return cues;
  const start = from + last.index, end = start + last[0].length;
  if (cues.some((c) => c.start >= start)) return cues;
  const rest = text.slice(end, open);
  if (/[.;!?“”"«»]/.test(rest)) return cues;
  if (!AS_BEFORE_QUOTE.test(rest) && !(NAMING_VERB.test(last[0]) && NAMED_BEFORE_QUOTE.test(rest))) return cues;
  return [...cues, { start, end, form: last[0], inverted: false }];
}

/** Does the quote at `open` follow `cue` as its own words (cue, an object at most, then "that", a colon or nothing)? */
function isImmediate(text: string, cue: Cue, open: number): boolean {
  return open - cue.end <= 40 && IMMEDIATE.test(text.slice(cue.end, open));
}

// Outer cues that hand the words on to someone they name: "according to X, Y noted", "X quoted Y, who said".
const HANDS_ON = /^(?:according to|quoted|quoting|cited|citing)$/i;

/** Is the quote at `open` deep inside a clause that the first cue reports, rather than the last cue's own words? */
export function reportsClause(text: string, cues: Cue[], open: number): boolean {
  const first = cues[0], last = cues[cues.length - 1];
  if (first.inverted || HANDS_ON.test(first.form) || isImmediate(text, last, open)) return false;
  // "the president, who said that …": a relative clause is its own speaker's.
  if (/who\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(0, last.start - 25), last.start))) return false;
  return !/[;:]/.test(text.slice(first.end, open));
}

// "A joint statement from the US and Ukraine released later on Sunday": a document noun phrase opening the sentence.
const DOCUMENT_OPENING = /^\s*(?:a|an|the|in\s+a)\s+(?:[\p{L}-]+\s+){0,3}?$/iu;

/** The author of a document that opens the sentence and is the subject of the cue at `cueStart`. */
export function documentSubject(ctx: DocContext, lex: QuoteLexicon, sentStart: number, cueStart: number, quotes: Span[]): ResolvedSpeaker | null {
  const head = ctx.text.slice(sentStart, cueStart);
  // The noun stands among the first few words: look them up before running the pattern.
  const opening = head.slice(0, 60).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!opening.slice(0, 6).some((w) => lex.documentWords.has(w))) return null;
  lex.documentAny.lastIndex = 0;
  const noun = lex.documentAny.exec(head);
  if (!noun || !DOCUMENT_OPENING.test(head.slice(0, noun.index)) || /[,;:“”"]/.test(head)) return null;
  const a = sentStart + noun.index, b = a + noun[0].length;
  const speaker = documentAuthor(ctx, lex, a, b, quotes);
  return speaker ? { speaker, text: head.trim(), span: [sentStart + head.search(/\S/), cueStart], how: 'document' } : null;
}

// "In a statement issued Monday, the Jubaland presidency thanked Kenya for “…”": a document named by an opening
// adverbial is the subject's, and so are the words it quotes.
const IN_DOCUMENT = /^\s*In\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\b[^,;:“”"]{0,60},\s*/iu;

/** The subject after an opening "In a statement ...," when the sentence has no speech verb of its own. */
export function documentOpenerSubject(ctx: DocContext, lex: QuoteLexicon, sentStart: number, open: number, quotes: Span[]): ResolvedSpeaker | null {
  const m = IN_DOCUMENT.exec(ctx.text.slice(sentStart, open));
  if (!m || !lex.documentWords.has(m[1].toLowerCase())) return null;
  return openingSubject(ctx, sentStart + m[0].length, open, quotes);
}

/** The subject that opens the sentence ("Pashinyan backed him:"), a named entity standing first in it. */
export function openingSubject(ctx: DocContext, sentStart: number, open: number, quotes: Span[]): ResolvedSpeaker | null {
  const first = ctx.entities.mentionsIn(sentStart, open).find((m) => !quotes.some(([a, b]) => m.span[0] >= a && m.span[1] <= b));
  if (!first || !/^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(ctx.text.slice(sentStart, first.span[0]))) return null;
  const e = ctx.entities.byId(first.entity);
  if (!e || e.kind === 'place') return null;
  return { speaker: e.id, text: ctx.text.slice(first.span[0], first.span[1]), span: first.span, how: 'name' };
}

// ", stated Secretary of State Marco Rubio." / ", Rubio said." closing the sentence.
const FINAL_CLAUSE = /,\s*([^,;:“”"«»]{2,90}?)\s*[.!?]?\s*$/;

/** An attribution in the last clause of the quote's sentence, after the quote and its own words. */
export function sentenceFinal(ctx: DocContext, lex: QuoteLexicon, markEnd: number, sentEnd: number, quotes: Span[]): Attribution | null {
  const tail = ctx.text.slice(markEnd, sentEnd);
  if (/[“”"«»]/.test(tail)) return null;
  const clause = FINAL_CLAUSE.exec(tail);
  if (!clause) return null;
  const at = markEnd + clause.index + clause[0].indexOf(clause[1]);
  const words = clause[1];
  lex.cue.lastIndex = 0;
  const cue = lex.cue.exec(words);
  if (!cue) return null;
  const cueStart = at + cue.index, cueEnd = cueStart + cue[0].length;
  // "stated Rubio" (the cue first) or "Rubio said" (the cue last): the rest of the clause is the speaker.
  const speakerSpan: Span | null = cue.index === 0 ? [cueEnd, at + words.length] : cueEnd === at + words.length ? [at, cueStart] : null;
  if (!speakerSpan) return null;
  const r = resolvePhrase(ctx, lex, speakerSpan[0], speakerSpan[1], quotes);
  if (!r?.speaker) return null;
  return { speaker: r.speaker, speakerText: r.text, cue: cue[0], cueEnd, rule: `speaker.sentence-final.${r.how}`, speakerSpan: r.span, pronoun: r.how === 'pronoun' };
}
