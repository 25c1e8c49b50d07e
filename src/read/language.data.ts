// The language check's data: English function words (one list, lower case) and how few of them a text may have
// before it is taken for another language. Function words are a third to a half of any English prose and rare in
// other languages, so their share tells English from not-English without a model.
export const LANGUAGE_RULE = {
  id: 'language.english-function-words',
  why: 'a text where almost no word is an English function word is not English, and Parley reads English only',
  /** Fewer words than this say too little (a headline, a list of names): no warning. */
  minWords: 30,
  /** Words looked at, from the start: enough to judge, bounded for a huge text. */
  maxWords: 2000,
  /** Below this share of function words the text is not English. English news prose sits near 0.4. */
  minShare: 0.12,
} as const;

export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'that', 'this', 'these',
  'those', 'for', 'on', 'with', 'as', 'by', 'at', 'it', 'its', 'from', 'he', 'she', 'his', 'her', 'him', 'they', 'them',
  'their', 'we', 'our', 'you', 'your', 'i', 'has', 'have', 'had', 'not', 'will', 'would', 'could', 'should', 'which',
  'who', 'whom', 'what', 'when', 'where', 'or', 'but', 'if', 'than', 'then', 'there', 'after', 'before', 'about', 'into',
  'over', 'also', 'said', 'says', 'more', 'no', 'do', 'does', 'did', 'can', 'may', 'all', 'any', 'some', 'such', 'so',
  'up', 'out', 'between', 'against', 'during', 'while', 'because', 'under', 'since', 'until', 'both', 'each', 'other',
];
