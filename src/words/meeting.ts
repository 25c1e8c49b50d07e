// The words that say how a meeting took place, read by events (src/events/mode.ts) on a meeting's sentence and trigger.
// Lower-case forms as wink tokenises them: a hyphenated word is its parts ("face-to-face" is face, to, face).
import { phrases } from '../syntax/phrases.js';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Gathering nouns: a summit or conference brings many sides together. */
export const GATHERING_NOUNS: ReadonlySet<string> = set('summit conference forum gathering congress');

/** Words naming a go-between ("talks mediated by Qatar", "Kenya-brokered talks", "under the auspices of"). */
export const MEDIATION_WORDS: ReadonlySet<string> = set(`mediate mediated mediates mediating mediation mediator mediators
  broker brokers brokered brokering facilitate facilitated facilitates facilitating facilitation facilitator auspices`);
/** A host named as the go-between ("hosted by the UN"). */
export const MEDIATION_PHRASES = phrases('hosted by');

/** Words that tell people being together, or one travelling to the other: a conversation so told is no call. */
export const IN_PERSON_WORDS: ReadonlySet<string> = set(`sideline sidelines met meet meets meeting visit visited arrived
  hosted welcomed send sends sent dispatch dispatched dispatches travel traveled travelled travels trip flew fly flies`);
export const IN_PERSON_PHRASES = phrases('in person', 'face to face');
