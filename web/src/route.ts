// The URL is the view: a hash path plus query parameters. Filters are links, so a copied URL reproduces the view and
// back/forward walk through the filters the reader chose.
import { useEffect, useState } from 'preact/hooks';

export interface Route { path: string[]; params: URLSearchParams }

export function parseHash(hash = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const at = raw.indexOf('?');
  const [path, q] = at < 0 ? [raw, ''] : [raw.slice(0, at), raw.slice(at + 1)];
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(parseHash);
  useEffect(() => {
    const on = () => setRoute(parseHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** The filter keys every event list understands, in the order they appear in a URL. */
export const FILTER_KEYS = ['process', 'since', 'until', 'actor', 'event', 'modality', 'min_sources', 'place'] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function filtersOf(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const k of FILTER_KEYS) { const v = params.get(k); if (v) out[k] = v; }
  return out;
}

/** A hash link: path segments and parameters (empty values dropped). */
export function href(path: string[], params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${s ? `?${s}` : ''}`;
}

/** The API query string for filters plus extra parameters. */
export function apiQuery(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
