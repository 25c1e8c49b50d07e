// Sentence bounds of report paragraphs, kept: a page of disputes or quotes shows each side in its sentence, and the
// splitter (the NLP pipeline over the whole paragraph) is most of what such a page costs the server. Wire copies and
// follow-ups repeat paragraphs word for word, and the next page, a repeat visit or another process's page asks for
// the same ones again.
import { analyze } from '../index.js';
import type { SentenceSplitter } from './document.js';

/** Paragraphs whose bounds are kept (most recently used); a paragraph is a few hundred characters. */
const KEPT = 20_000;

/** A splitter that answers a paragraph it has split before from memory, keyed by the paragraph's text. */
export function keptSentences(split: SentenceSplitter = (p) => analyze(p).sentences, kept = KEPT): SentenceSplitter {
  const bounds = new Map<string, { start: number; end: number }[]>();
  return (paragraph) => {
    let b = bounds.get(paragraph);
    if (b) bounds.delete(paragraph);
    else b = split(paragraph).map(({ start, end }) => ({ start, end }));
    bounds.set(paragraph, b);
    if (bounds.size > kept) bounds.delete(bounds.keys().next().value!);
    return b;
  };
}
