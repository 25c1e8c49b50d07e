// The brief's JSON as the dashboard reads it (docs/brief-json.md; a subset), and what the views derive from it.
export interface Side { key: string; name: string }
export interface Evidence { outlet: string; report: string; date: string | null; quote: string; span: [number, number] }
export interface ContactLine { between: [string, string]; date: string | null; mode: string | null; who: string[]; evidence: Evidence[] }
export interface TimelineEntry { id: number; date: string | null; event: string; mode: string | null; modality: string; mark: string; actor: string[]; recipient: string[]; place: string | null; sources: number; evidence: Evidence[] }
export interface Brief {
  process: { id: string; name: string; parties: Side[]; mediators: Side[]; origin: string; score: number };
  status: {
    asOf: string | null; lastLeaderContact: ContactLine | null; lastDirectContact: ContactLine | null; daysSinceDirectContact: number | null;
    currentPlan: { points: number; date: string | null; evidence: Evidence[] } | null;
    noContactSince: { since: string; who: string[]; evidence: Evidence[] }[];
    agreementClaims: { percent: number; speaker: string | null; date: string | null; evidence: Evidence[] }[];
  };
  contacts: { matrix: { a: string; b: string; count: number; modes: Record<string, number>; last: string | null; evidence: Evidence[] }[]; notHappened: { who: string[]; modality: string; mode: string | null; date: string | null; evidence: Evidence[] }[] };
  timeline: TimelineEntry[];
  plan: {
    versions: { points: number; first: string | null; last: string | null; reports: number; evidence: Evidence[] }[];
    issues: { issue: string; status: string; mentions: number; cues: { status: string; cue: string; evidence: Evidence }[]; evidence?: Evidence }[];
    stickingPoints: string[];
    points: { id: string; text: string; label: string; evidence: Evidence[] }[];
    pointsAgreedPercent: number | null;
  };
  positions: { party: string; issues: { issue: string; acts: { act: string; modality: string; date: string | null; evidence: Evidence[] }[]; quotes: { speaker: string; evidence: Evidence }[] }[] }[];
  disputes: { kind: string; subject: string; values: { value: string | number; speaker: string | null; evidence: Evidence }[] }[];
  sourcing: { reports: number; outlets: { outlet: string; reports: number }[]; quotes: number; anonymousQuotes: number; anonymousShare: number | null };
}

/** The next planned event: the earliest future one dated on or after the brief's "as of" date. */
export function nextScheduled(b: Brief): TimelineEntry | null {
  const from = b.status.asOf ?? '';
  return b.timeline.filter((e) => e.modality === 'future' && e.date && e.date >= from).sort((x, y) => x.date!.localeCompare(y.date!))[0] ?? null;
}

export const contactText = (c: ContactLine | null) => (c ? `${c.date ?? 'undated'}${c.mode ? ` (${c.mode})` : ''}: ${c.who.join(', ') || c.between.join(' – ')}` : 'none reported');
