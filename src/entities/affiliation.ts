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

/** Sets `affiliation` on persons followed by ", a [modifiers] <group> <office>" or ", a [modifiers] <office> for <group>". */
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
    const group = table.byId(ms[n].entity);
    const person = table.byId(ms[n + 1].entity);
    if (!person || person.kind !== 'person' || person.affiliation || !group || (group.kind !== 'group' && group.kind !== 'organization')) continue;
    if (officeBeforeName(words, lex, wordAt, ms[n].span[1], ms[n + 1].span[0])) person.affiliation = group.id;
  }
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
