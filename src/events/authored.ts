// "Hamas issued a statement calling for calm", "the rebels released a letter urging talks": a participle right after
// a text its author is said to issue is the author's act, told through the text. (What a plan or a deal "calls for"
// is its content: ./senses-speech.ts reads that apart.)
import speakerTitles from '../../data/speaker-titles.json' with { type: 'json' };
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';

/** Nouns for a text that speaks for its author: one list, shared with the quote finder. */
const DOCUMENT_NOUNS = new Set(speakerTitles.documents.filter((d) => !d.includes(' ')));

/** `v` is a bare -ing participle right after its subject, a document noun naming no party that an earlier verb of the
 * sentence takes as its object ("read a statement calling on"). */
export function authoredParticiple(x: SentenceSyntax, v: VerbGroup): boolean {
  if (v.subject === null || v.start !== v.head || !x.tokens[v.head].lower.endsWith('ing')) return false;
  const c = x.chunks[v.subject];
  if (c.end !== v.start || c.entities.length > 0 || !DOCUMENT_NOUNS.has(x.tokens[c.head].lower)) return false;
  return x.verbs.some((g) => g.index < v.index && g.object === v.subject);
}
