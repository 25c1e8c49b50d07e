// The closed word classes the shallow syntax needs, one list per class, each with the reason it exists.
// Words are lower-case forms as wink tokenises them ("n't" is its own token).
import { reportingLemmas } from '../words/reporting.js';
import { ACCUSING, PRAISING } from '../words/judging.js';
import { MONTHS, WEEKDAYS } from '../words/time.js';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Modal auxiliaries: they make a verb group non-factual (future, hypothetical, obligation). */
export const MODALS = set("will would shall should can could may might must 'll 'd ’ll ’d wo ca");
/** Modals that mark the future ("will withdraw"), not a possibility. */
export const FUTURE_MODALS = set("will shall 'll ’ll wo");
/** Words that negate the verb group they stand in. */
export const NEGATORS = set("not n't never no");
/** Subordinators that open an adverbial clause ("although the shelling continued, ..."). */
export const SUBORDINATORS = set('because although though while whereas when after before since until once whether as');
/** Subordinators that open a condition ("if the truce holds", "unless Kyiv withdraws"). */
export const CONDITIONALS = set('if unless');
/** Relative pronouns: the clause they open hangs on the noun before them. */
export const RELATIVES = set('which who whom whose');
/** Verbs of saying: what follows them ("said that ...", "said Russia would ...") is reported speech. Wink sometimes
 * leaves "told" and "said" as their own lemma. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...reportingLemmas({ classes: ['say', 'manner'], clause: true }), 'told', 'said']);
/** Acts done by speaking: an -ing clause of one of these after a reported clause ("said the talks had failed, blaming
 * Kyiv") is the speaker's, not that of the reported clause's subject; "..., killing three" stays the reported act's. */
export const SPEECH_ACTS: ReadonlySet<string> = new Set([...reportingLemmas(), ...ACCUSING, ...PRAISING,
  ...set('welcome reject dismiss demand appeal request')]);
/** Reporting phrases of a verb and a predicate word ("make clear", "be clear"), from the same list: "made (it) clear
 * that", "has been clear that" open reported speech as "said that" does. Keyed by the predicate word. */
export const SPEECH_PREDICATES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const lemma of reportingLemmas({ classes: ['say', 'manner'], clause: true })) {
    const [verb, word, ...rest] = lemma.split(' ');
    if (word && !rest.length) out.set(word, (out.get(word) ?? new Set()).add(verb));
  }
  return out;
})();
/** Words before "to"/"at"/"of" that make the following verb a goal, not an act: "in an attempt to", "aimed at reaching". */
export const PURPOSE_CUES = set('order attempt effort bid aim aimed aims goal designed intended meant purpose objective hope hopes hoping seeking seek seeks sought bid plan plans planned push pushing drive');
/** Verbs whose object is the subject of the infinitive after it: "urged Kyiv to withdraw" (Kyiv withdraws). */
export const OBJECT_CONTROL = set('urge ask call press tell push force invite allow encourage order persuade want expect need pressure convince permit warn caution advise commit oblige require compel bind enable');
/** Verbs that send their object off to act: "dispatched two envoys to Moscow to meet Putin" (the envoys meet). */
export const SENDING_VERBS = set('send dispatch instruct task direct deploy authorize authorise mandate commission assign');
/** Nouns of time: a phrase after them ("met for a second day with X") hangs on the verb, not on the time. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([...set(`day days week weeks month months year years decade decades time times hour
  hours night nights morning evening afternoon weekend`), ...WEEKDAYS]);
/** Calendar names: a date phrase ("in January", "on Monday") right before a name is no part of the name's phrase. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
/** Words that open a list spelling out the phrase before them: "officials, including ...", "leaders such as ...". */
export const LIST_OPENERS = new Set([':', 'including', 'such as', 'among them', 'notably', 'namely', 'specifically', 'led by']);
/** Nouns that name an actor by its role ("Russian forces", "the Sudanese army"): a national modifier is then the party. */
export const AGENT_NOUNS = set(`army armies forces force troops military militia militias government governments officials official delegation
  delegations negotiators negotiator minister ministers president leader leaders envoy envoys spokesman spokeswoman spokesperson
  authorities administration rebels fighters soldiers navy police diplomats diplomat ambassador side sides parliament cabinet
  ministry commander commanders chief team units unit regime junta coalition group guerrillas guerrilla insurgents militants
  gunmen aircraft warplanes jets planes helicopters gunships warships drones artillery`);
/** Nouns for people named by what they do or are, not by an office ("students", "residents", "supporters"): placed in a
 * state or belonging to a party ("students across Kenya", "activists from Fatah", "supporters of Ben Bella"), they act for
 * that party; unplaced, they name none. */
export const PEOPLE_NOUNS = set(`people students workers activists supporters followers demonstrators protesters protestors residents
  villagers farmers youths refugees prisoners detainees teachers doctors nurses employees citizens settlers miners traders lawyers
  journalists women civilians inhabitants dockers truckers drivers`);
/** Possessive determiners: they start a noun phrase ("his counterpart") and make no possessor entity. */
export const POSSESSIVE_DETERMINERS = set('my your his her its our their');
/** Words that may join members of one coordinated noun group. */
export const COORDINATORS = set('and or & nor');
/** Verbs of feeling whose participle names the experiencer's state ("was shocked by the raid", "alarmed by the
 * strike"): the subject feels, and the "by" phrase is the cause, not a doer. */
export const PSYCH_VERBS = set(`shock outrage anger alarm dismay disappoint appal appall horrify sadden trouble worry concern surprise
  frustrate incense enrage upset disturb distress stun disgust please delight hearten relieve infuriate`);
/** Is the word a feeling's participle ("outraged", "alarmed", "worried"), whatever lemma wink gave it? */
export function isPsychParticiple(word: string): boolean {
  const stem = word.endsWith('ied') ? word.slice(0, -3) + 'y' : word;
  return PSYCH_VERBS.has(stem) || PSYCH_VERBS.has(word.slice(0, -1)) || PSYCH_VERBS.has(word.slice(0, -2));
}
/** Dashes: an aside set off by one ("said on Monday – and urged ...") leaves the clause's subject in force. */
export const DASHES = set('— –');
/** Opening quotation marks: one may stand inside a phrase ("not to “torpedo” the talks") without ending it. */
export const OPENING_QUOTES = set(`" “ ' ‘`);
/** Punctuation that always ends a clause. */
export const CLAUSE_PUNCTUATION = set('; : — – ( ) [ ]');
