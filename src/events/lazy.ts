// A candidate's costly fields (its date, its place) filled in only when the candidate survives: about a quarter of a
// sentence's candidates are removed by the stop frames and the overlap policy, which read neither.
// (Lazy getters would do the same, but defining accessors made every candidate a slow dictionary-mode object.)

const pending = new WeakMap<object, (obj: object) => void>();

/** Records how to fill `obj`'s deferred fields; `fill` must depend only on what it captured when deferred. */
export function defer<T extends object>(obj: T, fill: (obj: T) => void): void {
  pending.set(obj, fill as (obj: object) => void);
}

/** Fills `obj`'s deferred fields, once; a no-op for an object with none left. */
export function settle(obj: object): void {
  const fill = pending.get(obj);
  if (!fill) return;
  pending.delete(obj);
  fill(obj);
}
