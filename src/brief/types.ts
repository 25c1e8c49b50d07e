// The brief's documented JSON shape (docs/brief-json.md). Field names are stable: add fields, never rename or drop.

/** Where a line of the brief comes from: the outlet, the report's date and the quoted words with their span. */
export interface Evidence {
  outlet: string;
  report: string;
  date: string | null;
  quote: string;
  /** [start, end) into the stored report text. */
  span: [number, number];
}

/** A conflict party or mediator: a state (its people count for it), an armed group, or an organisation. */
export interface Side { key: string; name: string }

export interface ProcessPoint { id: string; text: string; keywords: string[] }
export interface Process {
  id: string;
  name: string;
  parties: Side[];
  mediators: Side[];
  aliases: string[];
  /** 'proposed' from stored events, 'configured' from parley.yml, 'adjusted' when parley.yml changed a proposal. */
  origin: 'proposed' | 'configured' | 'adjusted';
  /** How strongly the stored events point to this process (conflict + mediated contact); 0 when configured only. */
  score: number;
  plan: { name: string; points: ProcessPoint[] } | null;
  /** Leaders per side key, from data/people.json and parley.yml. */
  leaders: Record<string, string[]>;
}

export interface ContactLine {
  between: [string, string];
  date: string | null;
  mode: string | null;
  who: string[];
  evidence: Evidence[];
}

export interface BriefStatus {
  asOf: string | null;
  lastLeaderContact: ContactLine | null;
  leaderContactsWithMediators: ContactLine[];
  lastDirectContact: ContactLine | null;
  /** Claims that the parties have not been in contact since an open date ("not talked since July 2020"). */
  noContactSince: { since: string; who: string[]; evidence: Evidence[] }[];
  daysSinceDirectContact: number | null;
  currentPlan: {
    points: number; date: string | null; evidence: Evidence[]; rule: string;
    /** Other sizes reported in the same days, by fewer reports (or later on a tie). */
    differing: { points: number; reports: number; evidence: Evidence[] }[];
  } | null;
  /** "% agreed" claims, those about the plan first; `about` names what the figure is about. */
  agreementClaims: { percent: number; about: string; speaker: string | null; date: string | null; evidence: Evidence[] }[];
}

/** A contact line: between two sides (a person counting for their side), or between two people. */
export interface ContactCell { a: string; b: string; kind: 'sides' | 'people'; count: number; modes: Record<string, number>; last: string | null; evidence: Evidence[]; rule: string }
export interface UnrealisedContact { who: string[]; modality: string; mode: string | null; date: string | null; evidence: Evidence[] }
/** A planned or hoped-for contact that took place: linked to the event that carried it out. */
export interface RealisedPlan { who: string[]; modality: string; date: string | null; happenedOn: string | null; event: number; evidence: Evidence[] }
export interface BriefContacts {
  /** Side–side lines (people count for their side, once per event). */
  matrix: ContactCell[];
  /** Person–person lines between people of different sides. */
  people: ContactCell[];
  notHappened: UnrealisedContact[];
  happened: RealisedPlan[];
}
/** A future meeting, call or deadline the reports announce, not past the brief's "as of" day. */
export interface ScheduledItem { date: string | null; event: string; mode: string | null; who: string[]; evidence: Evidence[]; rule: string }

export interface TimelineEntry {
  id: number;
  date: string | null;
  event: string;
  mode: string | null;
  modality: string;
  /** A short mark for the modality: '' asserted, 'planned', 'hypothetical', 'denied'. */
  mark: string;
  actor: string[];
  recipient: string[];
  place: string | null;
  sources: number;
  evidence: Evidence[];
  rule: string;
  /** For a plan that took place: the event that carried it out. */
  heldAs?: number;
}

export interface PlanVersion { points: number; first: string | null; last: string | null; reports: number; evidence: Evidence[] }
export type IssueStatus = 'agreed' | 'contested' | 'open';
/** An issue's status; `cues[0]` is the sentence the status comes from (the newest with a cue). */
export interface IssueLine {
  issue: string; status: IssueStatus; mentions: number; cues: { status: IssueStatus; cue: string; evidence: Evidence }[];
  /** The sentence the line rests on: its status sentence (cues[0]), or the newest naming the issue when none has a cue. */
  evidence: Evidence;
}
export interface PointLine { id: string; text: string; level: 0 | 1 | 2 | 3; label: string; evidence: Evidence[] }
export interface BriefPlan {
  versions: PlanVersion[];
  issues: IssueLine[];
  stickingPoints: string[];
  points: PointLine[];
  /** Plan points rolled up: sum of levels over 3 x points, in percent; null without configured points. */
  pointsAgreedPercent: number | null;
}

export interface PositionLine { act: string; modality: string; date: string | null; evidence: Evidence[] }
export interface PositionQuote { speaker: string; evidence: Evidence }
export interface PartyPositions { party: string; issues: { issue: string; acts: PositionLine[]; quotes: PositionQuote[] }[] }

export interface BriefDispute { kind: string; subject: string; values: { value: string | number; speaker: string | null; evidence: Evidence }[] }
export interface BriefSourcing { reports: number; outlets: { outlet: string; reports: number }[]; quotes: number; anonymousQuotes: number; anonymousShare: number | null }

export interface Brief {
  process: Process;
  since: string | null;
  status: BriefStatus;
  contacts: BriefContacts;
  timeline: TimelineEntry[];
  plan: BriefPlan;
  positions: PartyPositions[];
  disputes: BriefDispute[];
  sourcing: BriefSourcing;
  /** Future meetings, calls and deadlines on or after the "as of" day, soonest first. */
  nextScheduled: ScheduledItem[];
}
