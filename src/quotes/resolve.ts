// Turns the words that name a speaker ("Trump", "he", "the source", "the usually upbeat president") into an
// entity id, "anonymous", or nothing. The entity index is the authority; pronouns and titles it did not resolve
// fall back to the last person named outside any quotation.
import { sentenceAt, type DocContext, type Mention } from '../context.js';
import type { Span } from '../record.js';
import type { QuoteLexicon } from './lexicon.js';
import { bodyBefore, documentAuthor, speakingEntity } from './owner.js';
import { demonymCountry } from './demonym.js';

export interface ResolvedSpeaker {
  speaker: string | null;
  text: string;
  span: Span;
  /** How the words were resolved (part of the quote's rule id). */
  how: 'name' | 'anonymous' | 'pronoun' | 'relative' | 'title' | 'document' | 'body';
}

const PRONOUN_AT_END = /(?:^|[^\p{L}])(he|she|they|we|i|it)\s*$/iu;
const RELATIVE_AT_END = /(?:^|[^\p{L}])(who|which)\s*$/iu;
const inRanges = (ranges: Span[], s: Span) => ranges.some(([a, b]) => s[0] >= a && s[1] <= b);

export function isPerson(ctx: DocContext, m: Mention): boolean {
  return ctx.entities.byId(m.entity)?.kind === 'person';
}

/** A subheading between paragraphs ("Aliyev Does Not Rule Out a Joint Appeal"): a short line with no closing
 * punctuation. Whom it names is not whom the next "he" refers to. */
function inHeadline(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).trim();
  return line.length > 0 && line.length <= 120 && !/[.!?:;,"”’»)]$/.test(line) && line.split(/\s+/).length <= 14;
}

/** How far back an unnamed source's introduction ("a senior diplomat") is looked for. */
const INTRODUCTION_WINDOW = 600;

/** Was `title` last introduced before `offset` with an indefinite article and no name ("a senior diplomat")? */
function introducedUnnamed(ctx: DocContext, title: string, offset: number, quoteRanges: Span[]): boolean {
  const from = Math.max(0, offset - INTRODUCTION_WINDOW);
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escaped}\\b`, 'giu');
  let last: RegExpExecArray | null = null;
  const window = ctx.text.slice(from, offset);
  for (let m = re.exec(window); m; m = re.exec(window)) last = m;
  if (!last) return false;
  const start = from + last.index, end = start + last[0].length + 40;
  if (inRanges(quoteRanges, [start, start + last[0].length])) return false;
  return !ctx.entities.mentionsIn(start, Math.min(end, offset)).some((m) => isPerson(ctx, m));
}

/** Index of the first mention starting at or after `offset`. */
function firstMentionFrom(mentions: Mention[], offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].span[0] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** How far back "he" or "the president" is looked for as a sentence subject before settling for any person. */
const SALIENCE_WINDOW = 800;

/** The person "he" or "the president" refers to before `offset`: the last person who was the subject (first
 * entity named outside quotes) of a recent sentence, else the last person named outside quotes. Names inside a
 * quotation are skipped: a name inside a quote is not who "he" refers to after it. */
export function lastPersonOutside(ctx: DocContext, offset: number, quoteRanges: Span[]): Mention | undefined {
  const ms = ctx.entities.mentions;
  let plain: Mention | undefined;
  for (let i = firstMentionFrom(ms, offset) - 1; i >= 0; i--) {
    const m = ms[i];
    if (m.span[1] > offset || inRanges(quoteRanges, m.span) || !isPerson(ctx, m) || inHeadline(ctx.text, m.span[0])) continue;
    plain ??= m;
    if (offset - m.span[0] > SALIENCE_WINDOW) break;
    if (isSentenceSubject(ctx, i, quoteRanges)) return m;
  }
  return plain ?? ctx.entities.lastPersonBefore(offset);
}

/** Is mentions[i] the first person named outside quotes in its sentence? Walks back over the sorted mentions
 * rather than filtering them all: this runs inside a loop. */
function isSentenceSubject(ctx: DocContext, i: number, quoteRanges: Span[]): boolean {
  const ms = ctx.entities.mentions;
  const m = ms[i];
  const s = sentenceAt(ctx.analysis, m.span[0]);
  if (!s) return false;
  for (let j = i - 1; j >= 0 && ms[j].span[0] >= s.start; j--) {
    const x = ms[j];
    if (x.entity !== m.entity && !inRanges(quoteRanges, x.span) && isPerson(ctx, x)) return false;
  }
  return true;
}

/** The last mention before `offset` within `floor`, persons first (the antecedent of "who"). */
function antecedent(ctx: DocContext, floor: number, offset: number, quoteRanges: Span[]): Mention | undefined {
  const ms = ctx.entities.mentionsIn(floor, offset).filter((m) => !inRanges(quoteRanges, m.span) && m.via !== 'pronoun');
  return [...ms].reverse().find((m) => isPerson(ctx, m)) ?? ms[ms.length - 1];
}

function mentionSpeaker(ctx: DocContext, m: Mention, how: ResolvedSpeaker['how'], words?: Span): ResolvedSpeaker {
  const span = words ?? m.span;
  return { speaker: speakingEntity(ctx, ctx.entities.byId(m.entity)), text: ctx.text.slice(span[0], span[1]), span, how };
}

/** Resolves the phrase text[a, b) that stands where a speaker stands (subject of a speech verb, after "said"). */
export function resolvePhrase(ctx: DocContext, lex: QuoteLexicon, a: number, b: number, quoteRanges: Span[]): ResolvedSpeaker | null {
  const text = ctx.text;
  while (a < b && /[\s,]/.test(text[a])) a++;
  while (b > a && /[\s,]/.test(text[b - 1])) b--;
  if (a >= b) return null;
  const phrase = text.slice(a, b);
  const mentions = ctx.entities.mentionsIn(a, b);
  const persons = mentions.filter((m) => isPerson(ctx, m) && m.via !== 'pronoun');
  if (persons.length) return mentionSpeaker(ctx, persons[persons.length - 1], 'name');

  const pronoun = PRONOUN_AT_END.exec(phrase);
  if (pronoun) {
    const at = b - pronoun[1].length - (phrase.length - phrase.trimEnd().length);
    const span: Span = [at, at + pronoun[1].length];
    // Our own look-back skips names inside quotations, which a general resolver cannot know about.
    const mine = /^(?:he|she)$/i.test(pronoun[1]) ? lastPersonOutside(ctx, at, quoteRanges) : undefined;
    const own = mine ?? ctx.entities.mentionAt(at);
    // "it said", "they added": an organisation or group named before, when the entity index did not resolve it.
    // A pronoun subject stands for a subject before it: "aid for Ukraine … they said" is not Ukraine speaking.
    const body = !own && /^(?:it|they)$/i.test(pronoun[1]) ? bodyBefore(ctx, at, quoteRanges, true, true) : null;
    return { speaker: own ? speakingEntity(ctx, ctx.entities.byId(own.entity)) : body, text: pronoun[1], span, how: 'pronoun' };
  }
  // "the joint statement said", "the communiqué read": the document's author, or nobody. The word sets are checked
  // first: these patterns are anchored at the end and would otherwise run on every phrase.
  const words = phrase.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  const hasDocument = words.some((w) => lex.documentWords.has(w));
  lex.documentAny.lastIndex = 0;
  if (hasDocument && ((lex.documentWords.has(last) && lex.documentAtEnd.test(phrase)) || (!mentions.length && lex.documentAny.test(phrase)))) {
    return { speaker: documentAuthor(ctx, lex, a, b, quoteRanges), text: phrase, span: [a, b], how: 'document' };
  }
  // "the group hailed …", "the ministry said": the organisation (or government) named before.
  const bodyNoun = !mentions.length && lex.bodyWords.has(last);
  const group = bodyNoun && lex.bodyAtEnd.test(phrase);
  if (group || (bodyNoun && lex.governmentAtEnd.test(phrase))) {
    return { speaker: bodyBefore(ctx, a, quoteRanges, !group), text: phrase, span: [a, b], how: 'body' };
  }
  const relative = RELATIVE_AT_END.exec(phrase);
  if (relative) {
    const at = a + phrase.lastIndexOf(relative[1]);
    // "an official who asked not to be named": a relative clause on an unnamed source leaves it unnamed.
    if (lex.anonymous.test(text.slice(a, at)) && !ctx.entities.mentionsIn(a, at).some((m) => isPerson(ctx, m))) {
      return { speaker: 'anonymous', text: phrase, span: [a, b], how: 'anonymous' };
    }
    const m = antecedent(ctx, Math.max(0, at - 120), at, quoteRanges);
    return { speaker: m ? speakingEntity(ctx, ctx.entities.byId(m.entity)) : null, text: relative[1], span: [at, at + relative[1].length], how: 'relative' };
  }

  const title = lex.titleAtEnd.exec(phrase);
  // "with the president": the lazy pattern may take "the" as an ordinary word; the phrase is definite all the same.
  const definite = !!title && (!!title[1] || /(?:^|\s)(?:the|this|that)\s/i.test(title[0]));
  if (title && (definite || !lex.anonymous.test(phrase))) {
    const at = a + (title.index ?? 0) + (title[0].length - title[0].trimStart().length);
    const span: Span = [at, b];
    const own = ctx.entities.mentionsIn(a, b).filter((m) => isPerson(ctx, m));
    if (own.length) return mentionSpeaker(ctx, own[own.length - 1], 'title', span);
    // "the former US president": the person of that state named last, before anyone else named last.
    const ofItsState = definite ? personOfState(ctx, mentions, a) ?? personOfCountry(ctx, demonymCountry(phrase), a) : undefined;
    if (ofItsState) return { speaker: ofItsState, text: text.slice(span[0], span[1]), span, how: 'title' };
    if (definite) {
      // "A senior European diplomat said … “…,” the diplomat said": the unnamed source introduced before.
      if (introducedUnnamed(ctx, title[2], a, quoteRanges)) return { speaker: 'anonymous', text: text.slice(span[0], span[1]), span, how: 'anonymous' };
      const m = lastPersonOutside(ctx, a, quoteRanges);
      if (m) return { speaker: m.entity, text: text.slice(span[0], span[1]), span, how: 'title' };
    }
  }
  const ofState = lex.titleOfState.test(phrase) ? personOfState(ctx, mentions, a) : undefined;
  if (ofState) return { speaker: ofState, text: phrase, span: [a, b], how: 'title' };
  const anon = lex.anonymous.exec(phrase);
  if (anon) return { speaker: 'anonymous', text: phrase, span: [a, b], how: 'anonymous' };
  const others = mentions.filter((m) => m.via !== 'pronoun');
  if (others.length) return mentionSpeaker(ctx, others[others.length - 1], 'name');
  return null;
}

/** "The President of Ukraine", "Russia's leader": the person of that state's country named most recently before. */
function personOfState(ctx: DocContext, mentions: Mention[], before: number): string | undefined {
  const states = mentions.map((m) => ctx.entities.byId(m.entity)).filter((e) => e && e.kind !== 'person' && e.country);
  if (!states.length) return undefined;
  return personOfCountry(ctx, states[0]!.country, before);
}

/** The person of `country` named most recently before `before`, else the only one the report names. */
function personOfCountry(ctx: DocContext, country: string | null | undefined, before: number): string | undefined {
  if (!country) return undefined;
  const ms = ctx.entities.mentions;
  for (let i = firstMentionFrom(ms, before) - 1; i >= 0; i--) {
    const e = ctx.entities.byId(ms[i].entity);
    if (e?.kind === 'person' && e.country === country) return e.id;
  }
  const any = ctx.entities.entities.filter((e) => e.kind === 'person' && e.country === country);
  return any.length === 1 ? any[0].id : undefined;
}
