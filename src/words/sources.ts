// The words of attribution to unnamed sources, read by events (src/events/reported-by.ts) through the syntax layer's
// attribution readings (src/syntax/attribution.ts). Lower-case forms and lemmas as wink gives them.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Nouns for a source the report does not name ("officials said", "diplomats told Reuters"): lemmas and plurals (wink
 * leaves a capitalised "Sources" its own lemma). */
export const SOURCE_NOUNS: ReadonlySet<string> = set('source sources official officials person people diplomat diplomats aide aides insider insiders');

/** Verbs an unnamed source speaks with ("sources said", "aides described the mood as tense"): lemmas. */
export const SOURCE_VERBS: ReadonlySet<string> = set('say tell indicate describe');

/** "people familiar with the talks": the adjective that makes a noun of people a source. */
export const SOURCE_ADJECTIVES: ReadonlySet<string> = set('familiar');

/** After "according to", words that open an unnamed source ("according to two officials", "according to a person
 * briefed on the talks"): lower-case forms. */
export const UNNAMED_OPENERS: ReadonlySet<string> = set('a an two three several sources officials people');
