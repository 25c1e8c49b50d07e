// Feeds: RSS 2.0 and Atom. Each item becomes a report (title, link, published date as metadata). The item's own
// content is used when it has the article; when it has only a summary, the linked page is fetched and its article
// text taken. When that page cannot be had, the item's own text is used after all, with a warning: a short report is
// better than none. An item with neither is reported by name and skipped.
import { DomUtils, getFeed, parseDocument } from 'htmlparser2';
import type { Report } from '../record.js';
import { isoDay } from '../merge/dates.js';
import { articleText, DEFAULT_FETCH, fetchText, htmlToText, type FetchOptions } from './fetch.js';
import type { ReadFailure } from './ingest.js';
import { readRegularFile } from '../read/file.js';

export interface FeedOptions extends FetchOptions {
  /** Item content shorter than this (in characters of text) is a summary: the linked page is fetched instead. */
  minArticleChars: number;
  /** Items read from one feed at most; the rest are named as skipped. */
  maxItems: number;
  /** The whole feed, every linked page included; items not reached by then are named as skipped. */
  deadlineMs: number;
}
export const DEFAULT_FEED: FeedOptions = { ...DEFAULT_FETCH, minArticleChars: 600, maxItems: 500, deadlineMs: 10 * 60_000 };

/** A report from a feed, with what went wrong on the way that did not stop it (e.g. the linked page was not fetched). */
export type FeedReport = Report & { warnings?: string[] };

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The feed's XML from a URL or a regular file, capped and within the deadline like any input. */
async function feedXml(where: string, opts: FetchOptions): Promise<string> {
  if (isUrl(where)) return fetchText(where, opts);
  const read = await readRegularFile(where, opts.maxBytes, opts.timeoutMs);
  if (!read.ok) throw new Error(read.reason);
  return new TextDecoder('utf-8').decode(read.bytes);
}

export async function* readFeed(where: string, opts: FeedOptions = DEFAULT_FEED): AsyncGenerator<FeedReport | ReadFailure> {
  const until = Date.now() + opts.deadlineMs;
  // Each fetch gets what is left of the feed's deadline, never more than its own timeout.
  const fetchOpts = (): FetchOptions => ({ ...opts, timeoutMs: Math.max(1, Math.min(opts.timeoutMs, until - Date.now())) });
  let xml: string;
  try {
    // A local file has its own read deadline; the feed's deadline is for what the network may take.
    xml = await feedXml(where, isUrl(where) ? fetchOpts() : opts);
  } catch (e) {
    yield { id: where, failed: `feed: ${(e as Error).message}` };
    return;
  }
  const dom = parseDocument(xml, { xmlMode: true });
  const feed = getFeed(dom.children);
  if (!feed) { yield { id: where, failed: 'feed: not an RSS 2.0 or Atom feed' }; return; }
  // The full content (RSS content:encoded, Atom content), which parseFeed does not give, read from the same items.
  const elements = DomUtils.getElementsByTagName((name) => name === 'item' || name === 'entry', dom.children, true);
  for (const [i, item] of feed.items.entries()) {
    if (i >= opts.maxItems) {
      yield { id: where, failed: `feed: ${feed.items.length - i} of ${feed.items.length} items skipped (at most ${opts.maxItems} per feed; raise with --max-items)` };
      return;
    }
    if (Date.now() >= until) {
      yield { id: where, failed: `feed: ${feed.items.length - i} of ${feed.items.length} items skipped (the feed's ${Math.round(opts.deadlineMs / 1000)} s deadline passed)` };
      return;
    }
    const id = item.id || item.link || `${where}#${i + 1}`;
    const el = elements[i];
    const full = el ? DomUtils.getElementsByTagName((n) => n === 'content:encoded' || n === 'content', el.children, false, 1)[0] : undefined;
    const html = full ? DomUtils.textContent(full) : item.description ?? '';
    let text = htmlToText(html);
    let title = item.title?.trim() || null;
    const warnings: string[] = [];
    if (text.length < opts.minArticleChars && item.link && isUrl(item.link)) {
      // The id is often the link itself; name the link only when it says something the id does not.
      const link = item.link === id ? 'the linked page' : item.link;
      try {
        const page = articleText(await fetchText(item.link, fetchOpts()));
        if (!page) throw new Error('no article text on the page');
        text = page.text;
        title ??= page.title;
      } catch (e) {
        const why = (e as Error).message;
        if (!text.trim()) { yield { id, failed: `${link}: ${why}; the item has no text of its own` }; continue; }
        warnings.push(`${link}: ${why}; using the feed item's own text (${text.length} characters)`);
      }
    }
    if (!text.trim()) { yield { id, failed: 'feed item has no text and no link' }; continue; }
    const report: FeedReport = { id, source: item.link ?? where, text, published: isoDay(item.pubDate), title };
    if (warnings.length) report.warnings = warnings;
    yield report;
  }
}
