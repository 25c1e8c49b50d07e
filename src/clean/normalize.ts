// Character-level normalisation that never changes what the text says: BOM, line ends, no-break and zero-width spaces.
const BOM = /^\uFEFF/;
const CRLF = /\r\n?/g;
const NBSP = /[\u00A0\u202F\u2007]/g;
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;

export function normalizeChars(text: string): string {
  return text.replace(BOM, '').replace(CRLF, '\n').replace(NBSP, ' ').replace(ZERO_WIDTH, '');
}
