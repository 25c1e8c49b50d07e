// Later mentions of a party by a common noun: "the rebels" (the armed group last named), "the government" and
// "government troops" (the state that group fights), "the junta", "the army" (the state's own armed forces).
import type { Lexicon } from './lexicon.js';
import type { Candidate, EntityTable } from './table.js';
import { longestMatch, matchAt } from './trie.js';
import type { Word } from './words.js';
import { reportingForms } from '../words/reporting.js';

/** Verbs that report a clause ("X said the government would ..."): the speaker's government is meant. */
const SAYING = reportingForms({ classes: ['say', 'pledge', 'belief'], clause: true });

/** "the rebels", "the armed group", "the junta": a later mention of the armed group or military government last named. */
export function findGroupReference(words: Word[], i: number, lex: Lexicon, table: EntityTable): Candidate | null {
  const o = lex.open;
  // "Government troops shelled ...": without "the", only a government's armed men point back.
  const bare = words[i].key === 'government' && o.forceNouns.has(words[i + 1]?.key ?? '') && words[i - 1]?.key !== 'the';
  if (!bare && (words[i].key !== 'the' || i + 1 >= words.length || words[i + 1].gap !== 'space')) return null;
  const head = bare ? i : i + 1;
  const key = words[head].key;
  if (!o.juntaNouns.next.has(key) && !o.groupReferences.next.has(key) && !o.governmentReferences.next.has(key) && !o.forcesReferences.next.has(key)) return null;
  const forces = bare ? null : findForcesReference(words, i, lex, table);
  if (forces) return forces;
  const government = o.governmentReferences.next.has(key) ? longestMatch(o.governmentReferences, words, head, true) : null;
  if (bare && !government) return null;
  if (government && !followedByName(words, government.end)) {
    const span: [number, number] = [words[i].start, words[government.end - 1].end];
    // "the government in N'Djamena", "the authorities in Kabul": the state whose seat follows.
    const seat = seatState(words, government.end, lex);
    if (seat) return { end: government.end, span, via: 'title', rule: 'entity.state.government', entry: seat };
    // "Chadian President Deby said the government would not allow it": the speaker's own government.
    const own = speakersState(words, i, lex, table);
    if (own) return { end: government.end, span, via: 'title', rule: 'entity.state.government', entry: own };
    const state = table.recentGroupState();
    if (state) return { end: government.end, span, via: 'title', rule: 'entity.state.government', entityId: state.id };
    // "urged the government and the Moro ... Front": the group is named after, or its state not yet named.
    const country = table.recentGroup()?.country ?? groupCountryAhead(words, government.end, lex);
    const entry = country ? lex.states.get(country) : undefined;
    if (entry) return { end: government.end, span, via: 'title', rule: 'entity.state.government', entry };
    // With no armed group to place it, "the government" of a report that has named one state only is that state's.
    const sole = table.soleState();
    if (sole) return { end: government.end, span, via: 'title', rule: 'entity.state.government', entityId: sole.id };
  }
  if (bare) return null;
  const junta = longestMatch(lex.open.juntaNouns, words, i + 1, true);
  if (junta && !followedByName(words, junta.end) && !compoundModifier(words, junta.end)) {
    const span: [number, number] = [words[i].start, words[junta.end - 1].end];
    if (table.junta) return { end: junta.end, span, via: 'title', rule: 'entity.state.junta', entityId: table.junta.id };
    // No military government named yet: "the junta" rules the state the report's armed group fights, as "the
    // government" does.
    const state = table.recentGroupState();
    if (state) return { end: junta.end, span, via: 'title', rule: 'entity.state.junta', entityId: state.id };
    const country = table.recentGroup()?.country;
    const entry = country ? lex.states.get(country) : undefined;
    if (entry) return { end: junta.end, span, via: 'title', rule: 'entity.state.junta', entry };
  }
  const ref = longestMatch(lex.open.groupReferences, words, i + 1, true);
  if (!ref || followedByName(words, ref.end)) return null;
  const group = table.recentGroup();
  if (!group) return null;
  return { end: ref.end, span: [words[i].start, words[ref.end - 1].end], via: 'title', rule: 'entity.group.reference', entityId: group.id };
}

/** Parts of speech after "the military" that make it a modifier ("the military dimension"), not a party. */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "the army", "the military", "the armed forces" standing alone: the state's own armed forces the report last named;
 * else those of the military government, or of the state whose armed group the report is about ("the army" in a
 * report on the RSF is Sudan's). A state with no armed forces in the gazetteer stands for them itself.
 */
function findForcesReference(words: Word[], i: number, lex: Lexicon, table: EntityTable): Candidate | null {
  if (!lex.open.forcesReferences.next.has(words[i + 1].key)) return null;
  const ref = longestMatch(lex.open.forcesReferences, words, i + 1, true);
  if (!ref || followedByName(words, ref.end) || compoundModifier(words, ref.end)) return null;
  const after = words[ref.end];
  if (after && after.gap === 'space' && MODIFIED.has(after.pos) && after.shape === 'lower') return null;
  const span: [number, number] = [words[i].start, words[ref.end - 1].end];
  const known = table.recentForces();
  if (known) return { end: ref.end, span, via: 'title', rule: 'entity.forces.reference', entityId: known.id };
  // With no armed group named, a report that names one state speaks of that state's army.
  const state = table.junta ?? table.recentGroupState() ?? (table.recentGroup() ? null : table.soleState());
  const country = state?.country ?? table.recentGroup()?.country ?? null;
  const entry = country ? lex.forces.get(country) : undefined;
  if (entry) return { end: ref.end, span, via: 'title', rule: 'entity.forces.reference', entry };
  if (state) return { end: ref.end, span, via: 'title', rule: 'entity.forces.reference', entityId: state.id };
  return null;
}

/** "the military-led governments of ...", "the army-backed council": the noun is the first half of a compound
 * modifier, so it names no party of its own. */
function compoundModifier(words: Word[], k: number): boolean {
  return words[k]?.gap === 'hyphen';
}

/** The country of an armed group the lexicon names later in the sentence from word `k`, if any. */
function groupCountryAhead(words: Word[], k: number, lex: Lexicon): string | null {
  for (let j = k; j < words.length && words[j].sentence === words[k - 1].sentence; j++) {
    const hit = matchAt(lex.names, words, j)?.values.find((h) => h.entry.kind === 'group' && h.entry.country);
    if (hit) return hit.entry.country;
  }
  return null;
}

/**
 * "the group Hamas", "the group of mediators", "the movement of troops": a name or an "of" right after makes it no
 * bare reference to the group last named.
 */
/** The state whose capital or seat of government is named by "in X" at words[k] ("the government in Kinshasa"). */
function seatState(words: Word[], k: number, lex: Lexicon) {
  if (words[k]?.key !== 'in' || k + 1 >= words.length || words[k + 1].sentence !== words[k].sentence) return undefined;
  const m = matchAt(lex.names, words, k + 1);
  return m?.values.find((h) => h.via === 'metonym' && h.entry.kind === 'state')?.entry;
}

/** The state of the person who, earlier in the sentence, reports the clause that "the government" at words[i] opens. */
function speakersState(words: Word[], i: number, lex: Lexicon, table: EntityTable) {
  const verb = words[i - 1]?.key === 'that' ? i - 2 : i - 1;
  if (verb < 1 || !SAYING.has(words[verb].key) || words[verb].sentence !== words[i].sentence) return undefined;
  const speaker = table.personBefore(words[i].sentence, verb);
  return speaker?.country ? lex.states.get(speaker.country) : undefined;
}

function followedByName(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  // "accused the army of shelling": an "of" before an -ing verb tells what it did, it names no other group.
  const next = words[k + 1];
  if (w.key === 'of' && w.gap === 'space') return !(next && next.shape === 'lower' && next.key.endsWith('ing') && next.pos === 'VERB');
  return (w.gap === 'space' && w.shape !== 'lower' && !w.sentenceStart) || (w.gap === 'apos' && w.key !== 's');
}
