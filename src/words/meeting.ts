// The words that say how a meeting took place, read by events (src/events/mode.ts) on a meeting's sentence and trigger.
// Lower-case forms as wink tokenises them: a hyphenated word is its parts ("face-to-face" is face, to, face).
import { pattern, phrases } from '../syntax/phrases.js';
import { WEEKDAYS } from './time.js';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Gathering nouns: a summit or conference brings many sides together. */
export const GATHERING_NOUNS: ReadonlySet<string> = set('summit conference forum gathering congress');

/** Words naming a go-between ("talks mediated by Qatar", "Kenya-brokered talks", "under the auspices of"). */
export const MEDIATION_WORDS: ReadonlySet<string> = set(`mediate mediated mediates mediating mediation mediator mediators
  broker brokers brokered brokering facilitate facilitated facilitates facilitating facilitation facilitator auspices`);
/** A host named as the go-between ("hosted by the UN"). */
export const MEDIATION_PHRASES = phrases('hosted by');

/** Verbs of a journey, as lemmas and the past forms wink may leave unlemmatised ("flew", "went"): who travels may be
 * a visitor; what travels for a meeting is that meeting's party. */
export const TRAVEL_VERBS: ReadonlySet<string> = set('travel fly flew arrive head go went come came journey return');

/** Words that tell people being together, or one travelling to the other: a conversation so told is no call. */
export const IN_PERSON_WORDS: ReadonlySet<string> = set(`sideline sidelines met meet meets meeting visit visited arrived
  hosted welcomed send sends sent dispatch dispatched dispatches travel traveled travelled travels trip flew fly flies`);
export const IN_PERSON_PHRASES = phrases('in person', 'face to face');

/** Phrases that stand for the parties of a meeting the report already told ("both leaders", "the two sides", "they"). */
export const GROUP_ANAPHORS = [
  pattern('both', 'leaders|sides|men|presidents|parties|delegations|ministers|envoys'),
  pattern('the', 'two', 'leaders|sides|men|presidents|parties|delegations|countries|nations|neighbours|neighbors|governments|ministers|envoys'),
  pattern('the', 'leaders|presidents|delegations|participants|negotiators'),
  pattern('the', 'pair'),
  // "each side blamed the other": each of the two sides the report told.
  pattern('each', 'side|party|country|nation|government|state'),
  pattern('they'),
];
/** Phrases for two people that stand for the pair of a meeting just told, even one still to come ("the two leaders"). */
export const PAIR_ANAPHORS = [
  pattern('both', 'leaders|presidents|men'),
  pattern('the', 'two', 'leaders|presidents|men'),
];
/** "the two" standing alone, not "the two of them" nor "the two Koreas": what may not follow it. */
export const NOT_AFTER_THE_TWO: ReadonlySet<string> = set('of');

const MEETING_NOUNS = 'meeting|talks|summit|encounter|discussions|negotiations';
const DAYS = WEEKDAYS.join('|');
/** Phrases that refer back to a meeting told before ("the meeting", "their first summit", "Sunday's talks"). */
export const MEETING_ANAPHORS = [
  pattern('the|this|that|their', '*?', MEETING_NOUNS),
  pattern(DAYS, "'s|’s", '*?', MEETING_NOUNS),
];
/** Phrases that refer back to a call told before ("the call", "their phone conversation"). */
export const CALL_ANAPHORS = [pattern('the|this|that|their', '*?', 'call|conversation')];

/** Plural nouns for the sides of a meeting ("both parties", "the two delegations"): the phrase stands for the states
 * their envoys represent too. */
export const GROUP_NOUNS: ReadonlySet<string> = set('parties sides delegations countries nations teams governments');

/** Before a meeting noun, the words that make it a time already past ("after the talks", "since their meeting"). */
export const PAST_ANCHORS: ReadonlySet<string> = set('after following since');
/** The determiners a past anchor takes before its meeting noun. */
export const ANCHOR_DETERMINERS: ReadonlySet<string> = set('the this that their his her its');
