// Day arithmetic on the store's partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD). A date is parsed once and kept: a
// brief compares the same few hundred dates many times.
const parsed = new Map<string, number>();

/** Milliseconds of a partial date's first day (UTC). */
export function dayMs(d: string): number {
  let ms = parsed.get(d);
  if (ms === undefined) {
    ms = Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10)}T00:00:00Z`);
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(d, ms);
  }
  return ms;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / 86_400_000);
}
