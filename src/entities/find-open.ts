// Open-world entities: organisations and armed groups the lexicon does not know, found from how the text introduces
// them — "the Long Name (ACRONYM)", "ACRONYM, the rebel movement led by ...", "the rebel group Name" — and their
// later mentions: the acronym, the long name again, "the rebels", "the junta".
import type { EntityKind } from '../record.js';
import type { LexEntry, Lexicon } from './lexicon.js';
import type { Candidate, EntityTable } from './table.js';
import { joins, longestMatch, matchAt, phraseWords } from './trie.js';
import { wordKey, type Word } from './words.js';

/** An entity introduced in the text, found before the main scan so a headline's acronym resolves too. */
export interface OpenDefinition {
  start: number;
  end: number;
  name: string;
  kind: EntityKind;
  country: string | null;
  acronym?: string;
  /** "the Federal Government of Somalia (FGS)": a state's government is the state. */
  state?: LexEntry;
}

const GOVERNMENT_HEADS = new Set(['government', 'administration', 'authorities', 'cabinet']);
/** Words that may stand beside a state and a government head in the name of that state's own government. */
const GOVERNMENT_MODIFIERS = new Set(['federal', 'transitional', 'interim', 'royal', 'central', 'republic']);

/** "the Federal Government of Somalia": only a state, a government head and modifiers; no "National Unity". */
function governmentOf(words: Word[], start: number, end: number, lex: Lexicon): LexEntry | undefined {
  let state: LexEntry | undefined, head = false;
  for (let k = start; k < end; k++) {
    const w = words[k];
    if (GOVERNMENT_HEADS.has(w.key)) { head = true; continue; }
    if (w.shape === 'lower' || GOVERNMENT_MODIFIERS.has(w.key)) continue;
    const m = matchAt(lex.names, words, k);
    const hit = m?.values.find((h) => h.entry.kind === 'state');
    if (!m || !hit || (state && state !== hit.entry)) return undefined;
    state = hit.entry;
    k = m.end - 1;
  }
  return head ? state : undefined;
}

const MAX_LONG_NAME = 10;
const CONJUNCTIONS = new Set(['and', 'or', 'with']);
const ACRONYM_RE = /^[A-Z0-9]{1,10}$/;

/** Word index one past an acronym starting at `j` ("MILF", "SPLM-N", "AFC/M23"), or -1. */
function acronymEnd(words: Word[], j: number): number {
  let k = j, letters = 0;
  while (k < words.length && ACRONYM_RE.test(words[k].text) && (k === j || words[k].gap === 'hyphen')) {
    letters += words[k].text.replace(/\d/g, '').length;
    k++;
  }
  return k > j && letters >= 2 && words[j].shape === 'upper' ? k : -1;
}

const acronymText = (words: Word[], j: number, end: number, text: string) => text.slice(words[j].start, words[end - 1].end);

/** The kind a long name's words say: its last word, else an armed-group word inside it or a cue before it. */
export function kindOf(words: Word[], start: number, end: number, lex: Lexicon): EntityKind {
  const o = lex.open;
  const head = words[end - 1].key;
  if (o.placeHeads.has(head)) return 'place';
  if (o.groupHeads.has(head)) return 'group';
  if (o.organizationHeads.has(head)) return 'organization';
  for (let k = start; k < end; k++) if (o.groupHeads.has(words[k].key)) return 'group';
  for (let k = Math.max(0, start - 3); k < start; k++) if (o.groupCues.has(words[k].key)) return 'group';
  return 'organization';
}

/** The state a name's words belong to ("Myanmar National ... Army" -> MMR), or null. */
export function countryIn(words: Word[], start: number, end: number, lex: Lexicon): string | null {
  for (let k = start; k < end; k++) {
    const hit = matchAt(lex.names, words, k)?.values.find((h) => h.entry.kind === 'state');
    if (hit) return hit.entry.country;
  }
  return null;
}

/** Start of the capitalised long name that ends just before `j`, with its initial matching the acronym, or -1. */
function longNameStart(words: Word[], j: number, acronym: string, lex: Lexicon): number {
  let s = j;
  while (s > 0 && j - s < MAX_LONG_NAME) {
    const w = words[s - 1];
    if (s < j && !joins(words, s)) break;
    if (w.sentence !== words[j - 1].sentence) break;
    if (w.shape === 'lower' && !lex.open.nameLinks.has(w.key)) break;
    s--;
  }
  // Of the capitalised words that could start the name, take the first whose initials spell the acronym best
  // ("Meet US Officials in Florida (MENAFN)" spells nothing).
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  let best = -1, bestScore = 0;
  for (let k = s; k < j - 1; k++) {
    if (words[k].shape === 'lower' || words[k].key[0] !== letters[0]) continue;
    // "Chad and the Chad Valley Front (CVF)": a known name joined by "and" is a separate name, not the start.
    const known = matchAt(lex.names, words, k);
    if (known && CONJUNCTIONS.has(words[known.end]?.key ?? '')) continue;
    const initials = words.slice(k, j).filter((w) => w.shape !== 'lower').map((w) => w.key[0]);
    const score = spelled(letters, initials) / letters.length;
    if (initials.length >= 2 && score > bestScore) { best = k; bestScore = score; }
  }
  return bestScore >= 0.6 ? best : headLedStart(words, s, j, letters, lex);
}

/**
 * A name led by its head noun ("Front for ... (FACT)", "Union of ... (UFDD)") whose acronym keeps only the head's
 * initial: such names are translated from French, Portuguese or Arabic word order, so the acronym spells the original
 * words, not the English ones. Only a head noun followed by "for"/"of" may start it, so a run of capitalised words
 * that spells nothing ("Meet US Officials in Florida (MENAFN)") still gives no name.
 */
function headLedStart(words: Word[], s: number, j: number, letters: string, lex: Lexicon): number {
  const heads = lex.open;
  for (let k = s; k < j - 2; k++) {
    const w = words[k];
    if (w.shape === 'lower' || w.key[0] !== letters[0]) continue;
    if (!heads.groupHeads.has(w.key) && !heads.organizationHeads.has(w.key)) continue;
    if (HEAD_LINKS.has(words[k + 1].key)) return k;
  }
  return -1;
}
const HEAD_LINKS = new Set(['for', 'of']);

function knownBefore(words: Word[], s: number, j: number, acronym: string, lex: Lexicon): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const score = (from: number) => spelled(letters, words.slice(from, j).filter((w) => w.shape !== 'lower').map((w) => w.key[0]));
  const whole = score(s);
  for (let k = s; k < j; k++) {
    const m = matchAt(lex.names, words, k);
    if (m && m.end >= j && m.values.some((h) => h.entry.kind === 'organization' || h.entry.kind === 'group') && score(k) >= whole) return true;
  }
  return false;
}

/** How many of the acronym's letters the initials give, in order (letters may be skipped on either side). */
function spelled(letters: string, initials: string[]): number {
  let n = 0, k = 0;
  for (const c of letters) {
    const at = initials.indexOf(c, k);
    if (at < 0) continue;
    n++;
    k = at + 1;
  }
  return n;
}

/** "the Long Name (ACR)" and "ACR, the [adjectives] movement/group ..." in the text, by start word. */
export function collectDefinitions(text: string, words: Word[], lex: Lexicon): Map<number, OpenDefinition> {
  const defs = new Map<number, OpenDefinition>();
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (w.shape !== 'upper') continue;
    const end = acronymEnd(words, j);
    if (end < 0) continue;
    const acronym = acronymText(words, j, end, text);
    if (j > 0 && w.mark === '(' && (end >= words.length || words[end].mark === ')')) {
      const s = longNameStart(words, j, acronym, lex);
      if (s < 0) continue;
      // An organisation the lexicon knows ends at the parenthesis and spells the acronym as well as the longer name
      // ("Iran and the International Atomic Energy Agency (IAEA)"): the lexicon reads it.
      if (knownBefore(words, s, j, acronym, lex) || lex.open.thingHeads.has(words[j - 1].key)) continue;
      const government = governmentOf(words, s, j, lex);
      defs.set(s, {
        start: s, end: j, name: text.slice(words[s].start, words[j - 1].end), acronym,
        kind: kindOf(words, s, j, lex), country: countryIn(words, s, j, lex), ...(government ? { state: government } : {}),
      });
    } else if (end < words.length && words[end].mark === ',' && !((matchAt(lex.names, words, j)?.end ?? 0) >= end)) {
      const d = describedGroup(words, end, lex);
      if (d) defs.set(j, { start: j, end, name: acronym, kind: 'group', country: d.country });
    }
  }
  return defs;
}

/** ", the [Sudanese] [rebel] movement": an appositive that says the name before it is an armed group. */
function describedGroup(words: Word[], k: number, lex: Lexicon): { country: string | null } | null {
  if (!['the', 'a', 'an'].includes(words[k].key)) return null;
  let country: string | null = null;
  let cue = false;
  for (let n = k + 1; n < Math.min(words.length, k + 5); n++) {
    const w = words[n];
    if (lex.open.groupCues.has(w.key)) { cue = true; continue; }
    if (lex.open.groupNouns.has(w.key)) return cue || w.key !== 'group' ? { country } : null;
    const state = matchAt(lex.names, words, n)?.values.find((h) => h.entry.kind === 'state');
    if (state) { country = state.entry.country; continue; }
    if (w.shape !== 'lower') return null;
  }
  return null;
}

/** The definitions by their acronym's word keys ("nhla", "krx n"), for mentions before the definition (a headline). */
export function byAcronym(defs: Map<number, OpenDefinition>): Map<string, OpenDefinition> {
  const out = new Map<string, OpenDefinition>();
  for (const d of defs.values()) if (d.acronym) out.set(phraseWords(d.acronym).map(wordKey).join(' '), d);
  return out;
}

/** An acronym used before the text spells it out ("NHLA fighters ..." above "the ... Army (NHLA)"). */
export function findEarlyAcronym(words: Word[], i: number, acronyms: Map<string, OpenDefinition>): Candidate | null {
  if (!acronyms.size || words[i].shape !== 'upper') return null;
  const end = acronymEnd(words, i);
  if (end < 0) return null;
  const d = acronyms.get(words.slice(i, end).map((w) => w.key).join(' '));
  return d ? introduced(d, end, [words[i].start, words[end - 1].end]) : null;
}

function introduced(d: OpenDefinition, end: number, span: [number, number]): Candidate {
  const aliases = d.acronym ? [d.acronym] : [];
  if (d.state) return { end, span, via: 'name', rule: 'entity.state.introduced', entry: d.state, aliases: [d.name, ...aliases] };
  return {
    end, span, via: 'name', rule: d.kind === 'group' ? 'entity.group.introduced' : 'entity.org.introduced',
    unknown: { name: d.name, country: d.country, office: null, kind: d.kind, aliases },
  };
}

export function findDefinition(words: Word[], defs: Map<number, OpenDefinition>, i: number): Candidate | null {
  const d = defs.get(i);
  return d ? introduced(d, d.end, [words[d.start].start, words[d.end - 1].end]) : null;
}

/** A later mention of an open-world entity by an alias already seen: "MILF", "the Moro Islamic Liberation Front". */
export function findOpenAlias(words: Word[], i: number, table: EntityTable): Candidate | null {
  const w = words[i];
  if (w.shape === 'lower') return null;
  const hit = table.aliasAt(w.key, (n) => {
    if (i + n > words.length) return null;
    for (let k = i + 1; k < i + n; k++) if (!joins(words, k)) return null;
    return words.slice(i, i + n).map((x) => x.key).join(' ');
  });
  if (!hit) return null;
  const end = i + hit.length;
  return { end, span: [w.start, words[end - 1].end], via: 'name', rule: 'entity.group.alias', entityId: hit.entity.id };
}

/** "the rebel group Name", "armed group Name", "Islamist militia Name": a cue, a group noun, then the name. */
export function findCuedGroup(words: Word[], i: number, lex: Lexicon): Candidate | null {
  const o = lex.open;
  if (!o.groupCues.has(words[i].key)) return null;
  let j = i + 1;
  if (j < words.length && o.groupCues.has(words[j].key)) j++;
  if (j >= words.length || !o.groupNouns.has(words[j].key)) return null;
  const k = j + 1;
  if (k >= words.length || words[k].shape === 'lower' || words[k].gap !== 'space') return null;
  if (matchAt(lex.names, words, k)) return null;
  let end = k;
  while (end < words.length && end - k < 6 && (end === k || joins(words, end)) && words[end].sentence === words[k].sentence
    && (words[end].shape !== 'lower' || (lex.open.nameLinks.has(words[end].key) && words[end + 1]?.shape !== 'lower'))) {
    if (end > k && lex.stopwords.has(words[end].key) && !o.groupHeads.has(words[end].key) && !o.organizationHeads.has(words[end].key)) break;
    end++;
  }
  if (lex.stopwords.has(words[k].key)) return null;
  const span: [number, number] = [words[k].start, words[end - 1].end];
  return { end, span, via: 'name', rule: 'entity.group.cued', unknown: { name: '', country: countryIn(words, k, end, lex), office: null, kind: 'group' } };
}
