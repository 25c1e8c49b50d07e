// A language check without a model: the share of English function words among a text's first words
// (language.data.ts). Parley's rules are English; a report in another language gets a warning, not a silent
// near-empty record labelled English.
import { ENGLISH_FUNCTION_WORDS, LANGUAGE_RULE } from './language.data.js';

const FUNCTION_WORDS = new Set(ENGLISH_FUNCTION_WORDS);
const WORD = /\p{L}+/gu;

export interface LanguageCheck { words: number; functionWords: number; english: boolean }

export function checkEnglish(text: string): LanguageCheck {
  let words = 0;
  let functionWords = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && words < LANGUAGE_RULE.maxWords; m = WORD.exec(text)) {
    words++;
    if (FUNCTION_WORDS.has(m[0].toLowerCase())) functionWords++;
  }
  const english = words < LANGUAGE_RULE.minWords || functionWords / words >= LANGUAGE_RULE.minShare;
  return { words, functionWords, english };
}

/** The warning for a text that does not look like English, or null. */
export function languageWarning(text: string): string | null {
  const c = checkEnglish(text);
  if (c.english) return null;
  const share = Math.round((100 * c.functionWords) / c.words);
  return `the text does not look like English (${share}% of its first ${c.words} words are English function words, ` +
    `English prose has about 40%); Parley reads English only, so little may be found [${LANGUAGE_RULE.id}]`;
}
