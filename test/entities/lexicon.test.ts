import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/entities/index.js';
import type { TrieNode } from '../../src/entities/trie.js';

function values<T>(node: TrieNode<T>, out: T[] = []): T[] {
  for (const v of node.values) out.push(v.value);
  for (const child of node.next.values()) values(child, out);
  return out;
}

describe('entity lexicon', () => {
  // The finders read hits at every word: hits (and their entries) with one set of fields are one kind of object.
  it('writes every name hit and every entry with the same fields', () => {
    const hits = values(loadLexicon().names);
    expect(hits.length).toBeGreaterThan(1000);
    expect(new Set(hits.map((h) => Object.keys(h).join())).size).toBe(1);
    expect(new Set(hits.map((h) => Object.keys(h.entry).join())).size).toBe(1);
  });

  it('keeps the optional facts of a hit: a surname alone is short, a capital has its venue', () => {
    const hits = values(loadLexicon().names);
    expect(hits.some((h) => h.short === true && h.entry.kind === 'person')).toBe(true);
    expect(hits.some((h) => h.venue?.kind === 'place' && h.via === 'metonym')).toBe(true);
  });
});
