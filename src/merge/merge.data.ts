// Tunables of cross-report merging, as data. Days are calendar days.
export const MERGE_RULES = {
  /** A report's undated asserted event happened shortly before (or, across time zones, just after) publication. */
  undatedAsserted: { before: 5, after: 1 },
  /** A report's undated planned/hypothetical event is expected soon after publication. */
  undatedIrrealis: { before: 1, after: 14 },
  /** Two day dates a few days apart still name one event when the reports also agree on the place. */
  samePlaceDayTolerance: 2,
} as const;

/** Events merge only within a modality class: what happened is never the same record as what might. */
export const MODALITY_CLASS: Record<string, string> = {
  asserted: 'asserted',
  future: 'irrealis',
  hypothetical: 'irrealis',
  negated: 'irrealis',
};

/** Granularity rank for the consensus date: a day beats a month beats a year. */
export const GRANULARITY_RANK: Record<string, number> = { day: 3, month: 2, year: 1 };

/** Open window bounds, chosen so they sort before/after every ISO date. */
export const OPEN_LO = '0000-01-01';
export const OPEN_HI = '9999-12-31';

/**
 * When two claims of one kind can disagree: within `windowDays` of each other (a plan shrinking from 28 to 20
 * points over weeks is versions, not a dispute), and when either value is approximate ("over", "about"), only if
 * they differ by more than `approxTolerance` of the larger.
 */
export const CLAIM_DISPUTE_RULES: Record<string, { windowDays: number; approxTolerance: number; sameEvent?: boolean }> = {
  'agreement-percent': { windowDays: 7, approxTolerance: 0.2 },
  'plan-points': { windowDays: 3, approxTolerance: 0 },
  // A duration is about one meeting: claims tied to different events, or one tied and one not, or on different
  // days, are about different sittings (a first round and a second, a call and a summit), never rival values.
  'duration-minutes': { windowDays: 0, approxTolerance: 0.15, sameEvent: true },
};

/** Two reports speak of the same process when their people/states overlap at least this much (Jaccard). */
export const SAME_PROCESS_MIN_OVERLAP = 0.34;

/**
 * How many outlets must back each side of an event-field dispute. A place named by one outlet against another's is
 * too often a city against its region ("Anchorage" / "Alaska") to call a dispute without a gazetteer.
 */
export const EVENT_DISPUTE_MIN_OUTLETS: Record<'date' | 'place', number> = { date: 1, place: 2 };
