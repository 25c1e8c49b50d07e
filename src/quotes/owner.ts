// Speakers that are not people: a document speaks for its author ("the joint statement said" → whoever the report
// says issued it), a body noun refers back to the organisation named before ("the group hailed …", "it said"), and a
// place never speaks — a capital or a seat of government as speaker ("Moscow said", "the White House said") is its
// state, when the report names that state, else nobody.
import { sentenceAt, type DocContext, type Mention } from '../context.js';
import type { Entity, Span } from '../record.js';
import type { QuoteLexicon } from './lexicon.js';

const inRanges = (ranges: Span[], s: Span) => ranges.some(([a, b]) => s[0] >= a && s[1] <= b);
/** How far back the organisation a body noun refers to is looked for. */
const LOOK_BACK = 2500;
/** How far back the first mention of a document is looked for: "the statement" far from any named one is unknown. */
const DOCUMENT_LOOK_BACK = 1200;
/** How close to a document noun its author's name stands ("the White House's readout", "statement from Kyiv"). */
const NEAR = 40;
// "… statement released minutes later by Washington", "a communiqué from the two sides", "issued by the ministry".
// "US-Ukraine", "the US and Ukraine", "Israel, Syria and the US": authors named together.
const JOINED = /^\s*(?:-|–|\/|,|and|&)\s*(?:the\s+)?$/i;
// "the group confirmed", "the rebel movement said": a body noun opening a clause.
const BODY_SUBJECT = /^\s*(?:the|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(group|movement|rebels|militants|insurgents|front|militia|mission|ministry|government|presidency|office|council|committee|alliance|coalition|organi[sz]ation|administration)\b/u;
const AUTHOR_AFTER = /^[^.;“”"]{0,40}?\b(?:from|by|of)\s+$/;

/** The entity a speaker is when its mention is of `e`: a place speaks as its state, or not at all. */
export function speakingEntity(ctx: DocContext, e: Entity | undefined): string | null {
  if (!e) return null;
  if (e.kind !== 'place') return e.id;
  if (!e.country) return null;
  return ctx.entities.entities.find((x) => x.kind === 'state' && x.country === e.country)?.id ?? null;
}

function speaks(ctx: DocContext, m: Mention): string | null {
  return speakingEntity(ctx, ctx.entities.byId(m.entity));
}

/** The author named next to a document noun at [a, b): "X's statement", "a joint X-Y statement", "statement by X". */
function authorNear(ctx: DocContext, a: number, b: number, quotes: Span[]): string | null {
  const sent = sentenceAt(ctx.analysis, a);
  const from = Math.max(sent?.start ?? 0, a - NEAR), to = Math.min(sent?.end ?? ctx.text.length, b + NEAR + 30);
  const around = ctx.entities.mentionsIn(from, to).filter((m) => !inRanges(quotes, m.span) && m.via !== 'pronoun');
  let beforeAt = -1;
  for (let i = 0; i < around.length && around[i].span[1] <= b; i++) beforeAt = i;
  const between = beforeAt >= 0 ? ctx.text.slice(around[beforeAt].span[1], a) : '';
  // "Peru signed a document" makes Peru a signatory among others: the clause's subject is the author (issuer below).
  if (beforeAt >= 0 && /^[\s\p{L}’'-]*$/u.test(between) && !SIGNING_VERB.test(between)) {
    // "a joint US-Ukraine statement": the first of the joint authors.
    let first = beforeAt;
    while (first > 0 && JOINED.test(ctx.text.slice(around[first - 1].span[1], around[first].span[0]))) first--;
    return speaks(ctx, around[first]);
  }
  const inside = around.find((m) => m.span[0] >= a && m.span[1] <= b);
  if (inside) return speaks(ctx, inside);
  const after = around.find((m) => m.span[0] >= b && AUTHOR_AFTER.test(ctx.text.slice(b, m.span[0])));
  if (after) return speaks(ctx, after);
  return sent ? issuer(ctx, sent.start, sent.end, a, b, quotes) : null;
}

/** "In a statement, the group confirmed …" / "X said in a statement": the subject of the clause issued it. */
function issuer(ctx: DocContext, start: number, end: number, a: number, b: number, quotes: Span[]): string | null {
  const usable = (m: Mention) => !inRanges(quotes, m.span) && m.via !== 'pronoun';
  if (/^\s*in\s+(?:a|an|its|their)\b/i.test(ctx.text.slice(start, a))) {
    const comma = ctx.text.indexOf(',', b);
    if (comma < 0 || comma >= end) return null;
    const subject = ctx.entities.mentionsIn(comma + 1, end).find(usable);
    if (subject && /^\s*(?:the\s+)?$/i.test(ctx.text.slice(comma + 1, subject.span[0]))) return speaks(ctx, subject);
    const body = BODY_SUBJECT.exec(ctx.text.slice(comma + 1, end));
    return body ? bodyBefore(ctx, comma + 1, quotes, !/^(?:group|movement|rebels|militants|insurgents|front|militia)$/i.test(body[1])) : null;
  }
  const subject = ctx.entities.mentionsIn(start, a).find(usable);
  if (!subject) return null;
  // "X and the leaders of Y, Z and W signed a declaration": the signatories named first issued it.
  if (!/[,;]/.test(ctx.text.slice(subject.span[1], a)) || SIGNED_BEFORE.test(ctx.text.slice(start, a))) return speaks(ctx, subject);
  return null;
}

const SIGNING_VERB = /\b(?:signed|issued|released|adopted|published)\b/;
// "… signed a document", "… issued a joint declaration": the verb that makes the clause's subject the document's author.
const SIGNED_BEFORE = /^[^;.]*\b(?:signed|issued|released|adopted|published)\s+(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** A document noun that may stand for any kind of document named before ("the document" after "a declaration"). */
const GENERIC_DOCUMENT = 'document';

/** The head noun of the last document word found, singular: "joint statements" → "statement". */
function stem(found: readonly string[]): string {
  const last = found[found.length - 1]?.toLowerCase().split(/\s+/).pop() ?? '';
  return last.replace(/s$/, '');
}

/** "the joint statement said": the author of this document or, when this mention names none, of its first mention. */
export function documentAuthor(ctx: DocContext, lex: QuoteLexicon, a: number, b: number, quotes: Span[]): string | null {
  const here = authorNear(ctx, a, b, quotes);
  if (here) return here;
  // "according to a release": an indefinite document is a new one, not one named before.
  if (/^(?:a|an|another)\s/i.test(ctx.text.slice(a, b))) return null;
  const re = lex.documentAny;
  const floor = Math.max(0, a - DOCUMENT_LOOK_BACK);
  const earlier: Span[] = [];
  re.lastIndex = floor;
  // The same kind of document ("the statement" after "a joint statement"), not another ("an announcement").
  const noun = stem(ctx.text.slice(a, b).match(re) ?? []);
  for (let m = re.exec(ctx.text); m && m.index < a; m = re.exec(ctx.text)) {
    const kind = stem([m[0]]);
    if ((kind === noun || kind === GENERIC_DOCUMENT || noun === GENERIC_DOCUMENT) && !inRanges(quotes, [m.index, m.index + m[0].length])) earlier.push([m.index, m.index + m[0].length]);
  }
  for (let i = earlier.length - 1; i >= 0; i--) {
    const owner = authorNear(ctx, earlier[i][0], earlier[i][1], quotes);
    if (owner) return owner;
  }
  return null;
}

/** The organisation or group (or, when `states` allows, the government) a body noun or "it" refers to: the last one
 * named before `offset`. */
export function bodyBefore(ctx: DocContext, offset: number, quotes: Span[], states = true, subjectsFirst = false): string | null {
  const ms = ctx.entities.mentionsIn(Math.max(0, offset - LOOK_BACK), offset);
  let fallback: string | null = null;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    if (inRanges(quotes, m.span) || m.via === 'pronoun') continue;
    const e = ctx.entities.byId(m.entity);
    if (!e || e.kind === 'person' || e.kind === 'place' || (!states && e.kind === 'state')) continue;
    if (!subjectsFirst || !afterPreposition(ctx.text, m.span[0])) return e.id;
    fallback ??= e.id;
  }
  return fallback;
}

// "aid for Ukraine", "talks with the rebels": a party after a preposition is what a clause is about, not who it quotes.
const PREPOSITION_BEFORE = /\b(?:to|for|in|into|with|against|on|from|of|by|at|over|toward|towards|between|among|about|across)\s+(?:the\s+)?$/i;

/** The mention at `start` is the object of a preposition: a pronoun subject ("they said") points past it. */
function afterPreposition(text: string, start: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
