// Words that place an act at a time after the report, one list per class, read on tokens (lower case, as wink
// tokenises them). The nouns of time they combine with are the syntax layer's TIME_NOUNS.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** The days of the week, in the order Date.getDay() counts them (Sunday is 0). */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The months, January first. */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];

/** Words that by themselves place an act later: "meet tomorrow", "will sign soon". */
export const LATER_WORDS: ReadonlySet<string> = set('tomorrow tonight soon');

/** Words that make the noun of time after them a later one: "next week", "in the coming days", "the upcoming weekend". */
export const AHEAD_WORDS: ReadonlySet<string> = set('next coming upcoming');

/** "later this week", "later this year": "later" with a near time makes a time to come. */
export const LATER = 'later';

/** "I'm calling him back", "we're meeting them": a pronoun wink keeps fused with its contracted "am"/"are". */
export const CONTRACTED_BE: ReadonlySet<string> = set("i'm i’m we're we’re they're they’re you're you’re");

/** "ahead of the summit", "in advance of the vote": the word before "of" that puts its noun's event still to come. */
export const AHEAD_OF: ReadonlySet<string> = set('ahead advance');
