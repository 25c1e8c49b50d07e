// The one list of reporting verbs (data/speech-verbs.json), read by every stage that asks "is this a verb of saying?":
// quotes (cues), the syntax layer (reported clauses), modality (a backshifted "would"), dates (the day someone spoke is
// not the day of the act), entities (the speaker a pronoun refers to) and events (who reports an event). Each stage
// picks the classes it needs, so a verb is added once and every stage that reads its class sees it.
import speechVerbs from '../../data/speech-verbs.json' with { type: 'json' };

export type ReportingClass = 'say' | 'manner' | 'directive' | 'pledge' | 'belief' | 'label' | 'judge';

interface ReportingVerb { lemma: string; class: string; forms: string[]; clause?: boolean }

/** Which verbs to take: their classes, and whether only those that introduce a reported clause. */
export interface ReportingPick { classes?: readonly ReportingClass[]; clause?: boolean }

const VERBS = speechVerbs.verbs as ReportingVerb[];
const ALL: readonly ReportingClass[] = ['say', 'manner', 'directive', 'pledge', 'belief', 'label', 'judge'];

const pick = ({ classes = ALL, clause = false }: ReportingPick) =>
  VERBS.filter((v) => (classes as readonly string[]).includes(v.class) && (!clause || v.clause === true));

/** The written forms of the verbs of these classes, lower case ("said", "pointed out"). */
export function reportingForms(which: ReportingPick = {}): Set<string> {
  return new Set(pick(which).flatMap((v) => v.forms.map((f) => f.toLowerCase())));
}

/** The lemmas of the verbs of these classes ("say", "insist"), for stages that read wink's lemmas. */
export function reportingLemmas(which: ReportingPick = {}): Set<string> {
  return new Set(pick(which).map((v) => v.lemma));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A regex alternation of the forms of these classes, longest first, for stages that scan text. */
export function reportingAlternation(which: ReportingPick = {}): string {
  return [...reportingForms(which)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Reporting phrases that need their "that" to be speech ("claims that", "notes that"). */
export const REPORTING_PHRASES: readonly string[] = speechVerbs.phrases;
