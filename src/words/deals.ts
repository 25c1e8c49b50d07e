// The words that name a deal, a ceasefire, or deals set apart from the one a report tells, read by events (merging
// mentions of one agreement, src/events/merge.ts; rules that yield one agreement, src/events/rule-readings.ts).
import { pattern, phrases } from '../syntax/phrases.js';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that make an agreement a ceasefire ("agreed to a truce", "a cessation of hostilities", "to halt all fighting"). */
export const TRUCE_PATTERNS = [
  pattern('ceasefire|truce|armistice'),
  pattern('cease', '-', 'fire'),
  pattern('cessation', 'of', 'all?', 'hostilities'),
  pattern('cessation', 'of', 'all?', 'military', 'action|actions'),
  pattern('stop|halt|cease|end|suspend', 'all?', 'offensive|military|hostile|armed?', 'firing|fighting|hostilities|action|actions|operations|attacks'),
];

/** What a deal is aimed at rather than made: "towards a lasting truce" is the goal of another agreement. */
export const AIM_PREPOSITIONS: ReadonlySet<string> = set('toward towards');

/** Nouns of a deal, singular and plural ("a separate agreement", "previous accords"). */
export const DEAL_NOUNS: ReadonlySet<string> = set(`deal deals agreement agreements accord accords ceasefire ceasefires
  truce truces treaty treaties pact pacts declaration declarations`);
/** "cease-fire(s)": the deal noun a hyphen splits in wink's tokens. */
export const HYPHENED_DEAL_NOUNS = [pattern('cease', '-', 'fire|fires')];

/** Words that set a deal apart from the one the report tells, or count many of them ("a separate deal", "previous
 * accords", "despite multiple ceasefires"): one list, read wherever a deal noun must be one specific agreement. */
export const OTHER_OR_MANY: ReadonlySet<string> = set(`separate previous earlier another prior former past multiple several
  other many numerous various repeated countless successive dozens series`);

/** Words naming a text proposed, not yet agreed (under a deal, the sides are bound to its terms: those are their acts
 * to come): lemmas. */
export const PROPOSED_TEXTS: ReadonlySet<string> = set('plan proposal draft roadmap blueprint initiative');
/** Words that announce a list of what a text lays down ("Key provisions of the plan", "The proposal includes"). */
export const CONTENTS_WORDS: ReadonlySet<string> = set(`point points provision provisions element elements term terms clause
  clauses highlight highlights component components details content contents key main include includes stipulate stipulates`);
/** Words by which a line states what is to be ("X will sign", "Y is to withdraw"); a line may also open with "if". */
export const POINT_MODALS: ReadonlySet<string> = set('will would shall');
export const POINT_PHRASES = phrases('is to', 'are to');
export const POINT_OPENERS: ReadonlySet<string> = set('if');

/** Acts a leader or government issues that then act in its name ("signed a decree pardoning 52 prisoners"). */
export const DECREE_NOUNS: ReadonlySet<string> = set('decree decrees order orders edict edicts ordinance resolution');
