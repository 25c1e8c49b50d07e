// Cuts a text into runs that are covered by the same set of spans, so overlapping highlights render as plain nested
// text runs (never as HTML built from strings).
export interface Span { start: number; end: number }
export interface Segment<S extends Span> { start: number; end: number; spans: S[] }

export function segments<S extends Span>(length: number, spans: S[]): Segment<S>[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    if (s.start < s.end && s.start >= 0 && s.end <= length) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({ start: a, end: b, spans: spans.filter((s) => s.start <= a && b <= s.end && s.start < s.end) });
  }
  return out;
}
