// The search semantics every engine shares: user text to a list of terms that must all occur (AND).
/**
 * User text to an FTS5 query: every distinct space-separated term must occur, a hyphenated one ("Mar-a-Lago") as a phrase;
 * FTS operators and quotes in the input are taken literally.
 */
export function ftsQuery(text: string): string {
  return searchTerms(text).map((p) => `"${p}"`).join(' ');
}

/** The distinct terms of a search, each as its words joined by one space (a hyphenated term is a phrase). */
export function searchTerms(text: string): string[] {
  // A repeated term adds nothing to an AND query but multiplies its cost: each is kept once.
  return [...new Set(text.split(/\s+/).map((t) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')).filter(Boolean))];
}

/** Distinct terms in a search text, as ftsQuery counts them (callers bound how many a query may have). */
export function ftsTermCount(text: string): number {
  return ftsQuery(text) ? ftsQuery(text).split('" "').length : 0;
}
