// The sentence syntax of a test text, with some of its words named as states (every occurrence is a mention), and
// readers for the chunks and verbs a test checks: shared by the syntax tests.
import type { EntityIndex, Mention } from '../../src/context.js';
import { analyze } from '../../src/nlp/wink.js';
import type { Entity } from '../../src/record.js';
import { buildSyntax, type SentenceSyntax } from '../../src/syntax/index.js';

/** An entity index naming each of `names` (a state) wherever it occurs in `text`. */
export function statesIndex(text: string, names: string[]): EntityIndex {
  const entities: Entity[] = names.map((n) => ({ id: n, name: n, kind: 'state', country: null, office: null, mentions: [], rule: 'test' }));
  const mentions: Mention[] = [];
  for (const n of names) for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) mentions.push({ entity: n, span: [at, at + n.length], via: 'name' });
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  return {
    entities, mentions, byId: (id) => entities.find((e) => e.id === id),
    mentionsIn: (s, e) => mentions.filter((m) => m.span[0] >= s && m.span[1] <= e), mentionAt: () => undefined, lastPersonBefore: () => undefined,
  };
}

/** The syntax of the text's first sentence. */
export function syntax(text: string, names: string[] = []): SentenceSyntax {
  return buildSyntax(analyze(text).sentences[0], names.length ? statesIndex(text, names) : null);
}
export const chunkText = (x: SentenceSyntax, c: number | null) => (c === null ? null : x.tokens.slice(x.chunks[c].start, x.chunks[c].end).map((t) => t.text).join(' '));
export const verb = (x: SentenceSyntax, word: string) => x.verbs.find((v) => x.tokens[v.head].lower === word)!;

/** The syntax of `sentence` and the token range [from, to) of `trigger` in it: what a cue reader takes. */
export function triggerIn(sentence: string, trigger: string): { x: SentenceSyntax; from: number; to: number } {
  const x = buildSyntax(analyze(sentence).sentences[0], null);
  const a = sentence.indexOf(trigger), b = a + trigger.length;
  const from = x.tokens.findIndex((t) => t.end > a);
  let to = from;
  while (to < x.tokens.length && x.tokens[to].start < b) to++;
  return { x, from, to };
}
