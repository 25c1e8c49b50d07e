// HTML element names, as data: a `<name` in plain text is treated as markup only when `name` is one of these, so
// "x <y" or "<3" in prose is left alone.
export const HTML_TAG_NAMES: readonly string[] = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'blockquote', 'body', 'br', 'button', 'caption', 'center',
  'cite', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'label',
  'li', 'link', 'main', 'mark', 'meta', 'nav', 'noscript', 'ol', 'p', 'picture', 'pre', 'q', 's', 'script', 'section',
  'small', 'source', 'span', 'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template',
  'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'u', 'ul', 'video', 'wbr',
];

/** Elements that end a paragraph: their open/close becomes a paragraph break in the text. */
export const BLOCK_TAGS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];

/** Elements whose content is never article text (code, navigation, page chrome, forms, captions/credits). */
export const DROPPED_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'select',
  'figcaption', 'head',
];
