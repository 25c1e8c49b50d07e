// A word trie for multi-word names ("Joint Base Elmendorf-Richardson", "von der Leyen"): one Map step per word,
// so matching at a position costs the length of the longest name, not the size of the lexicon.
import { wordKey, shapeOf, type Shape, type Word } from './words.js';

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: { value: T; shapes: Shape[] }[];
}

export function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

const PHRASE_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{Nd}]+/gu;

/** Split a data phrase the same way the text is split. */
export function phraseWords(phrase: string): string[] {
  return phrase.match(PHRASE_RE) ?? [];
}

/**
 * Add a phrase. Each word keeps its written shape as a case rule: a capitalised data word only matches a
 * capitalised text word, an all-caps one ("US") only an all-caps one; a lowercase data word ("a" in Mar-a-Lago,
 * "the" in "the Kremlin") matches any case. Returns false when the phrase has no words.
 */
export function addPhrase<T>(root: TrieNode<T>, phrase: string, value: T): boolean {
  const parts = phraseWords(phrase);
  if (!parts.length) return false;
  let node = root;
  for (const p of parts) {
    const k = wordKey(p);
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = newTrie<T>()));
    node = child;
  }
  node.values.push({ value, shapes: parts.map(shapeOf) });
  return true;
}

function shapeFits(rule: Shape, actual: Shape): boolean {
  if (rule === 'lower') return true;
  if (rule === 'upper') return actual === 'upper';
  return actual !== 'lower';
}

/** Whether words[j] continues a name begun before it: across a space, hyphen or apostrophe, or the dot of an initial ("S. Jaishankar"). */
export function joins(words: Word[], j: number): boolean {
  const g = words[j].gap;
  return g === 'space' || g === 'hyphen' || g === 'apos' || (g === 'dot' && words[j - 1].text.length === 1);
}

export interface TrieMatch<T> {
  /** Index one past the last matched word. */
  end: number;
  values: T[];
}

/**
 * Longest phrase starting at words[i] whose words are joined by spaces, hyphens or apostrophes and whose case rules
 * hold. `ignoreCase` drops the case rules (office words: "envoy", "Envoy").
 */
export function longestMatch<T>(root: TrieNode<T>, words: Word[], i: number, ignoreCase = false): TrieMatch<T> | null {
  let node: TrieNode<T> | undefined = root;
  let best: TrieMatch<T> | null = null;
  for (let j = i; j < words.length; j++) {
    const w = words[j];
    if (j > i && !joins(words, j)) break;
    node = node.next.get(w.key);
    if (!node) break;
    if (node.values.length) {
      const fit = fittingValues(node.values, words, i, ignoreCase);
      if (fit) best = { end: j + 1, values: fit };
    }
  }
  return best;
}

/** The values whose case rules hold for the words from `i` (all when `ignoreCase`), or null: a plain loop, as this runs at every word. */
function fittingValues<T>(values: TrieNode<T>['values'], words: Word[], i: number, ignoreCase: boolean): T[] | null {
  let fit: T[] | null = null;
  for (const v of values) {
    if (!ignoreCase && !shapesFit(v.shapes, words, i)) continue;
    (fit ??= []).push(v.value);
  }
  return fit;
}

function shapesFit(shapes: Shape[], words: Word[], i: number): boolean {
  for (let k = 0; k < shapes.length; k++) if (!shapeFits(shapes[k], words[i + k].shape)) return false;
  return true;
}

const memo = new WeakMap<object, WeakMap<Word[], (TrieMatch<unknown> | null)[]>>();

// The (trie, document) pair asked about last and its cache: nearly every call repeats it, and two WeakMap look-ups
// per call cost more than the match they save.
let lastRoot: object | null = null;
let lastWords: Word[] | null = null;
let lastCache: (TrieMatch<unknown> | null)[] = [];

function cacheOf(root: object, words: Word[]): (TrieMatch<unknown> | null)[] {
  if (root === lastRoot && words === lastWords) return lastCache;
  let perTrie = memo.get(root);
  if (!perTrie) memo.set(root, (perTrie = new WeakMap()));
  let cache = perTrie.get(words);
  if (!cache) perTrie.set(words, (cache = new Array(words.length)));
  lastRoot = root;
  lastWords = words;
  lastCache = cache;
  return cache;
}

/** longestMatch of case-checked names, remembered per (trie, document): several finders ask about the same word. */
export function matchAt<T>(root: TrieNode<T>, words: Word[], i: number): TrieMatch<T> | null {
  const cache = cacheOf(root, words);
  let m = cache[i];
  if (m === undefined) cache[i] = m = longestMatch(root, words, i);
  return m as TrieMatch<T> | null;
}
