// Markup left in plain text: complete tags (`<p>`, `</div>`, `<br/>`) and broken ones (`<p“The` — a tag name glued to
// text). Both are removed without losing a character of the text around them; a block tag leaves a paragraph break.
import { BLOCK_TAGS, HTML_TAG_NAMES } from './tags.data.js';

const NAMES = HTML_TAG_NAMES.join('|');
const BLOCK = new Set(BLOCK_TAGS);
// `<name` followed by something that cannot continue a tag (a letter, digit, space, `/`, `>` or `-` could): every HTML
// parser would swallow the text after it as attributes, so it must go before any parsing.
const BROKEN_TAG = new RegExp(`<(?:${NAMES})(?=[^a-zA-Z0-9\\s/>\\-:=])`, 'gi');
const COMPLETE_TAG = new RegExp(`<(/?)(${NAMES})(?:\\s[^<>]*)?/?>`, 'gi');

/** Removes `<name` fragments that are not followed by a valid tag character. */
export function dropBrokenTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(BROKEN_TAG, '');
}

/** Removes complete tags of known HTML elements from plain text; block tags leave a paragraph break. */
export function dropCompleteTags(text: string): string {
  if (!text.includes('<')) return text;
  const out = text.replace(COMPLETE_TAG, (_m, _slash: string, name: string) => {
    const lower = name.toLowerCase();
    return lower === 'br' ? '\n' : BLOCK.has(lower) ? '\n\n' : '';
  });
  return out === text ? text : out.replace(/[ \t]*\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n');
}
