// Titled names: "[country word] [modifiers] office Name" — "Ukrainian President Volodymyr Zelenskyy",
// "U.S. special envoy Steve Witkoff", "Kremlin aide Yury Ushakov", "Secretary of State Marco Rubio".
// The title gives an unknown person an office and a country; the country word is part of the title, not a state mention.
import type { Lexicon } from './lexicon.js';
import { pickHit } from './find-names.js';
import type { Candidate, EntityTable } from './table.js';
import { joins, longestMatch, matchAt, type TrieMatch } from './trie.js';
import type { Word } from './words.js';
import type { Span } from '../record.js';

/** Lowercase name particles that may sit inside a name ("Ursula von der Leyen", "Khalil al-Hayya"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'von', 'der', 'de', 'da', 'van', 'le', 'la', 'du', 'abu', 'bint']);
/** Words in a name, particles included ("Izz al-Din al-Haddad" is five). */
const MAX_NAME_WORDS = 6;

/** "U.S.", "Ukrainian", "the Kremlin", "Ukraine's", "NATO": a word that says whose office it is. */
function countryWord(words: Word[], i: number, lex: Lexicon): { end: number; country: string | null; side?: Candidate['affiliation'] } | null {
  const m = matchAt(lex.names, words, i);
  if (!m) return null;
  const hit = m.values.find((h) => h.entry.kind !== 'person' && h.entry.kind !== 'place');
  if (!hit) return null;
  let end = m.end;
  if (end < words.length && words[end].key === 's' && words[end].gap === 'apos') end++;
  // "Hamas negotiator", "M23 spokesman": a group or organisation, not a state, is the person's side.
  const side = hit.entry.kind === 'group' || hit.entry.kind === 'organization' ? { entry: hit.entry, span: [words[i].start, words[m.end - 1].end] as Span } : undefined;
  return { end, country: hit.entry.country, ...(side ? { side } : {}) };
}

/** Longest syllables of a hyphenated given name ("Gyu-back", "Dong-young", "Jong-un"): English compounds run longer. */
const MAX_SYLLABLE = 5;

/**
 * "Ahn Gyu-back", "Kim Jong-un": a short lowercase syllable hyphened to a short capitalised one, after a first name
 * word, is the second half of a given name. "Trump-backed", "Kenyan-led", "Putin-era" are compounds: the syllable
 * would be a participle or the run would have no word before it.
 */
function hyphenedSyllable(words: Word[], k: number, m: number): boolean {
  const w = words[m], before = words[m - 1];
  if (m - 1 <= k || w.gap !== 'hyphen' || before.shape !== 'cap') return false;
  if (w.key.length > MAX_SYLLABLE || before.key.length > MAX_SYLLABLE - 1) return false;
  return !/(ed|ing)$/.test(w.key);
}

/** Words a nickname may have ("Jimmy \"Barbecue\" Cherizier", "Joaquin \"El Chapo\" Guzman"). */
const MAX_NICKNAME_WORDS = 2;
const QUOTE_MARKS = new Set(['"', '“', '”']);

/**
 * A quoted, capitalised nickname inside a name, closed right before a capitalised surname: the index of the surname,
 * so the run goes on from there (the caller drops the nickname from the name), else 0.
 */
function nicknameEnd(words: Word[], m: number): number {
  if (!QUOTE_MARKS.has(words[m].mark) || words[m].shape === 'lower') return 0;
  for (let e = m + 1; e < words.length && e <= m + MAX_NICKNAME_WORDS; e++) {
    const w = words[e];
    if (QUOTE_MARKS.has(w.mark)) return w.shape !== 'lower' && w.sentence === words[m].sentence && !/^\d/.test(w.key) ? e : 0;
    if (w.gap !== 'space' || w.shape === 'lower') return 0;
  }
  return 0;
}

/** The name without a quoted nickname: "Jimmy \"Barbecue\" Cherizier" -> "Jimmy Cherizier". */
export function withoutNickname(name: string): string {
  return name.replace(/\s*["“”][^"“”]{1,40}["“”]\s*/g, ' ').trim();
}

/** Words after `j` that form a name: capitalised, joined by spaces/hyphens, no calendar words or known non-persons. */
export function nameRun(words: Word[], k: number, lex: Lexicon): number {
  let m = k;
  while (m < words.length && m - k < MAX_NAME_WORDS) {
    const w = words[m];
    const nick = m > k ? nicknameEnd(words, m) : 0;
    if (nick) { m = nick + 1; continue; }
    if (m > k && !joins(words, m)) break;
    if (w.shape === 'lower') {
      if (hyphenedSyllable(words, k, m)) { m++; continue; }
      const next = words[m + 1];
      if (m > k && PARTICLES.has(w.key) && next && next.shape !== 'lower' && (next.gap === 'space' || next.gap === 'hyphen')) { m++; continue; }
      break;
    }
    // "Al" inside a name is a particle when hyphened ("Al-Haddad") or before a surname ("Mohammed Al Jaber"), but it
    // never opens one, and "Al Jazeera" stays an outlet: the word after must not be a name stopword itself.
    const particle = m > k && PARTICLES.has(w.key) && particleJoins(words[m + 1], lex);
    if ((lex.stopwords.has(w.key) && !particle) || /^\d/.test(w.key)) break;
    if (m > k) {
      const other = matchAt(lex.names, words, m);
      if (other && !other.values.some((h) => h.entry.kind === 'person')) break;
    }
    m++;
  }
  while (m > k && words[m - 1].shape === 'lower' && !hyphenedSyllable(words, k, m - 1)) m--;
  return m;
}

/** The word after a capitalised particle carries the name on: hyphened to it, or a capitalised non-stopword after a space. */
function particleJoins(next: Word | undefined, lex: Lexicon): boolean {
  if (!next) return false;
  if (next.gap === 'hyphen') return true;
  return next.gap === 'space' && next.shape === 'cap' && !lex.stopwords.has(next.key);
}

export function findTitled(words: Word[], i: number, lex: Lexicon, table: EntityTable): Candidate | null {
  let j = i;
  let country: string | null = null;
  const cw = countryWord(words, j, lex);
  if (cw) { j = cw.end; country = cw.country; }
  // An office phrase may itself begin with a modifier word ("Foreign Minister"), so try the office first at each step.
  let off = null;
  for (let n = 0; n < 4 && j < words.length; n++, j++) {
    if (j > i && words[j].gap !== 'space' && words[j].gap !== 'hyphen') return null;
    off = longestMatch(lex.offices, words, j, true) ?? portfolio(words, j, lex);
    if (off || !lex.modifiers.has(words[j].key)) break;
  }
  if (!off) return null;
  // A full name whose first word is also a title ("Amir Khan Muttaqi", "Sheikh Hasina") is the name.
  if (!cw && matchAt(lex.names, words, i)?.values.some((h) => h.entry.kind === 'person' && !h.short)) return null;
  const k = off.end;
  if (k >= words.length) return null;
  const first = words[k];
  if (first.gap !== 'space' && first.gap !== 'dot') return null;
  if (first.shape === 'lower') return null;
  // "Chief Negotiators of A and B", "Foreign Ministers Smith and Jones": a plural office noun is more office, not a name.
  if (isPluralOffice(first, lex)) return null;
  const office = off.values[0];
  // A known person inside the run wins: "President Donald Trump", "Sheikh Tamim".
  const end = nameRun(words, k, lex);
  if (end === k) return null;
  for (let s = k; s < end; s++) {
    const m = matchAt(lex.names, words, s);
    const persons = m?.values.filter((h) => h.entry.kind === 'person');
    // "General Mohammed Al-Haddad" is not the known Haddad: a given name before a known surname makes another person.
    if (s > k && persons?.every((h) => h.short)) continue;
    if (m && persons?.length && m.end <= end + 1) {
      const hit = pickHit(persons, table);
      return { end: m.end, span: [words[s].start, words[m.end - 1].end], via: 'name', rule: 'entity.person.titled', entry: hit.entry, office, ...side(cw) };
    }
  }
  if (end - k === 1) {
    const known = table.surname(first.key);
    if (known) return { end, span: [first.start, first.end], via: 'name', rule: 'entity.person.titled', entityId: known.id, office, ...side(cw) };
  }
  if (!plausibleUnknownName(words, k, end, lex)) return null;
  // "Government negotiator X": the government is the state an armed group of the report fights, or its one state.
  if (!cw && words[i].key === 'government') country = (table.recentGroupState() ?? table.soleState())?.country ?? null;
  // "President Irfaan Ali of Guyana": the office's state may follow the name.
  if (!country) country = stateAfterOf(words, end, lex);
  const span: [number, number] = [first.start, words[end - 1].end];
  // The name is read from the text by the caller (text.slice(span)).
  return { end, span, via: 'name', rule: 'entity.person.titled', unknown: { name: '', country, office }, office, ...side(cw) };
}

/** The state named by "of X" right after a titled name ("President X of Guyana"), or null. */
function stateAfterOf(words: Word[], end: number, lex: Lexicon): string | null {
  if (words[end]?.key !== 'of' || end + 1 >= words.length || words[end + 1].sentence !== words[end].sentence) return null;
  const m = matchAt(lex.names, words, end + 1);
  return m?.values.find((h) => h.entry.kind === 'state' && h.via === 'name')?.entry.country ?? null;
}

/** Words that make an office of the capitalised portfolio before them: "Energy Minister", "Health Secretary". */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);

/** "Turkish Energy Minister X", "Water Minister X": a ministry the office list does not name is still an office. */
function portfolio(words: Word[], j: number, lex: Lexicon): TrieMatch<string> | null {
  const word = words[j], head = words[j + 1];
  if (!head || word.shape !== 'cap' || head.shape !== 'cap' || head.gap !== 'space' || !PORTFOLIO_HEADS.has(head.key)) return null;
  if (matchAt(lex.names, words, j)) return null;
  return { end: j + 2, values: [`${word.text} ${head.text}`] };
}

const side = (cw: ReturnType<typeof countryWord>) => (cw?.side ? { affiliation: cw.side } : {});

/** "Negotiators", "Ministers", "Envoys": the plural of a one-word office. */
function isPluralOffice(w: Word, lex: Lexicon): boolean {
  if (w.key.length < 5 || !w.key.endsWith('s')) return false;
  return !!lex.offices.next.get(w.key.slice(0, -1))?.values.length;
}

/**
 * An unknown name must look like one: capitalised words, not all-caps codes ("ET", "EST" after "PM"); a single word
 * must be a plausible surname (3+ letters, not a known given name left alone by a broken line: "President Vladimir]").
 */
export function plausibleUnknownName(words: Word[], k: number, end: number, lex: Lexicon): boolean {
  for (let s = k; s < end; s++) {
    const w = words[s];
    if (w.shape === 'upper' && w.text.length > 1) return false;
  }
  if (end - k === 1) {
    const w = words[k];
    if (w.text.length < 3 || lex.firstNames.has(w.key)) return false;
    if (end >= words.length) return false;
  }
  return true;
}
