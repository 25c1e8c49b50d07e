// Views whose code is big (the map's outlines and projection) are loaded when first shown, not with the dashboard:
// every other page would otherwise wait on parsing and running code it never uses before its first paint.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyView<P> = ComponentType<P> & { /** Loads the code now, without showing it. */ preload(): void };

/**
 * A component that loads `load()` once (shared by every use) and renders it; "Loading…" until then. `early(props)`
 * starts what the view will fetch while its code still loads (see prefetch), so the two do not wait on each other.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, early?: (props: P) => void): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () => (pending ??= load().then((c) => (loaded = c), (e) => { pending = null; throw e; }));
  function Lazy(props: P) {
    // Started while rendering, not in an effect after the first paint: the code and the data are on their way sooner.
    if (!loaded) { early?.(props); start().catch(() => {}); }
    const [failed, setFailed] = useState<string | null>(null);
    const [, setReady] = useState(!!loaded);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(() => { if (live) setReady(true); }, (e) => { if (live) setFailed(String(e?.message ?? e)); });
      return () => { live = false; };
    }, []);
    if (failed) return <p class="error">Could not load this page: {failed}</p>;
    const View = loaded;
    return View ? <View {...props} /> : <p class="loading">Loading…</p>;
  }
  return Object.assign(Lazy, { preload: () => { start().catch(() => {}); } });
}
