// Talking to the JSON API: typed fetches, API errors as values the views can show, and a hook that reloads on change.
import { useEffect, useState } from 'preact/hooks';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, (body && typeof body.error === 'string') ? body.error : `HTTP ${res.status}`);
  return body as T;
}

// GETs in flight, by path: views drawn together that ask for the same thing (the header and the overview both read
// /api/meta) share one request. An entry lives only until its answer arrives, so a later ask reads afresh.
const inFlight = new Map<string, Promise<unknown>>();
// Asked for before the view that reads them exists (a lazily loaded view's data, while its code loads): kept until
// that view's first ask takes them.
const prefetched = new Map<string, Promise<unknown>>();

/** Starts `path` now; the first useApi of the same path gets this answer instead of asking again. */
export function prefetch(path: string): void {
  if (prefetched.has(path) || inFlight.has(path)) return;
  const p = api(path);
  p.catch(() => prefetched.delete(path));
  prefetched.set(path, p);
}

function sharedGet<T>(path: string): Promise<T> {
  const early = prefetched.get(path);
  if (early) { prefetched.delete(path); return early as Promise<T>; }
  let p = inFlight.get(path);
  if (!p) {
    p = api<T>(path).finally(() => inFlight.delete(path));
    inFlight.set(path, p);
  }
  return p as Promise<T>;
}

/** `path`: the request `data` answers (while a new one loads, the last answer stays shown). */
export interface Loaded<T> { data?: T; error?: ApiError; loading: boolean; path?: string }

/** Fetches `path` (null: nothing yet) and refetches when it changes; a stale answer never overwrites a newer one. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: !!path });
  useEffect(() => {
    if (!path) { setState({ loading: false }); return; }
    let live = true;
    setState((s) => ({ data: s.data, path: s.path, loading: true }));
    sharedGet<T>(path).then(
      (data) => { if (live) setState({ data, loading: false, path }); },
      (e) => { if (live) setState({ error: e instanceof ApiError ? e : new ApiError(0, String(e?.message ?? e)), loading: false }); },
    );
    return () => { live = false; };
  }, [path]);
  return state;
}

export const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

// The shapes the views use (a subset of what the API returns; see /api/openapi.json).
export interface EventSource { outlet: string; url: string | null; report: string; span: [number, number]; evidence: string }
export interface EventContext { before: string; lead: string; evidence: string; trail: string; after: string }
export interface EventView {
  id: number; event: string; mode: string | null; actor: string[]; recipient: string[]; date: string | null;
  where: string | null; modality: string; source_count: number; sources: (EventSource & { context?: EventContext | null })[];
  /** Parties only implied by context, not stated by any report. */
  implied?: string[];
  /** For an undated event: the days its reports allow. */
  window?: { from: string; to: string };
}
export interface ContactView { a: string; b: string; meetings: number; calls: number; first: string | null; last: string | null; planned: number[]; claims: string[] }
export interface QuoteView { id: number; speaker: string | null; text: string; outlet: string; report: string; date: string | null }
export interface ClaimView { id: number; kind: string; value: number; approx: boolean; about: string | null; speaker: string | null; outlet: string; report: string; date: string | null; evidence: string }
export interface DisputeView { kind: string; subject: string; values: { value: string | number; speaker: string | null; outlet: string; report: string; evidence: string }[] }
export interface SearchHit { kind: 'report' | 'quote'; id: number; doc_id: string; outlet: string; snippet: string }
export interface DocSpan { kind: 'event' | 'quote' | 'claim'; id: number; start: number; end: number; label: string; modality?: string }
export interface DocumentView { id: string; title: string | null; outlet: string; source: string | null; published: string | null; text: string; spans: DocSpan[] }
export interface Meta { writable: boolean; brief: boolean; counts: Record<string, number> }
