// Who said a quotation: the attribution patterns of news writing, tried in the order a reader would.
//   after the quote:  “…,” Trump said / “…,” said the source / “…,” according to officials
//   before the quote: Trump said: “…” / Trump stated he had a “good” call / He added, ‘…’ / According to X, … «…»
//   the sentence before ends with a colon: Zelenskyy wrote on X:¶“…”
//   none of these: a quote right after another quote goes on in that speaker's voice.
import { sentenceAt, type DocContext } from '../context.js';
import type { Span } from '../record.js';
import type { QuoteLexicon } from './lexicon.js';
import { resolvePhrase, type ResolvedSpeaker } from './resolve.js';
import { cuesIn, LEADING_CONJUNCTION, subjectWords, TITLE_DOT, wordsAfter, type Cue } from './cue-words.js';
import { documentOpenerSubject, documentSubject, openingSubject, reportsClause, sentenceFinal, withAsCue } from './frame.js';

export interface Attribution {
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  /** Where the cue ends, when there is one (a capitalised quote right after its cue is speech, not a name). */
  cueEnd: number | null;
  /** Rule id of the pattern that attributed the quote. */
  rule: string;
  /** Where the speaker's words are, and whether they were a pronoun ("he added"): a pronoun continuing the
   * previous quote's attribution is that attribution's speaker (./index.ts). */
  speakerSpan?: Span;
  pronoun?: boolean;
}

export type { Cue } from './cue-words.js';

export interface QuoteSite {
  /** Offsets of the marks: open is the opening mark, markEnd is just after the closing mark. */
  open: number;
  markEnd: number;
  inner: Span;
}

const MAX_POST_GAP_WORDS = 8;
const NAME_COLON = /(?:^|(?<=[.;]\s*))\s*((?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}):\s*$/u;
const OPENING_SUBORDINATE = /^\s*(?:while|whereas|although|though|as|after|before|when|if|since|because)\b[^,;“”"]{3,160},/i;
// "Putin, according to Ushakov, noted": the parenthetical source does not stand between a subject and its verb.
const PARENTHETICAL_SOURCE = /,\s*(?:according\s+to|citing)\s[^,;“”"]{1,60},\s*$/i;

function sentenceBounds(ctx: DocContext, offset: number): Span | null {
  const s = sentenceAt(ctx.analysis, offset);
  return s ? [s.start, s.end] : null;
}

const ENDS_WITH_TITLE_DOT = /(?<![\p{L}.])(?:\p{Lu}\p{Ll}{0,3}\.|(?:\p{Lu}\.){2,})\s*$/u;

/** The subject of the sentence: its first entity mention, or a pronoun that opens it. */
function clauseSubject(ctx: DocContext, lex: QuoteLexicon, sentStart: number, before: number, quotes: Span[]): ResolvedSpeaker | null {
  // "While Zelenskiy said …, Trump took a cautious stance, saying": an opening subordinate clause has its own subject.
  const sub = OPENING_SUBORDINATE.exec(ctx.text.slice(sentStart, before));
  if (sub) sentStart += sub[0].length;
  const head = /^\s*(?:[A-Z][a-z]+\s+){0,2}?(He|She)\b/.exec(ctx.text.slice(sentStart, before));
  const first = ctx.entities.mentionsIn(sentStart, before).find((m) => !quotes.some(([a, b]) => m.span[0] >= a && m.span[1] <= b));
  // "The President of Ukraine denied …, stating": the title phrase, not the state inside it, is the subject.
  const titled = first && /^\s*(?:the\s+)?[\p{L} -]{0,40}\s+of\s*$/iu.exec(ctx.text.slice(sentStart, first.span[0]));
  if (titled) return resolvePhrase(ctx, lex, sentStart, first.span[1], quotes);
  if (head && (!first || first.span[0] > sentStart + head[0].length - head[1].length)) {
    const at = sentStart + head[0].length - head[1].length;
    return resolvePhrase(ctx, lex, at, at + head[1].length, quotes);
  }
  if (!first) return null;
  return resolvePhrase(ctx, lex, first.span[0], first.span[1], quotes);
}

/** The person named right before an apposition that starts at `start` ("Name, a senior official, said"). */
function appositive(ctx: DocContext, floor: number, start: number, quotes: Span[]): ResolvedSpeaker | null {
  if (!/,\s*$/.test(ctx.text.slice(Math.max(floor, start - 3), start))) return null;
  const before = ctx.entities.mentionsIn(Math.max(floor, start - 80), start).filter((m) => !quotes.some(([a, b]) => m.span[0] >= a && m.span[1] <= b)).pop();
  if (!before || !/^\s*,\s*$/.test(ctx.text.slice(before.span[1], start)) || ctx.entities.byId(before.entity)?.kind !== 'person') return null;
  return { speaker: before.entity, text: ctx.text.slice(before.span[0], before.span[1]), span: before.span, how: 'name' };
}

function fromCue(ctx: DocContext, lex: QuoteLexicon, cue: Cue, floor: number, ceiling: number, quotes: Span[], sentStart: number, earlier = false): ResolvedSpeaker | null {
  if (cue.inverted) {
    const w = wordsAfter(ctx.text, cue.end, ceiling);
    return resolvePhrase(ctx, lex, w[0], w[1], quotes);
  }
  const paren = PARENTHETICAL_SOURCE.exec(ctx.text.slice(floor, cue.start));
  const words = subjectWords(ctx.text, floor, paren ? floor + paren.index : cue.start);
  // "…» and promised «…»": same subject as the verb before, which an earlier cue or the previous quote gives.
  if (words === 'conjunction') return null;
  // "…,” the president added, emphasizing that …: a participle with no subject of its own shares the earlier cue's.
  if (words === 'none' && earlier) return null;
  // "A joint statement from the US and Ukraine released on Sunday indicated …": a document opens the sentence.
  const doc = documentSubject(ctx, lex, sentStart, cue.start, quotes);
  if (doc) return doc;
  const phrase = typeof words === 'object' ? resolvePhrase(ctx, lex, words[0], words[1], quotes) : null;
  // "Patrick Muyaya, the government spokesman, said": the apposition stands for the name before it.
  const found = typeof words === 'object' && phrase?.how !== 'name' ? appositive(ctx, floor, words[0], quotes) ?? phrase : phrase;
  // "Trump praised the plan, stating …": the verb's subject is the sentence's.
  return found ?? clauseSubject(ctx, lex, sentStart, cue.start, quotes);
}

const done = (r: ResolvedSpeaker | null, cue: Cue, rule: string): Attribution | null =>
  r ? { speaker: r.speaker, speakerText: r.text, cue: cue.form, cueEnd: cue.end, rule: `${rule}.${r.how}`, speakerSpan: r.span, pronoun: r.how === 'pronoun' } : null;

/** Attribution from the text after the closing mark, up to the end of its sentence or the next quote. */
function afterQuote(ctx: DocContext, lex: QuoteLexicon, site: QuoteSite, nextOpen: number, quotes: Span[]): Attribution | null {
  const text = ctx.text;
  const sent = sentenceBounds(ctx, site.markEnd);
  let sentEnd = sent ? sent[1] : site.markEnd;
  // A sentence split after a title's dot ("said Col." | "Amadou Bakary.") goes on into the next one.
  if (sent && ENDS_WITH_TITLE_DOT.test(text.slice(site.markEnd, sentEnd))) sentEnd = sentenceBounds(ctx, sentEnd + 1)?.[1] ?? sentEnd;
  let ceiling = Math.min(nextOpen, sentEnd);
  const nl = text.indexOf('\n', site.markEnd);
  if (nl >= 0) ceiling = Math.min(ceiling, nl);
  if (ceiling <= site.markEnd) return null;
  const cues = cuesIn(text, lex, site.markEnd, ceiling);
  const cue = cues[0];
  if (!cue) return null;
  const gap = text.slice(site.markEnd, cue.start);
  if (gap.trim().split(/\s+/).filter(Boolean).length > MAX_POST_GAP_WORDS || LEADING_CONJUNCTION.test(gap.replace(/^[\s,.!?…—–-]+/, ''))) return null;
  if (!/^[\s,.!?…—–-]*$/.test(gap) || cue.inverted) {
    // “…,” Trump said  /  “…,” according to the source
    const r = cue.inverted ? resolvePhrase(ctx, lex, ...wordsAfter(text, cue.end, ceiling), quotes) : resolvePhrase(ctx, lex, site.markEnd, cue.start, quotes);
    // A place between the quote and the verb ("“…” in Paris, announced …") names no speaker.
    if ((r && !(r.speaker === null && r.how === 'name')) || cue.inverted) return done(r, cue, cue.inverted ? 'speaker.after-according' : 'speaker.after-subject-verb');
    // “…” in Paris, announced the French president: the words between name no one; the speaker follows the verb.
    return done(resolvePhrase(ctx, lex, ...wordsAfter(text, cue.end, ceiling), quotes), cue, 'speaker.after-verb-subject');
  }
  // “…,” said Trump
  return done(resolvePhrase(ctx, lex, ...wordsAfter(text, cue.end, ceiling), quotes), cue, 'speaker.after-verb-subject');
}

/** Attribution from the sentence before the opening mark (or a previous sentence ending in a colon). */
function beforeQuote(ctx: DocContext, lex: QuoteLexicon, floor: number, open: number, quotes: Span[], sentStart: number, rule: string): Attribution | null {
  const cues = withAsCue(ctx.text, lex, cuesIn(ctx.text, lex, floor, open), floor, open);
  // The cue right before the quote is its own; a quote deeper inside a reported clause ("the readout said Rubio had
  // reaffirmed Washington's commitment to “…”") is the words of whoever reports the clause: the outermost cue first.
  const order = cues.map((_, i) => i);
  // A cue inside an opening "While X said …," clause frames nothing after it.
  const sub = OPENING_SUBORDINATE.exec(ctx.text.slice(sentStart, open));
  const framing = sub ? cues.filter((c) => c.start >= sentStart + sub[0].length) : cues;
  if (framing.length > 1 && framing.length === cues.length && reportsClause(ctx.text, cues, open)) order.reverse();
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const r = fromCue(ctx, lex, cues[i], floor, open, quotes, sentStart, i > 0);
    if (r) return done(r, cues[i], rule);
  }
  // Headline style "Rubio: “…”": a name and a colon right before the quote.
  const lead = NAME_COLON.exec(ctx.text.slice(floor, open));
  if (lead) {
    const a = floor + lead.index, r = resolvePhrase(ctx, lex, a, a + lead[1].length, quotes);
    if (r && r.how === 'name') return { speaker: r.speaker, speakerText: r.text, cue: null, cueEnd: null, rule: 'speaker.name-colon' };
  }
  // "Pashinyan backed him: “…”": a clause ending in a colon introduces its subject's words.
  if (/:\s*$/.test(ctx.text.slice(floor, open))) {
    const r = openingSubject(ctx, sentStart, open, quotes);
    if (r) return { speaker: r.speaker, speakerText: r.text, cue: null, cueEnd: null, rule: 'speaker.colon-subject', speakerSpan: r.span };
  }
  if (!cues.length) {
    const r = documentOpenerSubject(ctx, lex, sentStart, open, quotes);
    if (r) return { speaker: r.speaker, speakerText: r.text, cue: null, cueEnd: null, rule: 'speaker.document-opener', speakerSpan: r.span };
  }
  return null;
}

export function attribute(ctx: DocContext, lex: QuoteLexicon, site: QuoteSite, prevMarkEnd: number, nextOpen: number, quotes: Span[]): Attribution | null {
  const text = ctx.text;
  const sent = sentenceBounds(ctx, site.open) ?? sentenceBounds(ctx, site.open + 1);
  const lineStart = text.lastIndexOf('\n', site.open - 1) + 1;
  const sentStart = Math.max(sent ? sent[0] : site.open, lineStart);
  const floor = Math.max(sentStart, prevMarkEnd, lineStart);
  const opensSentence = !/[\p{L}\p{N}]/u.test(text.slice(floor, site.open));
  const after = () => afterQuote(ctx, lex, site, nextOpen, quotes);
  // “…?” he asked. “…”: the words between close the previous quote's sentence; this quote goes on in its voice.
  const previousOwn = opensSentence && floor === prevMarkEnd && prevMarkEnd > 0 && /[.!?]\s*$/.test(text.slice(floor, site.open));
  const before = () => (previousOwn ? null : beforeQuote(ctx, lex, floor, site.open, quotes, sentStart, 'speaker.before'));
  const found = opensSentence ? after() ?? before() : before() ?? after();
  if (found) return found;
  // "A “significant advance” has been made in the talks, stated Secretary of State Rubio.": the sentence's last clause.
  const final = sent ? sentenceFinal(ctx, lex, site.markEnd, sent[1], quotes) : null;
  if (final) return final;
  // "The MILF suspended the handover until there is “full compliance …”": a fragment quoted inside a sentence that
  // no speech verb frames is the words of the sentence's named subject (not of a possessor: "Kyiv's plan").
  // A fragment that modifies a noun (an “immediate and unconditional” ceasefire) quotes a text, not its subject.
  const modifiesNoun = /^\s+(?!(?:and|or|but|as|to|in|on|at|for|with|by|of|from|that|which|after|before|until|while)\b)\p{Ll}/u.test(text.slice(site.markEnd, site.markEnd + 20));
  if (!opensSentence && floor === sentStart && !modifiesNoun) {
    const r = openingSubject(ctx, sentStart, site.open, quotes);
    if (r?.speaker && r.span && !/^['’]s\b/.test(text.slice(r.span[1], r.span[1] + 2))) {
      return { speaker: r.speaker, speakerText: r.text, cue: null, cueEnd: null, rule: 'speaker.subject-fragment', speakerSpan: r.span };
    }
  }
  // The sentence before ends with a colon: “Zelenskyy wrote on X:” then the quote.
  // The sentence before ends with a colon ("Zelenskyy wrote on X:"), or the quote stands alone as a paragraph
  // after a paragraph whose last sentence reports someone speaking: news convention gives it that speaker.
  if (!opensSentence) return null;
  const heading = headingQuote(ctx, lex, site, quotes);
  if (heading) return heading;
  const leadStart = Math.max(0, floor - 400);
  const lead = text.slice(leadStart, floor).trimEnd();
  const paragraphOpen = floor === lineStart;
  if (!lead.endsWith(':') && !paragraphOpen) return null;
  const prev = lead.length ? sentenceBounds(ctx, leadStart + lead.length - 1) : null;
  if (!prev || prev[1] <= prevMarkEnd) return null;
  return beforeQuote(ctx, lex, Math.max(prev[0], prevMarkEnd), prev[1], quotes, prev[0], lead.endsWith(':') ? 'speaker.colon-lead' : 'speaker.paragraph-lead');
}

/**
 * A quotation standing as a line of its own (a subheading: “The hardest steps are ahead of us”) with no attribution
 * is the words of whoever the first sentence under it reports speaking ("The British prime minister said today …").
 */
const HEADING_WORDS = 14;

function headingQuote(ctx: DocContext, lex: QuoteLexicon, site: QuoteSite, quotes: Span[]): Attribution | null {
  const text = ctx.text;
  const lineStart = text.lastIndexOf('\n', site.open - 1) + 1;
  let lineEnd = text.indexOf('\n', site.markEnd);
  if (lineEnd < 0) return null;
  if (text.slice(lineStart, site.open).trim() || text.slice(site.markEnd, lineEnd).trim()) return null;
  // A heading is short and unpunctuated; a whole quoted paragraph goes on in the voice of the paragraph before it.
  const inner = text.slice(site.inner[0], site.inner[1]).trim();
  if (/[.!?,;:…]$/.test(inner) || inner.split(/\s+/).length > HEADING_WORDS) return null;
  while (lineEnd < text.length && /\s/.test(text[lineEnd])) lineEnd++;
  const next = sentenceBounds(ctx, lineEnd);
  if (!next || next[0] < lineEnd) return null;
  const said = beforeQuote(ctx, lex, next[0], next[1], quotes, next[0], 'speaker.heading-next');
  return said?.speaker ? said : null;
}

/** Who a sentence reports as saying what it says ("Zelenskyy said the sides were 90% agreed"), for claims made
 * outside quotation marks; null when no speech verb names anyone. */
export function attributeSentence(ctx: DocContext, lex: QuoteLexicon, sentence: Span, quotes: Span[]): Attribution | null {
  return beforeQuote(ctx, lex, sentence[0], sentence[1], quotes, sentence[0], 'speaker.sentence');
}
