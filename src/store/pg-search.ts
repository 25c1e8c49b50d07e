// Full-text search on PostgreSQL with the SQLite engine's semantics: text is cut into the tokens FTS5's unicode61
// tokenizer makes (runs of letters and digits, case and diacritics folded) before PostgreSQL's 'simple' parser sees
// it, and a query is the same AND of phrases that ftsQuery builds (every term must occur, "Mar-a-Lago" as a phrase).
import { searchTerms } from './fts.js';

/** Text as FTS5 tokens, space-separated: what the tsvector of a report or quote is built from. */
export function searchText(text: string): string {
  return (text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** A search as a tsquery expression over bound phrases ($first, $first+1, …), and those phrases; null when empty. */
export function tsQuery(query: string, first: number): { sql: string; args: string[] } | null {
  const phrases = searchTerms(query).map(searchText).filter(Boolean);
  if (!phrases.length) return null;
  return { sql: phrases.map((_, i) => `phraseto_tsquery('simple', $${first + i})`).join(' && '), args: phrases };
}
