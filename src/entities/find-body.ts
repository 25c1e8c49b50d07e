// Named bodies the lexicon does not know: "the Security and Stability Apparatus", "the 51st Mountain Brigade",
// "the Peace and Reconciliation Commission" — a capitalised run after "the" whose last word is an organisation's or
// an armed group's head noun. The run may open with an ordinal, as military units do. A body named as someone's
// affiliation ("a spokesman for the Horn Policy Institute") is left alone: it is who the person speaks for, not a
// party of its own.
import type { Lexicon } from './lexicon.js';
import { countryIn } from './find-open.js';
import type { Candidate } from './table.js';
import { joins, longestMatch } from './trie.js';
import type { Word } from './words.js';

const MAX_BODY_WORDS = 8;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Prepositions that, after an office ("head of", "spokesman for"), make the body an affiliation. */
const AFFILIATION = new Set(['of', 'for', 'from', 'at', 'with']);

/** One past the last word of the capitalised run at `i` (name links allowed inside), ending on a head noun, or -1. */
function bodyEnd(words: Word[], i: number, lex: Lexicon): number {
  const o = lex.open;
  let end = -1;
  for (let k = i; k < words.length && k - i < MAX_BODY_WORDS; k++) {
    const w = words[k];
    if (k > i && (!joins(words, k) || w.sentence !== words[i].sentence)) break;
    if (w.shape === 'lower') {
      if (!o.nameLinks.has(w.key) || words[k + 1]?.shape === 'lower') break;
      continue;
    }
    if (w.shape === 'upper') return -1;
    if (o.groupHeads.has(w.key) || o.organizationHeads.has(w.key)) end = k + 1;
    if (o.placeHeads.has(w.key) || o.thingHeads.has(w.key)) return -1;
  }
  return end;
}

/** "spokesman for the", "head of the": the body at `the + 1` is someone's affiliation. */
function affiliation(words: Word[], the: number, lex: Lexicon): boolean {
  const prep = words[the - 1];
  if (!prep || !AFFILIATION.has(prep.key)) return false;
  for (let k = Math.max(0, the - 4); k < the - 1; k++) {
    const office = longestMatch(lex.offices, words, k, true);
    if (office && office.end === the - 1) return true;
  }
  return false;
}

export function findNamedBody(words: Word[], i: number, lex: Lexicon, headline: (i: number) => boolean): Candidate | null {
  const w = words[i], the = words[i - 1];
  if (the?.key !== 'the' || w.gap !== 'space' || (w.shape === 'lower' && !ORDINAL.test(w.key))) return null;
  const first = ORDINAL.test(w.key) ? i + 1 : i;
  if (first >= words.length || words[first].shape === 'lower') return null;
  const end = bodyEnd(words, first, lex);
  // One head noun alone ("the Council", "the Army") is a reference, not a name.
  if (end < 0 || end - i < 2 || headline(i) || affiliation(words, i - 1, lex)) return null;
  const kind = lex.open.groupHeads.has(words[end - 1].key) ? 'group' : 'organization';
  return {
    end, span: [w.start, words[end - 1].end], via: 'name', rule: kind === 'group' ? 'entity.group.named' : 'entity.org.named',
    unknown: { name: '', country: countryIn(words, i, end, lex), office: null, kind },
  };
}
