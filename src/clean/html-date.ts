// The publication date a web page states about itself, in the order publishers and aggregators trust it: the Open
// Graph `article:published_time` meta tag (and its common aliases), a JSON-LD `datePublished`, then the first
// `<time datetime>`. The page's own date beats any date guessed from the article text.
import { Parser } from 'htmlparser2';
import { isRealDate } from './date-header.js';
import { PUBLISHED_META } from './html-date.data.js';

export interface HtmlDate { published: string; rule: string }

const META_NAMES = new Set(PUBLISHED_META);
const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ]|$)/;

function dayOf(value: string | undefined): string | null {
  const m = value ? ISO_DAY.exec(value) : null;
  return m && isRealDate(m[1]) ? m[1] : null;
}

/** `datePublished` anywhere in a JSON-LD block (an object, an array, or a `@graph`). */
function jsonLdPublished(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const stack: unknown[] = [data];
  for (let seen = 0; stack.length && seen < 500; seen++) {
    const node = stack.pop();
    if (Array.isArray(node)) { stack.push(...node); continue; }
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    const day = typeof record.datePublished === 'string' ? dayOf(record.datePublished) : null;
    if (day) return day;
    stack.push(...Object.values(record).filter((v) => v && typeof v === 'object'));
  }
  return null;
}

export function findHtmlDate(html: string): HtmlDate | null {
  let meta: string | null = null, jsonLd: string | null = null, time: string | null = null;
  let inJsonLd = false, script = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'meta' && !meta) {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        if (META_NAMES.has(key)) meta = dayOf(attrs.content);
      } else if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
        inJsonLd = true; script = '';
      } else if (name === 'time' && !time) {
        time = dayOf(attrs.datetime);
      }
    },
    ontext(data) { if (inJsonLd) script += data; },
    onclosetag(name) {
      if (name !== 'script' || !inJsonLd) return;
      inJsonLd = false;
      jsonLd ??= jsonLdPublished(script);
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  if (meta) return { published: meta, rule: 'published.html-meta' };
  if (jsonLd) return { published: jsonLd, rule: 'published.json-ld' };
  if (time) return { published: time, rule: 'published.html-time' };
  return null;
}
