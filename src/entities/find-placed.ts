// "Rebels in Mali", "opposition groups in Zimbabwe", "armed militias in the Sahel state of Niger": a non-state party
// placed in a state by "in" is an armed group or opposition of that state's country — not the state itself, whose name
// here only says where the group is.
import type { Lexicon } from './lexicon.js';
import type { Candidate } from './table.js';
import { longestMatch, matchAt } from './trie.js';
import type { Word } from './words.js';

/** The group noun at words[j] ("rebels", "militias"; "groups" after a cue), as the index one past it. */
function groupNounEnd(words: Word[], j: number, cued: boolean, lex: Lexicon): number | null {
  const proxy = longestMatch(lex.open.proxyNouns, words, j, true);
  if (proxy) return proxy.end;
  // Only after a cue; the singular is cut only then (this runs at every word).
  if (!cued) return null;
  const key = words[j]?.key ?? '';
  return lex.open.groupNouns.has(key) || (key.endsWith('s') && lex.open.groupNouns.has(key.slice(0, -1))) ? j + 1 : null;
}

export function findPlacedGroup(words: Word[], i: number, lex: Lexicon): Candidate | null {
  let j = i;
  while (j < words.length && j - i < 2 && lex.open.groupCues.has(words[j].key)) j++;
  if (j >= words.length) return null;
  const nounEnd = groupNounEnd(words, j, j > i, lex);
  if (nounEnd === null) return null;
  let k = nounEnd;
  if (words[k]?.key !== 'in' || words[k].sentence !== words[i].sentence || words[k].mark) return null;
  k++;
  if (words[k]?.key === 'the') k++;
  const m = k < words.length ? matchAt(lex.names, words, k) : null;
  const state = m?.values.find((h) => h.entry.kind === 'state' && h.via === 'name');
  if (!m || !state || words[k].sentence !== words[i].sentence) return null;
  const span: [number, number] = [words[i].start, words[m.end - 1].end];
  return { end: m.end, span, via: 'name', rule: 'entity.group.placed', unknown: { name: '', country: state.entry.country, office: null, kind: 'group' } };
}
