// Reading inputs into reports: files, directories, standard input and JSON Lines (see inputs.ts).
export { readInputs, STDIN } from './inputs.js';
export { decodeText } from './decode.js';
export { takeFrontMatter } from './front-matter.js';
export { readJsonl, parseLine } from './jsonl.js';
export { DEFAULT_MAX_BYTES, type ReadDeps, type ReadItem, type ReadOptions } from './types.js';
export { extractRead, NO_TEXT_AFTER_CLEANING, type ReadExtractOptions } from './extract-read.js';
export { checkEnglish, languageWarning } from './language.js';
export { explainRecord, type Explanation, type ExplainedSentence } from './explain.js';
export { isRealDate } from '../clean/date-header.js';
