// Unknown people: a run of 2-4 capitalised proper nouns (wink PROPN) with a person cue — a speech verb right after
// ("John Doe said"), "according to" before, a known given name first, or an apposition with a person's role
// ("John Doe, head of the delegation,"). Conservative on purpose: a wrong person
// becomes a wrong speaker or actor downstream, a missed one only a gap.
import type { Lexicon } from './lexicon.js';
import { nameRun, plausibleUnknownName } from './find-titled.js';
import type { Candidate } from './table.js';
import { longestMatch, matchAt } from './trie.js';
import type { Word } from './words.js';
import { reportingForms } from '../words/reporting.js';
import { AT_PLACE } from './find-towns.js';
import { meetingCounterpart } from './person-cues.js';

// A verb of saying after a capitalised run makes it a speaker ("John Doe said"); outlets report, so "reported" is not one.
const SPEECH = reportingForms({ classes: ['say', 'manner', 'directive'] });
SPEECH.delete('reported');

/** A line in Title Case (a headline): capitalisation there says nothing about names. */
export function isHeadline(words: Word[], sentenceStartIdx: number, text = ''): boolean {
  let caps = 0, total = 0, last = sentenceStartIdx, lowerVerb = false;
  const s = words[sentenceStartIdx].sentence;
  for (let j = sentenceStartIdx; j < words.length && words[j].sentence === s && total < 40; j++) {
    last = j;
    // A lower-case verb of any length ("met", "led") marks body text.
    if (words[j].shape === 'lower' && words[j].pos === 'VERB') lowerVerb = true;
    if (words[j].text.length <= 3) continue;
    total++;
    if (words[j].shape !== 'lower') caps++;
  }
  // "Anna Kowalczyk met Nicolás Maduro in Oslo.": a short sentence of names that closes with a full stop is body text;
  // only a line that is nearly all capitals reads as a title then, and none whose verb is in lower case ("President
  // John Mahama hosted Robert Dussey in Accra.": a title capitalises its verb).
  const closed = /^\s*[.!?]/.test(text.slice(words[last].end, words[last].end + 3));
  if (closed && lowerVerb) return false;
  return total >= 3 && caps / total > (closed ? 0.85 : 0.6);
}

/** Words between "according to" and a name that describe the person ("according to political analyst Jane Doe"). */
const MAX_DESCRIPTORS = 3;
const NOT_DESCRIPTORS = new Set(['of', 'from', 'by', 'in', 'at', 'for', 'with', 'on', 'and', 'or', 'to', 'data', 'figures', 'reports', 'documents']);

/** “…,” said Jane Doe: the name follows a speech verb that follows a quotation. */
function afterQuoteVerb(words: Word[], i: number): boolean {
  const verb = words[i - 1], quoted = words[i - 2];
  return !!verb && !!quoted && quoted.quoted && !verb.quoted && SPEECH.has(verb.key) && words[i].gap === 'space';
}

/** "Doe, a professor at …", "Doe, who": a single surname is a person when an apposition describes it. */
function apposition(words: Word[], end: number): boolean {
  const next = words[end];
  return !!next && next.mark === ',' && (next.key === 'a' || next.key === 'an' || next.key === 'the' || next.key === 'who');
}

/** How many words an apposition between a name and its speech verb may have ("Doe, the junta's spokesman, said"). */
const MAX_APPOSITION_WORDS = 8;

/** "Doe, the junta spokesman, told AFP": a speech verb right after the apposition's closing comma. */
function speechAfterApposition(words: Word[], end: number): boolean {
  for (let j = end + 1; j < words.length && j <= end + MAX_APPOSITION_WORDS; j++) {
    if (words[j].gap === 'break' || words[j].sentence !== words[end].sentence) return false;
    if (words[j].mark === ',') return SPEECH.has(words[j].key);
  }
  return false;
}

/** Words that may stand between an apposition's comma and its office ("a senior army commander"). */
const MAX_ROLE_MODIFIERS = 3;
const DETERMINERS = new Set(['a', 'an', 'the']);
/** What may follow an office in an apposition that describes a person ("head of", "envoy for", "envoy on", "commander,"). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'to', 'in', 'with', 'on']);
/** Words that tie a person's role to the side they serve ("an official with", "a negotiator for", "representing"). */
const SIDE_LINKS = new Set(['of', 'for', 'with', 'from', 'representing']);
/** Words an apposition may have before the state it names ("a member of the [Colombian] government delegation"). */
const MAX_APPOSITION_SCAN = 10;

/**
 * "Jane Doe, an official with the Colombian delegation,", "Jane Doe, a negotiator for Armenia,": the state an
 * apposition ties the person to, so what the person says and does carries that side. Only a state after a linking
 * word counts: "Jane Doe, a professor in Paris" names a place, not a side.
 */
function appositionSide(words: Word[], end: number, lex: Lexicon): string | null {
  const first = words[end];
  if (!first || first.mark !== ',') return null;
  // "Jane Doe, met the delegation from Sudan": a verb after the comma is the clause's, not an apposition's.
  if (!DETERMINERS.has(first.key) && first.key !== 'representing' && !longestMatch(lex.offices, words, end, true)) return null;
  let linked = first.key === 'representing';
  for (let k = end + 1; k < words.length && k <= end + MAX_APPOSITION_SCAN; k++) {
    const w = words[k];
    if (w.mark || w.sentence !== first.sentence) return null;
    if (SIDE_LINKS.has(w.key)) { linked = true; continue; }
    if (!linked) continue;
    const state = matchAt(lex.names, words, k)?.values.find((h) => h.entry.kind === 'state');
    if (state) return state.entry.country;
  }
  return null;
}

/**
 * "Jane Doe, head of the delegation,", "Jane Doe, a senior commander of ...", "Jane Doe, a member of ...",
 * "Jane Doe, representing the rebels": an apposition that gives a capitalised pair a person's role.
 */
function roleApposition(words: Word[], end: number, lex: Lexicon): boolean {
  const first = words[end];
  if (!first || first.mark !== ',') return false;
  if (first.key === 'representing') return true;
  let k = end + (DETERMINERS.has(first.key) ? 1 : 0);
  for (let n = 0; n <= MAX_ROLE_MODIFIERS && k < words.length && words[k].sentence === first.sentence; n++, k++) {
    if (n > 0 && words[k].mark) return false;
    if (words[k].key === 'member' && words[k + 1]?.key === 'of') return true;
    const office = longestMatch(lex.offices, words, k, true);
    if (office) {
      const after = words[office.end];
      return !!after && (after.mark === ',' || after.mark === '.' || (after.gap === 'space' && ROLE_LINKS.has(after.key)));
    }
  }
  return false;
}

/** "Jane Doe, who chairs the council,": "who" opens a clause about a person; a body or a place takes "which". */
function whoClause(words: Word[], end: number): boolean {
  const next = words[end];
  return !!next && next.mark === ',' && next.key === 'who' && next.sentence === words[end - 1].sentence;
}

/** "according to Jane Doe", "according to academic Jane Doe": up to three lowercase describing words between. */
function accordingTo(words: Word[], i: number): boolean {
  for (let j = i - 1, n = 0; j >= 1 && n <= MAX_DESCRIPTORS; j--, n++) {
    if (words[j].key === 'to' && words[j - 1].key === 'according') return true;
    if (words[j].shape !== 'lower' || NOT_DESCRIPTORS.has(words[j].key) || words[j + 1].gap !== 'space') return false;
  }
  return false;
}

/** "Gulf Institute", "Border Force": a run ending in an organisation's or group's head noun names a body, not a person. */
function namesABody(words: Word[], i: number, end: number, lex: Lexicon): boolean {
  const last = words[end - 1].key;
  return lex.open.organizationHeads.has(last) || lex.open.groupHeads.has(last);
}

/** Prepositions that make "the X Council" someone's affiliation ("a spokesman for the X Council said"), not the subject. */
const AFFILIATION = new Set(['of', 'for', 'from', 'at', 'with', 'to', 'by']);

/** "the Sahel Alliance said": an unknown organisation or group as the subject of a speech verb. */
function speakingBody(words: Word[], i: number, end: number, lex: Lexicon): Candidate | null {
  const after = words[end], the = words[i - 1];
  if (!after || after.gap !== 'space' || !SPEECH.has(after.key) || the?.key !== 'the' || AFFILIATION.has(words[i - 2]?.key ?? '')) return null;
  if (words.slice(i, end).some((w) => w.shape === 'upper')) return null;
  const kind = lex.open.groupHeads.has(words[end - 1].key) ? 'group' : 'organization';
  return { end, span: [words[i].start, words[end - 1].end], via: 'name', rule: 'entity.org.speaking', unknown: { name: '', country: null, office: null, kind } };
}

/** Is the run joined by "and" to a person the lexicon knows ("Nicolás Maduro and Irfaan Ali", "Ali and Maduro")? */
function besideKnownPerson(words: Word[], i: number, end: number, lex: Lexicon): boolean {
  const person = (k: number, endsAt?: number) => {
    const m = k >= 0 && k < words.length ? longestMatch(lex.names, words, k) : null;
    return !!m && (endsAt === undefined || m.end === endsAt) && m.values.some((h) => h.entry.kind === 'person');
  };
  if (words[i - 1]?.key === 'and' && words[i - 1].gap === 'space') for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (person(k, i - 1)) return true;
  return words[end]?.key === 'and' && !words[end].mark && person(end + 1);
}

/** How far before a name's comma its office may begin ("the group's representative at the United Nations, ..."). */
const MAX_OFFICE_REACH = 8;

/**
 * "St. Vincent's prime minister, Ralph Gonsalves,", "his chief adviser, Celso Amorim,", "the bloc's envoy for the
 * Sahel, Jane Doe,": an office, maybe the body or region it serves (a linking word and capitalised words), a comma,
 * the name.
 */
function officeBefore(words: Word[], i: number, lex: Lexicon): string | null {
  if (words[i].mark !== ',') return null;
  for (let k = i - 1; k >= 0 && k >= i - MAX_OFFICE_REACH; k--) {
    const office = longestMatch(lex.offices, words, k, true);
    const end = office?.end;
    if (end === i || (end !== undefined && end < i && servedAfterOffice(words, end, i))) return office!.values[0];
  }
  return null;
}

/** Words between an office and the name's comma that say whom it serves: "for Western Sahara", "at the United Nations". */
function servedAfterOffice(words: Word[], from: number, to: number): boolean {
  if (!ROLE_LINKS.has(words[from].key) || words[from].mark) return false;
  for (let k = from + 1; k < to; k++) {
    const w = words[k];
    if (w.mark || (w.shape === 'lower' && !DETERMINERS.has(w.key) && w.key !== 'of')) return false;
  }
  return to > from + 1;
}

/** How far ahead a surname alone may speak and still name the run ("Ali told reporters" a few paragraphs on). */
const LATER_REACH = 1500;

/** Does the run's last word come back alone, capitalised, right before a verb of saying ("Ali said")? */
function surnameSpeaksLater(words: Word[], end: number): boolean {
  const surname = words[end - 1].key;
  for (let k = end + 1; k + 1 < words.length && k < end + LATER_REACH; k++) {
    if (words[k].key !== surname || words[k].shape === 'lower') continue;
    if (words[k + 1].gap !== 'break' && !words[k + 1].mark && SPEECH.has(words[k + 1].key)) return true;
  }
  return false;
}

/**
 * "Marit Lie Solberg", "Kim Young Sam": a capitalised word the tagger reads as a common word ("lie", "young") is
 * still part of the name between two proper nouns of the run; at the run's edge it stays outside ("Solberg Said").
 */
function innerNameWord(words: Word[], i: number, s: number, end: number): boolean {
  return s > i && s + 1 < end && words[s - 1].pos === 'PROPN' && words[s + 1].pos === 'PROPN' && words[s + 1].shape === 'cap';
}

export function findPropnRun(words: Word[], i: number, lex: Lexicon, headline: (i: number) => boolean): Candidate | null {
  const w = words[i];
  if (w.shape === 'lower' || w.pos !== 'PROPN' || lex.stopwords.has(w.key)) return null;
  let end = nameRun(words, i, lex);
  // Stop before any word that begins a lexicon name: the next scan step matches it properly.
  for (let s = i; s < end; s++) {
    const known = s > i ? matchAt(lex.names, words, s) : null;
    // A known surname after a given name ("Mohammed Al-Haddad") is another person's surname: keep it in the run.
    if (known && !known.values.every((h) => h.entry.kind === 'person' && h.short)) { end = s; break; }
    if (words[s].shape !== 'lower' && words[s].pos !== 'PROPN' && !innerNameWord(words, i, s, end)) { end = s; break; }
  }
  const inverted = afterQuoteVerb(words, i);
  const describedSpeaker = apposition(words, end) && speechAfterApposition(words, end);
  const single = end - i === 1 && ((inverted && apposition(words, end)) || describedSpeaker);
  if (end - i >= 2 && !headline(i) && namesABody(words, i, end, lex)) return speakingBody(words, i, end, lex);
  if ((end - i < 2 && !single) || headline(i) || !plausibleUnknownName(words, i, end, lex)) return null;
  const after = words[end];
  // "a lawmaker in Banja Luka said": a run after a place preposition is where the speaker is, not the speaker.
  const placed = AT_PLACE.has(words[i - 1]?.key ?? '') && words[i].gap === 'space';
  const speech = (after && after.gap !== 'break' && SPEECH.has(after.key) && !placed) || describedSpeaker;
  const according = accordingTo(words, i);
  const givenName = lex.firstNames.has(w.key);
  const role = end - i >= 2 && (roleApposition(words, end, lex) || whoClause(words, end));
  // "Maduro and Irfaan Ali shook hands", "Irfaan Ali ..., Ali told reporters": a pair named beside a known person, or
  // whose surname later speaks, is a person too.
  // Read only when no nearer cue names the run: the look-ahead for the surname walks the rest of the report.
  const cued = speech || givenName || role;
  // "Norway's special envoy, Jane Doe,": the office before the comma is hers, so "the envoy" later points to her.
  const office = end - i >= 2 ? officeBefore(words, i, lex) : null;
  const paired = !cued && end - i >= 2 && (besideKnownPerson(words, i, end, lex) || office !== null || surnameSpeaksLater(words, end)
    || meetingCounterpart(words, i, end));
  if (!cued && !according && !inverted && !paired) return null;
  if (w.sentenceStart && !cued && !paired) return null;
  return {
    end, span: [w.start, words[end - 1].end], via: 'name', rule: 'entity.person.propn-run',
    unknown: { name: '', country: appositionSide(words, end, lex), office },
  };
}
