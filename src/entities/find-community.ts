// Armed men of a community the lexicon does not know: "Druze factions", "Bedouin tribes", "Alawite gunmen",
// "Fulani armed groups". A capitalised word (not a known name, not a group cue like "Islamist") before a noun for a
// community's armed men names a non-state party: the entity is the community's name, and its bare name and plural
// later ("the Bedouins") are mentions of it. A sentence's first word is capitalised whatever it is ("Regional groups
// urged…", "Rights groups said…"), so there the word counts as a name only when wink tags it a name or an adjective
// and the report also writes it capitalised inside a sentence.
import type { Lexicon } from './lexicon.js';
import type { Candidate } from './table.js';
import { longestMatch, matchAt } from './trie.js';
import type { Word } from './words.js';

export function findCommunityGroup(words: Word[], i: number, lex: Lexicon, headline: (i: number) => boolean): Candidate | null {
  const w = words[i], o = lex.open;
  if (w.shape !== 'cap' || w.quoted || lex.stopwords.has(w.key) || o.groupCues.has(w.key)) return null;
  if (w.sentenceStart && w.pos !== 'PROPN' && w.pos !== 'ADJ') return null;
  if (w.sentenceStart && !capitalisedInside(words, w.key)) return null;
  if (i + 1 >= words.length || words[i + 1].gap !== 'space' || matchAt(lex.names, words, i)) return null;
  const noun = longestMatch(o.communityNouns, words, i + 1, true);
  if (!noun || headline(i)) return null;
  const name = w.text;
  const aliases = /s$/i.test(name) ? [] : [`${name}s`];
  return {
    end: noun.end, span: [w.start, words[noun.end - 1].end], via: 'name', rule: 'entity.group.community',
    unknown: { name, country: null, office: null, kind: 'group', aliases },
  };
}

/** Whether the report writes this word capitalised somewhere other than at a sentence's start. */
function capitalisedInside(words: Word[], key: string): boolean {
  return words.some((other) => other.key === key && other.shape === 'cap' && !other.sentenceStart);
}
