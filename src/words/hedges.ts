// Words by which a report says it does not vouch for what a sentence tells, one list per class, read on tokens
// (lower case, as wink tokenises them).

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** "The two are reportedly close to a deal." */
export const HEDGE_ADVERBS: ReadonlySet<string> = set('reportedly allegedly purportedly apparently');

/** Unnamed sources: "sources said", "officials familiar with the talks". */
export const HEDGE_SOURCES: ReadonlySet<string> = set('source sources official officials');
/** What follows an unnamed source to make it one: "sources said", "officials told", "sources familiar". */
export const SOURCE_TELLING: ReadonlySet<string> = set('said say says told familiar');

/** Reports as the teller: "reports said", "reports suggest". */
export const HEDGE_REPORTS: ReadonlySet<string> = set('report reports');
export const REPORT_TELLING: ReadonlySet<string> = set('said say suggest');

/** "is said to", "are said to": a passive of saying with no sayer. */
export const SAID_TO_COPULAS: ReadonlySet<string> = set('is are');
