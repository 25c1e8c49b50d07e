// Where an event happened: a place mention in its sentence ("at Mar-a-Lago", "in Alaska"), or a state named after
// "in"/"at" — the nearest one to the trigger, preferring those after it. Read on the sentence's tokens and shallow
// syntax: the preposition before the name, the noun a place phrase hangs on, and the act it belongs to.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import { syntaxOf } from '../syntax/index.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { tokenAt } from '../syntax/tokens.js';

/** Prepositions of being somewhere: a place named after one is the likely venue. */
const LOCATIVE = new Set(['in', 'at', 'to', 'inside', 'near', 'on']);
/** A state is a venue only after a preposition of being there: "pressure on Kyiv", "a summit on Ukraine" name a topic. */
const STATE_LOCATIVE = new Set(['in', 'at', 'inside']);
const PLACE_PREPS = new Set(['in', 'at', 'inside', 'near', 'on']);
/** Nouns that name a state of affairs located somewhere ("the war in Ukraine", "elections in Kosovo", "the situation in
 * Gaza"): a place phrase after one is that noun's, not the venue of the event the sentence tells. */
const SITUATED = new Set(['war', 'wars', 'conflict', 'conflicts', 'crisis', 'situation', 'referendum', 'election', 'elections',
  'vote', 'municipality', 'municipalities', 'peace', 'stability', 'interests', 'influence', 'community', 'communities',
  'minority', 'minorities', 'population', 'people', 'unrest', 'insurgency', 'violence']);
/** "sign a deal in Doha, but fighting continues in Uvira": a place before such a break is the other clause's. A
 * semicolon breaks alone; a comma or dash breaks before one of the contrasting conjunctions. */
const CLAUSE_BREAKS = new Set([';']);
const CONTRAST_MARKS = new Set([',', '—', '–']);
const CONTRASTS = new Set(['but', 'while', 'whereas', 'yet', 'though', 'although']);
/** What follows a dateline's place name: "BEIRUT, Oct 2", "KYIV (Reuters)", "GAZA — ". */
const DATELINE_MARKS = new Set([',', '(', '—', '–', '-']);
/** How far before the trigger a place may lie (characters): farther back it is a dateline or another act's place. */
const REACH_BEFORE = 60;

/** `visit`: the event is a visit, whose destination state ("a visit to Canada") is where it took place. */
export function findPlace(ctx: DocContext, s: Sentence, sentence: string, ts: number, te: number, visit = false): { text: string; entity: string | null } | null {
  const at = s.start + ts, end = s.start + te;
  const x = syntaxOf(s, ctx.entities);
  let best: { text: string; entity: string; dist: number } | null = null;
  for (const m of ctx.entities.mentionsIn(s.start, s.end)) {
    const e = ctx.entities.byId(m.entity);
    if (!e) continue;
    const k = tokenAt(x.tokens, m.span[0]);
    if (k >= x.tokens.length) continue;
    const prep = prepositionBefore(x, k);
    const isPlace = e.kind === 'place' || (e.kind === 'state' && prep !== null && (STATE_LOCATIVE.has(prep) || (visit && prep === 'to' && m.span[0] >= end)));
    if (!isPlace) continue;
    // Places after the trigger and after a locative preposition are the likely venue; a dateline is not.
    if (m.span[1] <= at && (at - m.span[1] > REACH_BEFORE || clauseBreak(x, tokenAt(x.tokens, m.span[1]), tokenAt(x.tokens, at)) || dateline(ctx.text, x, k, m.span[1]))) continue;
    if (situatedPlace(x, k, at, end) || otherActsPlace(x, k, at, end)) continue;
    const locative = prep !== null && LOCATIVE.has(prep) ? 0 : 40;
    const dist = locative + (m.span[0] >= end ? m.span[0] - end : (at - m.span[1]) * 1.5);
    if (!best || dist < best.dist) best = { text: ctx.text.slice(m.span[0], m.span[1]), entity: m.entity, dist };
  }
  void sentence;
  return best ? { text: best.text, entity: best.entity } : null;
}

/** A clause break among tokens [from, to): a semicolon, or a comma or dash before "but", "while", "though" .... */
function clauseBreak(x: SentenceSyntax, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = x.tokens[k].lower;
    if (CLAUSE_BREAKS.has(t) || (CONTRAST_MARKS.has(t) && k + 1 < to && CONTRASTS.has(x.tokens[k + 1].lower))) return true;
  }
  return false;
}

/** "BEIRUT, Oct 2 -", "KYIV (Reuters) -": a name opening a line (token `k`, ending at `end`), before a comma, bracket
 * or dash, is where the report was filed, not where its first act took place. */
function dateline(text: string, x: SentenceSyntax, k: number, end: number): boolean {
  const next = x.tokens[tokenAt(x.tokens, end)];
  return opensLine(text, x.tokens[k].start) && next !== undefined && DATELINE_MARKS.has(next.lower);
}

/** Only spaces or tabs stand between the last line break (or the start of the text) and `offset`. */
function opensLine(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** The preposition right before token `k` ("in Geneva", "at the White House"), skipping one "the". */
function prepositionBefore(x: SentenceSyntax, k: number): string | null {
  let p = k - 1;
  if (p >= 0 && x.tokens[p].lower === 'the') p--;
  return p >= 0 ? x.tokens[p].lower : null;
}

/** "the war in Ukraine": the place phrase at token `k` hangs on a noun of situation outside the trigger [ts, te). */
function situatedPlace(x: SentenceSyntax, k0: number, ts: number, te: number): boolean {
  let k = k0 - 1;
  if (k < 0) return false;
  if (x.tokens[k].lower === 'the') k--;
  if (k < 1 || !PLACE_PREPS.has(x.tokens[k].lower)) return false;
  const noun = x.tokens[k - 1];
  return noun.start >= te || noun.end <= ts ? SITUATED.has(noun.lower) : false;
}

/**
 * "talks with Putin hours before the president meets Zelensky in Florida", "leaders gathering in Berlin": a place phrase
 * that belongs to a verb of a clause the trigger's clause governs (or of an unrelated clause) is that act's place, not
 * the trigger's. A place of the governing clause stays the trigger's ("flew to Moscow to meet Putin").
 */
function otherActsPlace(x: SentenceSyntax, k: number, ts: number, te: number): boolean {
  const place = anchorOf(x, k);
  let trigger: number | null = null;
  for (let i = tokenAt(x.tokens, ts); i < x.tokens.length && x.tokens[i].start < te && trigger === null; i++) trigger = anchorOf(x, i);
  if (place === null || trigger === null || place === trigger) return false;
  const pc = x.verbs[place].clause, tc = x.verbs[trigger].clause;
  return pc !== tc && !governs(x, pc, tc);
}

/** The verb group a token's phrase belongs to: its own, the verb its chunk is subject, object or agent of, or the verb
 * the chain of prepositional phrases it hangs on leads to. */
function anchorOf(x: SentenceSyntax, token: number): number | null {
  if (x.verbOf[token] >= 0) return x.verbOf[token];
  let c = x.chunkOf[token];
  for (let hops = 0; c !== undefined && c >= 0 && hops < 8; hops++) {
    const v = x.verbs.find((g) => g.subject === c || g.object === c || g.agent === c);
    if (v) return v.index;
    const link = x.chunks[c].attachedTo;
    if (!link) return null;
    if (link.kind === 'verb') return link.index;
    c = link.index;
  }
  return null;
}

/** Clause `a` is clause `b` or one `b` depends on. */
function governs(x: SentenceSyntax, a: number, b: number): boolean {
  for (let c: number | null = b, hops = 0; c !== null && hops < 12; c = x.clauses[c].parent, hops++) if (c === a) return true;
  return false;
}
