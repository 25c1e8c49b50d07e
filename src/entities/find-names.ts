// Lexicon names: people (full name, alias or surname), states (name, demonym, metonym), organisations and places.
// A capital or seat of government after a locative preposition is the place ("talks in Moscow"), elsewhere the state
// ("Moscow rejected the plan").
import type { Lexicon, NameHit } from './lexicon.js';
import type { Candidate, EntityTable } from './table.js';
import { joins, matchAt } from './trie.js';
import { nameInContext } from './find-places.js';
import type { Word } from './words.js';
import { DEAL_NOUNS } from '../words/deals.js';

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'inside', 'toward', 'towards', 'via', 'visit', 'visited', 'visiting']);

/** Participles hyphened to a demonym that tell a person's origin, not who acts: "Kenyan-born", "Swiss-educated". */
const ORIGIN_PARTICIPLES = new Set(['born', 'bred', 'raised', 'educated', 'trained']);

let cueText = '';
const cueMemo = new Map<string[], boolean>();
/** Whether the report contains one of `cues` (remembered for the report being scanned). */
function hasCue(text: string, cues: string[]): boolean {
  if (text !== cueText) { cueText = text; cueMemo.clear(); }
  let found = cueMemo.get(cues);
  if (found === undefined) cueMemo.set(cues, (found = cues.some((c) => text.includes(c))));
  return found;
}

/** Choose among hits for the same words: a full name over a short form, a person already named over a new one. */
export function pickHit(hits: NameHit[], table: EntityTable): NameHit {
  const full = hits.filter((h) => !h.short);
  const pool = full.length ? full : hits;
  return pool.find((h) => table.has(h.entry.id)) ?? pool[0];
}

/** Whether words[j] begins a known state or organisation name ("Ukraine" in "US-Ukraine", "Israeli" in "US-Israeli"). */
function joinsKnownName(words: Word[], j: number, lex: Lexicon): boolean {
  return !!matchAt(lex.names, words, j)?.values.some((h) => h.entry.kind === 'state' || h.entry.kind === 'organization');
}

/** A capitalised place word or adjective of place right before: "Bosnian", "Kosovo" (not "Monday", "Yesterday"). */
function placeQualifier(words: Word[], k: number, lex: Lexicon): boolean {
  const w = words[k];
  if (w.shape === 'lower' || w.sentence !== words[k + 1].sentence) return false;
  const m = matchAt(lex.names, words, k);
  return (m?.end === k + 1 && m.values.some((h) => h.entry.kind === 'state' || h.entry.kind === 'place')) || /(?:an|ese|ish)$/.test(w.key);
}

/** "a proposal from Ankara", "envoys from Nairobi": after a noun of something or someone sent, "from" names the sender. */
function sentFrom(words: Word[], i: number, lex: Lexicon): boolean {
  const sender = i > 1 ? words[i - 2] : undefined;
  return words[i - 1].key === 'from' && sender !== undefined && sender.sentence === words[i].sentence && lex.senders.has(sender.key);
}

/** Words that may stand between a place and the deal it names ("the Pretoria peace agreement"). */
const DEAL_MODIFIERS = new Set(['peace', 'ceasefire', 'security', 'nuclear', 'trade', 'border', 'framework', 'normalisation', 'normalization']);

/** "the Pretoria agreement", "the Minsk accords", "the Doha peace deal": a capital naming a deal is where it was made,
 * not a party to it. */
function namesDeal(words: Word[], end: number): boolean {
  for (let k = end; k < words.length && k <= end + 2; k++) {
    const w = words[k];
    if (w.gap !== 'space' || w.shape !== 'lower') return false;
    if (DEAL_NOUNS.has(w.key)) return true;
    if (!DEAL_MODIFIERS.has(w.key)) return false;
  }
  return false;
}

export function findLexiconName(text: string, words: Word[], i: number, lex: Lexicon, table: EntityTable): Candidate | null {
  const m = matchAt(lex.names, words, i);
  if (!m) return null;
  // "SPLM" in "SPLM-X" is part of a longer code, not the known group; "US-Ukraine" joins two known names.
  if (words[m.end - 1].shape === 'upper' && words[m.end]?.gap === 'hyphen' && words[m.end].shape !== 'lower' && !joinsKnownName(words, m.end, lex)) return null;
  const hit = pickHit(m.values, table);
  if (hit.cues && !hasCue(text, hit.cues)) return null;
  const span: [number, number] = [words[i].start, words[m.end - 1].end];
  const prev = i > 0 ? words[i - 1] : undefined;
  // "Bosnian Serb forces", "Kosovo Serb police": a community of another place, not the state; name no party.
  if (hit.ethnic && prev && words[i].gap === 'space' && placeQualifier(words, i - 1, lex)) {
    return { end: m.end, span, via: 'name', rule: hit.rule, silent: true };
  }
  // "the Ghanaian-born envoy": where a person comes from names no party ("Kenyan-led" does: Kenya leads).
  const origin = words[m.end];
  if (hit.via === 'demonym' && origin?.gap === 'hyphen' && ORIGIN_PARTICIPLES.has(origin.key)) {
    return { end: m.end + 1, span, via: 'name', rule: hit.rule, silent: true };
  }
  const after = words[m.end];
  // A dateline ("KYIV, Ukraine —", "Anchorage, Alaska") names where the report was filed: a place.
  const dateline = (words[i].gap === 'start' || words[i].gap === 'break') && (!after || after.mark === ',' || after.mark === '—');
  const located = prev && prev.gap !== 'break' && words[i].gap === 'space' && LOCATIVE.has(prev.key) && !sentFrom(words, i, lex);
  if (hit.venue && (located || dateline || namesDeal(words, m.end))) {
    return { end: m.end, span, via: 'name', rule: 'entity.place.venue', entry: hit.venue };
  }
  if (hit.entry.kind !== 'person') {
    const inContext = nameInContext(text, words, i, m.end, hit, lex, table);
    if (inContext) return inContext;
  }
  return { end: m.end, span, via: hit.via, rule: hit.rule, entry: hit.entry };
}

/**
 * A bare surname of an unknown person named earlier in the document ("Smith" after "envoy John Smith"), or a word of
 * the full name of a lexicon person named earlier whose surname alone the lexicon does not trust ("Wang").
 */
export function findKnownSurname(words: Word[], i: number, table: EntityTable): Candidate | null {
  const w = words[i];
  if (w.shape === 'lower') return null;
  const e = table.surname(w.key);
  if (e) return { end: i + 1, span: [w.start, w.end], via: 'name', rule: 'entity.person.surname', entityId: e.id };
  // A word of a lexicon person's full name counts only alone: "Sheikh Tamim" does not make "Sheikh Mohammed" Tamim.
  const next = words[i + 1];
  if (next && next.shape !== 'lower' && joins(words, i + 1)) return null;
  const named = table.nameWord(w.key);
  if (named) return { end: i + 1, span: [w.start, w.end], via: 'name', rule: 'entity.person.surname', entityId: named.id };
  // Only a word the tagger reads as a name: "Will" opening a question is no "Will Doe".
  const given = w.pos === 'PROPN' ? table.givenName(w.key) : undefined;
  return given ? { end: i + 1, span: [w.start, w.end], via: 'name', rule: 'entity.person.given-name', entityId: given.id } : null;
}
