// A light sentence splitter for stored report texts: the brief reads sentences of many reports and only needs
// their bounds, not tokens, so it does not run the NLP model again.
export interface SentenceSpan { start: number; end: number }

// A sentence ends at . ! ? (with closing quotes/brackets) before whitespace and an upper-case letter, digit or
// opening quote, or at a line break. Abbreviations before a capital ("Mr. Putin", "U.S. President") do not end one.
const BOUNDARY = /([.!?]["'”’)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\d])|\n+/gu;
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Prof|St|Jr|Sr|No|Vol|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z](?:\.[A-Z])*)\.$/;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (m[1] && ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** The sentence containing offset `at` (binary search), or undefined between sentences. */
export function sentenceAt(sentences: SentenceSpan[], at: number): SentenceSpan | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
