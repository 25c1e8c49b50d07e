// Polite, bounded fetching for feeds and the pages they link: http(s) only, no private addresses (hosts.ts), one
// deadline, a size cap, an identifying user agent, and an error that says what went wrong.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ForbiddenHost, guardedLookup, literalRefusal, type AddressPolicy } from './hosts.js';

export interface FetchOptions {
  /** The whole fetch, every redirect hop and the body included. */
  timeoutMs: number;
  /** Body bytes after decompression. */
  maxBytes: number;
  /** Fetch from loopback, private, link-local and metadata addresses too (`--allow-private-hosts`). */
  allowPrivateHosts?: boolean;
  /** Redirects followed at most. */
  maxRedirects?: number;
  /** Which addresses are refused and why (default: hosts.ts forbiddenAddress); tests pass their own. */
  addressPolicy?: AddressPolicy;
}
export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, allowPrivateHosts: false, maxRedirects: 5 };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  'user-agent': 'parley/0.1 (+news-report ingest)', 'accept-encoding': 'gzip, deflate, br',
  accept: 'application/rss+xml, application/atom+xml, text/html, */*;q=0.5',
};

/**
 * The body of an http(s) URL as text. Only http and https; every hop of a redirect is checked like the first (scheme,
 * address: see hosts.ts); one deadline covers the whole fetch; the body is capped after decompression.
 */
export async function fetchText(url: string, opts: FetchOptions = DEFAULT_FETCH): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let at = url;
    for (let hop = 0; ; hop++) {
      const res = await request(at, opts, controller.signal);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location) {
        res.resume();
        if (hop >= (opts.maxRedirects ?? 5)) throw new Error(`more than ${opts.maxRedirects ?? 5} redirects`);
        at = new URL(location, at).toString();
        continue;
      }
      if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) > 299) { res.resume(); throw new Error(`HTTP ${res.statusCode}`); }
      return await readBody(res, opts);
    }
  } catch (e) {
    if (controller.signal.aborted) throw new Error(`no answer within ${opts.timeoutMs} ms`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function request(url: string, opts: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new Error(`not a URL: ${url.slice(0, 200)}`));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return Promise.reject(new Error(`refused: ${parsed.protocol.replace(/:$/, '')} URL ${url.slice(0, 200)} (only http and https are fetched)`));
  }
  const literal = literalRefusal(parsed.hostname, !!opts.allowPrivateHosts, opts.addressPolicy);
  if (literal) return Promise.reject(new Error(`${literal} (${url.slice(0, 200)})`));
  const get = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = get(parsed, { method: 'GET', headers: HEADERS, signal, lookup: guardedLookup(!!opts.allowPrivateHosts, opts.addressPolicy) as never }, resolve);
    req.on('error', (e: Error) => {
      if (e instanceof ForbiddenHost) reject(new Error(`${e.message} (${url.slice(0, 200)})`));
      else if (signal.aborted) reject(e);
      else reject(new Error(`could not fetch (${(e as NodeJS.ErrnoException).code ?? e.message})`));
    });
    req.end();
  });
}

async function readBody(res: IncomingMessage, opts: FetchOptions): Promise<string> {
  const declared = Number(res.headers['content-length'] ?? 0);
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (!encoding && declared > opts.maxBytes) { res.resume(); throw new Error(`larger than ${opts.maxBytes} bytes`); }
  const body: NodeJS.ReadableStream = encoding === 'gzip' || encoding === 'x-gzip' ? res.pipe(createGunzip())
    : encoding === 'deflate' ? res.pipe(createInflate()) : encoding === 'br' ? res.pipe(createBrotliDecompress()) : res;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > opts.maxBytes) throw new Error(`larger than ${opts.maxBytes} bytes`);
      chunks.push(chunk);
    }
  } finally {
    res.destroy();
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

const BLOCK_END = /<\/(p|div|h[1-6]|li|blockquote|section|article|tr)\s*>|<br\s*\/?>/gi;

/** Plain text of an HTML fragment, one paragraph per line. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_END, (m) => m + '\n')}</body></html>`);
  return (document.body?.textContent ?? '').split('\n').map((l: string) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** The article of a web page (Readability), as plain text, with its title; null when no article is found. */
export function articleText(html: string): { title: string | null; text: string } | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return null;
  const text = htmlToText(article.content);
  return text ? { title: article.title ?? null, text } : null;
}
