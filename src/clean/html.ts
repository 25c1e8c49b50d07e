// HTML → plain text. Block elements become paragraph breaks, page chrome (script, nav, footer ...) is dropped, entities
// are decoded by the parser. Full pages with navigation clutter first go through Readability to find the article.
import { Parser } from 'htmlparser2';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BLOCK_TAGS, DROPPED_TAGS } from './tags.data.js';
import { dropBrokenTags } from './tags.js';

const BLOCK = new Set(BLOCK_TAGS);
const DROPPED = new Set(DROPPED_TAGS);
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const BLOCK_TAG_RE = /<\/?(?:p|div|br|li|h[1-6]|table|tr|td|article|section)\b[^<>]*>/gi;
const FULL_PAGE_RE = /<(?:html|body)[\s>]/i;
const LINK_RE = /<a\s/gi;
/**
 * A full page with this many links has clutter around the article worth Readability's time (~5 ms a page). Pages with
 * fewer keep their chrome in <nav>/<footer>/<aside>, which the converter drops anyway.
 */
const CLUTTERED_LINKS = 25;
/** Readability's answer is used only when it kept at least this many characters of text. */
const MIN_ARTICLE_CHARS = 200;

export interface HtmlText { text: string; title: string | null }

/** True when a text not labelled as HTML is still markup: a document start, or several block tags. */
export function looksLikeHtml(text: string): boolean {
  if (LOOKS_LIKE_HTML.test(text)) return true;
  let n = 0;
  BLOCK_TAG_RE.lastIndex = 0;
  while (BLOCK_TAG_RE.exec(text) && ++n < 3);
  return n >= 3;
}

export function htmlToText(html: string): HtmlText {
  const safe = dropBrokenTags(html);
  if (isClutteredPage(safe)) {
    const article = readArticle(safe);
    if (article) return article;
  }
  return convert(safe);
}

function isClutteredPage(html: string): boolean {
  if (!FULL_PAGE_RE.test(html)) return false;
  return (html.match(LINK_RE)?.length ?? 0) >= CLUTTERED_LINKS;
}

function readArticle(html: string): HtmlText | null {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    if (!article?.content) return null;
    const body = convert(article.content);
    if (body.text.length < MIN_ARTICLE_CHARS) return null;
    return { text: body.text, title: article.title?.trim() || convert(html).title };
  } catch {
    return null; // Readability is a refinement; the plain conversion below always works.
  }
}

function convert(html: string): HtmlText {
  const out: string[] = [];
  let dropDepth = 0;
  let pre = 0;
  let inTitle = false;
  let title = '';
  let h1: string | null = null;
  let h1Depth = 0;
  let h1Text = '';
  const breakLine = (n: number) => out.push(n === 2 ? '\n\n' : '\n');
  const parser = new Parser({
    onopentag(name) {
      if (name === 'title') inTitle = true;
      if (DROPPED.has(name)) { dropDepth++; return; }
      if (name === 'pre') pre++;
      if (name === 'h1' && h1 === null) h1Depth++;
      if (name === 'br') breakLine(1);
      else if (BLOCK.has(name)) breakLine(2);
    },
    ontext(data) {
      if (inTitle) { title += data; return; }
      if (dropDepth) return;
      if (h1Depth) h1Text += data;
      out.push(pre ? data : data.replace(/\s+/g, ' '));
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      if (DROPPED.has(name)) { dropDepth = Math.max(0, dropDepth - 1); return; }
      if (name === 'pre') pre = Math.max(0, pre - 1);
      if (name === 'h1' && h1Depth) { h1Depth = 0; h1 = h1Text.replace(/\s+/g, ' ').trim() || null; }
      if (BLOCK.has(name)) breakLine(2);
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  const text = out.join('')
    .split('\n').map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '')).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title: title.replace(/\s+/g, ' ').trim() || h1 };
}
