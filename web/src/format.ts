// Small display helpers shared by the views.
export const MODALITY_MARK: Record<string, string> = { asserted: '', future: 'planned', hypothetical: 'hypothetical', negated: 'denied' };

/** An outlet as a reader knows it: a host name, or a file's base name for local reports. */
export function outletName(outlet: string): string {
  const base = outlet.split(/[\\/]/).filter(Boolean).pop() ?? outlet;
  return outlet.includes('/') && !outlet.includes('.') ? outlet : base;
}

export const docHref = (report: string, event?: number) => `#/doc/${encodeURIComponent(report)}${event ? `?event=${event}` : ''}`;

export function eventTitle(e: { event: string; mode: string | null; actor: string[]; recipient: string[] }): string {
  const who = e.recipient.length ? `${e.actor.join(', ') || '?'} → ${e.recipient.join(', ')}` : e.actor.join(', ') || '?';
  return `${e.event}${e.mode ? ` (${e.mode})` : ''}: ${who}`;
}
