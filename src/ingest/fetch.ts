// Polite, bounded fetching for feeds and the pages they link: a timeout, a size cap, an identifying user agent, and
// an error that names the URL and says what went wrong.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
}
export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

export async function fetchText(url: string, opts: FetchOptions = DEFAULT_FETCH): Promise<string> {
  const doFetch = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(url, {
      signal: AbortSignal.timeout(opts.timeoutMs), redirect: 'follow',
      headers: { 'user-agent': 'parley/0.1 (+news-report ingest)', accept: 'application/rss+xml, application/atom+xml, text/html, */*;q=0.5' },
    });
  } catch (e) {
    const err = e as Error;
    throw new Error(err.name === 'TimeoutError' ? `no answer within ${opts.timeoutMs} ms` : `could not fetch (${err.message})`);
  }
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > opts.maxBytes) throw new Error(`larger than ${opts.maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.byteLength;
      if (size > opts.maxBytes) throw new Error(`larger than ${opts.maxBytes} bytes`);
      chunks.push(chunk);
    }
  } catch (e) {
    await res.body?.cancel().catch(() => {});
    const err = e as Error;
    throw new Error(err.name === 'TimeoutError' ? `no answer within ${opts.timeoutMs} ms` : err.message);
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
