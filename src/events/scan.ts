// Headlines: a title line restates the report's events in telegraphic words; the body tells them again.

/** A line of its own, without final punctuation, most of whose words are capitalised. */
export function isHeadline(text: string, start: number, end: number, sentence: string): boolean {
  const ownLine = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
  if (!ownLine || /[.!?…"”]$/.test(sentence)) return false;
  const words = sentence.split(/\s+/).filter((x) => /^[A-Za-z]/.test(x));
  const caps = words.filter((x) => /^[A-Z]/.test(x)).length;
  if (words.length >= 4 && caps / words.length >= 0.6) return true;
  // A sentence-case title ("Israeli strikes kill three in south Lebanon") is the report's first line, set apart by a
  // blank line: the body tells its events again, with their dates.
  return words.length >= 4 && text.slice(0, start).trim() === '' && /^\n\s*\n/.test(text.slice(end, end + 4));
}
