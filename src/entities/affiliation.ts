// A person's side from an apposition: "Name, an M23 spokesman," / "Name, a senior negotiator for Hamas," — the group
// or organisation named in the office phrase right after the person is the side the person speaks or acts for. A
// title before the name ("Hamas negotiator Name") is read by find-titled.ts.
import type { Lexicon } from './lexicon.js';
import type { EntityTable } from './table.js';
import { longestMatch } from './trie.js';
import type { Word } from './words.js';

const ARTICLES = new Set(['a', 'an', 'the']);
/** Prepositions between an office and its organisation ("spokesman for Hamas", "negotiator of the M23"). */
const OFFICE_LINKS = new Set(['for', 'of', 'with']);
/** Lowercase words allowed before or inside the office ("a senior", "the group's chief"). */
const MAX_MODIFIERS = 2;

/** Sets `affiliation` on persons followed by ", a [modifiers] <group> <office>" or ", a [modifiers] <office> for <group>",
 * and the country of a person with none followed by such a phrase with a state ("Name, a Turkish diplomat"). */
export function linkAppositions(words: Word[], lex: Lexicon, table: EntityTable): void {
  const wordAt = new Map<number, number>();
  words.forEach((w, k) => wordAt.set(w.start, k));
  const ms = table.mentions;
  for (let n = 0; n + 1 < ms.length; n++) {
    const person = table.byId(ms[n].entity);
    const group = table.byId(ms[n + 1].entity);
    if (!person || person.kind !== 'person' || person.affiliation || !group || (group.kind !== 'group' && group.kind !== 'organization')) continue;
    const p = endWord(words, wordAt, ms[n].span[1]);
    const g = wordAt.get(ms[n + 1].span[0]);
    if (p === undefined || g === undefined || words[p]?.mark !== ',' || !ARTICLES.has(words[p].key)) continue;
    if (sides(words, lex, p + 1, g, ms[n + 1].span[1], wordAt)) person.affiliation = group.id;
  }
  for (let n = 0; n + 1 < ms.length; n++) {
    // "Name, a former Turkish ambassador to Washington,": a state's word before the office gives the person its country.
    const person = table.byId(ms[n].entity);
    const state = table.byId(ms[n + 1].entity);
    if (!person || person.kind !== 'person' || person.country || !state || state.kind !== 'state' || !state.country) continue;
    const p = endWord(words, wordAt, ms[n].span[1]);
    const g = wordAt.get(ms[n + 1].span[0]);
    if (p === undefined || g === undefined || words[p]?.mark !== ',' || !ARTICLES.has(words[p].key)) continue;
    if (sides(words, lex, p + 1, g, ms[n + 1].span[1], wordAt)) person.country = state.country;
  }
  for (let n = 0; n + 1 < ms.length; n++) {
    const group = table.byId(ms[n].entity);
    const person = table.byId(ms[n + 1].entity);
    if (!person || person.kind !== 'person' || person.affiliation || !group || (group.kind !== 'group' && group.kind !== 'organization')) continue;
    if (officeBeforeName(words, lex, wordAt, ms[n].span[1], ms[n + 1].span[0])) person.affiliation = group.id;
  }
}

/** How many words the office phrase between "X's" and the name's comma may have ("chief negotiator for the talks"). */
const MAX_OFFICE_PHRASE = 8;

/**
 * "Moldova's chief negotiator for the settlement, Deputy Prime Minister Jane Doe,": a person with no country of their
 * own, named right after a state's possessed office and a comma (maybe behind a title), is of that state.
 */
export function linkStateOffices(words: Word[], lex: Lexicon, table: EntityTable): void {
  const wordAt = new Map<number, number>();
  words.forEach((w, k) => wordAt.set(w.start, k));
  const ms = table.mentions;
  for (let n = 0; n + 1 < ms.length; n++) {
    const state = table.byId(ms[n].entity);
    if (!state || state.kind !== 'state' || !state.country) continue;
    const k = endWord(words, wordAt, ms[n].span[1]);
    if (k === undefined || words[k].key !== 's' || words[k].gap !== 'apos') continue;
    // "Chad's envoy to the African Union, Jane Doe,": the body the office serves may be named before the person.
    const next = ms.slice(n + 1, n + 1 + MAX_MENTIONS_BETWEEN).find((m) => table.byId(m.entity)?.kind === 'person');
    const person = next && table.byId(next.entity);
    const nameAt = next && wordAt.get(next.span[0]);
    if (!person || person.country || nameAt === undefined) continue;
    if (possessedOfficeBefore(words, lex, k + 1, nameAt)) person.country = state.country;
  }
}

/** Mentions an office phrase may hold before the person's name ("envoy to the African Union"). */
const MAX_MENTIONS_BETWEEN = 3;

/** Words `from`..`nameAt`: an office (after at most two modifiers), words up to a comma, maybe a title, then the name. */
function possessedOfficeBefore(words: Word[], lex: Lexicon, from: number, nameAt: number): boolean {
  let k = from;
  while (k < nameAt && k - from < MAX_MODIFIERS && !longestMatch(lex.offices, words, k, true) && words[k].shape === 'lower') k++;
  const office = longestMatch(lex.offices, words, k, true);
  if (!office) return false;
  let comma = office.end;
  while (comma < nameAt && comma - office.end < MAX_OFFICE_PHRASE && words[comma].mark !== ',') comma++;
  if (words[comma]?.mark !== ',' || comma > nameAt) return false;
  if (comma === nameAt) return true;
  const title = longestMatch(lex.offices, words, comma, true);
  return !!title && title.end === nameAt && words[comma].sentence === words[nameAt].sentence;
}

/** "The Tigray People's Liberation Front (TPLF) negotiator, Getachew Reda,": between the group and the name stand only
 * an acronym in brackets and an office; a comma opens the name's apposition. */
function officeBeforeName(words: Word[], lex: Lexicon, wordAt: Map<number, number>, groupEnd: number, nameStart: number): boolean {
  let k = endWord(words, wordAt, groupEnd);
  if (k === undefined) return false;
  // "(TPLF)": one word glossing the group; the office word after it carries the closing bracket.
  if (words[k].mark === '(' && words[k + 1]?.mark === ')') k++;
  const office = longestMatch(lex.offices, words, k, true);
  if (!office || (words[k].mark !== '' && words[k].mark !== ')')) return false;
  const name = words[office.end];
  return name !== undefined && name.mark === ',' && name.start === nameStart && name.sentence === words[k].sentence;
}

/** Index of the word starting right after offset `end` (the word after the person's name). */
function endWord(words: Word[], wordAt: Map<number, number>, end: number): number | undefined {
  for (let k = 0; k < 3; k++) {
    const at = wordAt.get(end + k);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** Between the article (+1 = `from`) and the group at `g`: modifiers then the group and an office, or an office and a link. */
function sides(words: Word[], lex: Lexicon, from: number, g: number, groupEnd: number, wordAt: Map<number, number>): boolean {
  let k = from;
  while (k < g && k - from < MAX_MODIFIERS && !longestMatch(lex.offices, words, k, true) && words[k].shape === 'lower') k++;
  if (k === g) {
    // ", an M23 spokesman": the office follows the group.
    let after = g;
    while (after < words.length && words[after].end <= groupEnd) after++;
    if (words[after]?.key === 's' && words[after].gap === 'apos') after++;
    return !!longestMatch(lex.offices, words, after, true) && words[after].sentence === words[from].sentence;
  }
  // ", a spokesman for the M23": office, link, optional article, then the group.
  const office = longestMatch(lex.offices, words, k, true);
  if (!office) return false;
  let j = office.end;
  if (!OFFICE_LINKS.has(words[j]?.key ?? '')) return false;
  j++;
  if (words[j]?.key === 'the') j++;
  return j === g && wordAt.has(words[g].start);
}
