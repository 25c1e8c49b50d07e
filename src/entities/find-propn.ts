// Unknown people: a run of 2-4 capitalised proper nouns (wink PROPN) with a person cue — a speech verb right after
// ("John Doe said"), "according to" before, or a known given name first. Conservative on purpose: a wrong person
// becomes a wrong speaker or actor downstream, a missed one only a gap.
import type { Lexicon } from './lexicon.js';
import { nameRun, plausibleUnknownName } from './find-titled.js';
import type { Candidate } from './table.js';
import { matchAt } from './trie.js';
import type { Word } from './words.js';

const SPEECH = new Set([
  'said', 'says', 'told', 'added', 'stated', 'noted', 'warned', 'wrote', 'explained', 'insisted', 'argued', 'claimed',
  'announced', 'tweeted', 'posted', 'replied', 'asked', 'urged', 'stressed', 'emphasized', 'emphasised', 'declared',
  'confirmed', 'denied', 'acknowledged', 'remarked', 'suggested', 'responded', 'continued', 'recalled', 'underlined',
]);

/** A line in Title Case (a headline): capitalisation there says nothing about names. */
export function isHeadline(words: Word[], sentenceStartIdx: number): boolean {
  let caps = 0, total = 0;
  const s = words[sentenceStartIdx].sentence;
  for (let j = sentenceStartIdx; j < words.length && words[j].sentence === s && total < 40; j++) {
    if (words[j].text.length <= 3) continue;
    total++;
    if (words[j].shape !== 'lower') caps++;
  }
  return total >= 3 && caps / total > 0.6;
}

export function findPropnRun(words: Word[], i: number, lex: Lexicon, headline: (i: number) => boolean): Candidate | null {
  const w = words[i];
  if (w.shape === 'lower' || w.pos !== 'PROPN' || lex.stopwords.has(w.key)) return null;
  let end = nameRun(words, i, lex);
  // Stop before any word that begins a lexicon name: the next scan step matches it properly.
  for (let s = i; s < end; s++) {
    const known = s > i ? matchAt(lex.names, words, s) : null;
    // A known surname after a given name ("Mohammed Al-Haddad") is another person's surname: keep it in the run.
    if (known && !known.values.every((h) => h.entry.kind === 'person' && h.short)) { end = s; break; }
    if (words[s].shape !== 'lower' && words[s].pos !== 'PROPN') { end = s; break; }
  }
  if (end - i < 2 || headline(i) || !plausibleUnknownName(words, i, end, lex)) return null;
  const after = words[end];
  const before1 = words[i - 1], before2 = words[i - 2];
  const speech = after && after.gap !== 'break' && SPEECH.has(after.key);
  const according = before1?.key === 'to' && before2?.key === 'according';
  const givenName = lex.firstNames.has(w.key);
  if (!speech && !according && !givenName) return null;
  if (w.sentenceStart && !speech && !givenName) return null;
  return {
    end, span: [w.start, words[end - 1].end], via: 'name', rule: 'entity.person.propn-run',
    unknown: { name: '', country: null, office: null },
  };
}
