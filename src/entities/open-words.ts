// The word classes of data/open-entities.json, compiled once: single words as key sets, phrases as word tries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPhrase, newTrie, type TrieNode } from './trie.js';
import { wordKey } from './words.js';

export interface OpenWords {
  groupHeads: Set<string>;
  placeHeads: Set<string>;
  thingHeads: Set<string>;
  organizationHeads: Set<string>;
  bodyHeads: Set<string>;
  nameLinks: Set<string>;
  groupCues: Set<string>;
  groupNouns: Set<string>;
  groupReferences: TrieNode<string>;
  juntaNouns: TrieNode<string>;
  governmentReferences: TrieNode<string>;
  forcesReferences: TrieNode<string>;
  placePrefixes: Set<string>;
  placeSuffixes: Set<string>;
  borderNouns: TrieNode<string>;
  borderLinks: Set<string>;
  borderOwners: Set<string>;
  brokerSuffixes: Set<string>;
  proxyNouns: TrieNode<string>;
  communityNouns: TrieNode<string>;
  forceNouns: Set<string>;
}

type Lists = Record<string, { reason: string; words: string[] }>;

export function loadOpenWords(dataDir: string): OpenWords {
  const path = join(dataDir, 'open-entities.json');
  const lists = JSON.parse(readFileSync(path, 'utf8')) as Lists;
  const words = (k: string) => {
    const l = lists[k];
    if (!l || !Array.isArray(l.words)) throw new Error(`entity lexicon: ${path} has no "${k}" list`);
    return l.words;
  };
  const set = (k: string) => new Set(words(k).map(wordKey));
  const trie = (k: string) => {
    const t = newTrie<string>();
    for (const w of words(k)) addPhrase(t, w.toLowerCase(), w.toLowerCase());
    return t;
  };
  return {
    groupHeads: set('group_heads'), placeHeads: set('place_heads'), thingHeads: set('thing_heads'), organizationHeads: set('organization_heads'), bodyHeads: set('body_heads'),
    nameLinks: set('name_links'), groupCues: set('group_cues'), groupNouns: set('group_nouns'),
    groupReferences: trie('group_references'), juntaNouns: trie('junta_nouns'), governmentReferences: trie('government_references'),
    forcesReferences: trie('forces_references'),
    placePrefixes: set('place_prefixes'), placeSuffixes: set('place_suffixes'),
    borderNouns: trie('border_nouns'), borderLinks: set('border_links'), borderOwners: set('border_owners'), brokerSuffixes: set('broker_suffixes'),
    proxyNouns: trie('proxy_nouns'), communityNouns: trie('community_nouns'), forceNouns: set('force_nouns'),
  };
}
