// Loading and error states, the same everywhere.
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api';

export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error) return <p class="error">Could not load: {state.error.message}</p>;
  if (state.data === undefined) return <p class="loading">Loading…</p>;
  return <>{children(state.data)}</>;
}
