// Small display helpers shared by the views.
export const MODALITY_MARK: Record<string, string> = { asserted: '', future: 'planned', hypothetical: 'hypothetical', negated: 'denied' };

/** An outlet as a reader knows it: a host name, or a file's base name for local reports. */
export function outletName(outlet: string): string {
  const base = outlet.split(/[\\/]/).filter(Boolean).pop() ?? outlet;
  return outlet.includes('/') && !outlet.includes('.') ? outlet : base;
}

export const docHref = (report: string, event?: number) => `#/doc/${encodeURIComponent(report)}${event ? `?event=${event}` : ''}`;

/** A party only implied by the report's context, not stated with the event, is marked so a reader does not take it
 * for what the text says. */
export function eventTitle(e: { event: string; mode: string | null; actor: string[]; recipient: string[]; implied?: string[] }): string {
  const implied = new Set(e.implied ?? []);
  const list = (names: string[]) => names.map((n) => (implied.has(n) ? `${n} (implied)` : n)).join(', ');
  const who = e.recipient.length ? `${list(e.actor) || '?'} → ${list(e.recipient)}` : list(e.actor) || '?';
  return `${e.event}${e.mode ? ` (${e.mode})` : ''}: ${who}`;
}

/** An undated event's window as a reader scans it: "2025-08-15 – 08-30" (the repeated year, and month, left out). */
export function windowLabel(w: { from: string; to: string }): string {
  if (w.from === w.to) return w.from;
  const same = w.from.slice(0, 4) === w.to.slice(0, 4) ? (w.from.slice(0, 7) === w.to.slice(0, 7) ? 8 : 5) : 0;
  return `${w.from} – ${w.to.slice(same)}`;
}
