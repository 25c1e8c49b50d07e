// The entity stage: a pre-scan for entities the text introduces ("the Long Name (ACR)"), then one left-to-right pass
// over the words. At each word the finders are tried in order of specificity (an introduced name, a reference "the
// president" or "the rebels", a title with a name, an alias already seen, a lexicon name in its context, a town after
// a preposition of place, a cued group, a surname already seen, an unknown proper-noun run, a pronoun); the first that
// matches consumes its words, so mentions never overlap.
import type { Analysis } from '../nlp/wink.js';
import type { EntityIndex, Mention } from '../context.js';
import type { Entity } from '../record.js';
import { loadLexicon as loadLexiconFrom, type Lexicon } from './lexicon.js';
import { findTitled, withoutNickname } from './find-titled.js';
import { findPlacedGroup } from './find-placed.js';
import { findBodyReference, findReference, findPronoun } from './find-refs.js';
import { findLexiconName, findKnownSurname } from './find-names.js';
import { findPropnRun, isHeadline } from './find-propn.js';
import { findTown } from './find-towns.js';
import { findNamedBody } from './find-body.js';
import { findCommunityGroup } from './find-community.js';
import { byAcronym, collectDefinitions, findEarlyAcronym, findCuedGroup, findDefinition, findOpenAlias, type OpenDefinition } from './find-open.js';
import { findGroupReference } from './find-group-refs.js';
import { EntityTable, type Candidate } from './table.js';
import { linkAppositions, linkStateOffices } from './affiliation.js';
import { findMemberGroups } from './find-members.js';
import { splitWords, type Word } from './words.js';

export type { Lexicon } from './lexicon.js';

let cached: Lexicon | null = null;

/** The compiled lexicon (data/*.json + world-countries), built once per process. */
export function loadLexicon(): Lexicon {
  cached ??= loadLexiconFrom();
  return cached;
}

export function findEntities(text: string, analysis: Analysis, lexicon: Lexicon): EntityIndex {
  const words = splitWords(text, analysis);
  const table = new EntityTable();
  const headlineCache = new Map<number, boolean>();
  const headline = (i: number) => {
    const s = words[i].sentence;
    let h = headlineCache.get(s);
    if (h === undefined) {
      let a = i;
      while (a > 0 && words[a - 1].sentence === s) a--;
      h = isHeadline(words, a, text);
      headlineCache.set(s, h);
    }
    return h;
  };
  const quoted = quotedRanges(text);
  const defs = collectDefinitions(text, words, lexicon);
  const acronyms = byAcronym(defs);
  let i = 0, q = 0;
  while (i < words.length) {
    const c = next(text, words, i, lexicon, table, headline, defs, acronyms);
    if (!c) { i++; continue; }
    if (c.unknown && !c.unknown.name) c.unknown.name = withoutNickname(text.slice(c.span[0], c.span[1]));
    // Quotations and candidates both run left to right: skip the quotations that end before this one starts.
    while (q < quoted.length && quoted[q][1] <= c.span[0]) q++;
    const inQuote = q < quoted.length && c.span[0] >= quoted[q][0] && c.span[1] <= quoted[q][1];
    table.add(c, words[i].sentence, i, inQuote);
    i = Math.max(i + 1, c.end);
  }
  findMemberGroups(text, table);
  linkAppositions(words, lexicon, table);
  linkStateOffices(words, lexicon, table);
  return makeIndex(table.entities, table.mentions);
}

function next(
  text: string, words: Word[], i: number, lex: Lexicon, table: EntityTable, headline: (i: number) => boolean, defs: Map<number, OpenDefinition>,
  acronyms: Map<string, OpenDefinition>,
): Candidate | null {
  const introduced = defs.size ? findDefinition(words, defs, i) : null;
  if (introduced) return introduced;
  if (words[i].key === 'the') {
    const r = findReference(words, i, lex, table) ?? findGroupReference(words, i, lex, table) ?? findBodyReference(words, i, lex, table);
    if (r) return r;
  } else if (words[i].key === 'government') {
    const r = findGroupReference(words, i, lex, table);
    if (r) return r;
  }
  return findTitled(words, i, lex, table)
    ?? findOpenAlias(words, i, table)
    ?? findEarlyAcronym(words, i, acronyms)
    ?? findLexiconName(text, words, i, lex, table)
    ?? findTown(words, i, lex)
    ?? findPlacedGroup(words, i, lex)
    ?? findCuedGroup(words, i, lex)
    ?? findCommunityGroup(words, i, lex, headline)
    ?? findKnownSurname(words, i, table)
    ?? findPropnRun(words, i, lex, headline)
    ?? findNamedBody(words, i, lex, headline)
    ?? findPronoun(words, i, table);
}

/**
 * Stretches between double quotation marks within a paragraph. A name inside a quotation is the speaker's word, not
 * the narrator's: "he" after “... calling Putin back,” he added points to the speaker, not to Putin.
 */
export function quotedRanges(text: string): Array<[number, number]> {
  // What /[“"«]([^”"»\n]{1,1500})[”"»]/g finds, in one pass: the regex retries up to 1500 characters from every
  // opening mark, so a run of opening marks cost 1500 steps each. Here the next closing mark and the next line break
  // after an opening mark are pointers that only move forward.
  // Marks by character code: reading text[i] makes a one-character string per character.
  const out: Array<[number, number]> = [];
  const isOpen = (c: number) => c === 0x201c || c === 0x22 || c === 0xab;
  const isClose = (c: number) => c === 0x201d || c === 0x22 || c === 0xbb;
  let close = -1;
  let newline = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isOpen(text.charCodeAt(i))) continue;
    if (close <= i) { close = i + 1; while (close < text.length && !isClose(text.charCodeAt(close))) close++; }
    if (newline <= i) { newline = text.indexOf('\n', i + 1); if (newline < 0) newline = text.length; }
    const inner = close - i - 1;
    if (close < text.length && close < newline && inner >= 1 && inner <= 1500) {
      out.push([i, close + 1]);
      i = close;
    }
  }
  return out;
}

export function makeIndex(entities: Entity[], mentions: Mention[]): EntityIndex {
  const sorted = [...mentions].sort((a, b) => a.span[0] - b.span[0]);
  const byId = new Map(entities.map((e) => [e.id, e]));
  // First mention whose start is >= offset (binary search; mentions never overlap).
  const lowerBound = (offset: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].span[0] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    entities,
    mentions: sorted,
    byId: (id) => byId.get(id),
    mentionsIn: (s, e) => {
      const out: Mention[] = [];
      for (let k = lowerBound(s); k < sorted.length && sorted[k].span[0] < e; k++) if (sorted[k].span[1] <= e) out.push(sorted[k]);
      return out;
    },
    mentionAt: (o) => {
      const k = lowerBound(o + 1) - 1;
      const m = sorted[k];
      return m && m.span[0] <= o && o < m.span[1] ? m : undefined;
    },
    lastPersonBefore: (o) => {
      for (let k = lowerBound(o) - 1; k >= 0; k--) {
        const m = sorted[k];
        if (m.span[1] <= o && byId.get(m.entity)?.kind === 'person') return m;
      }
      return undefined;
    },
  };
}
