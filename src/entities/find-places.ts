// What a state's (or organisation's) name does where it stands, when that is not being a party:
// part of a place name ("Nueva Colombia", "Panama City"), a border ("the border area with X", "the X-Y border"),
// a proxy's home ("X's rebels" are the rebels), a broker ("X-brokered"), or the owner of a body ("the AU's Peace and
// Security Council" is the AU's body).
import type { LexEntry, Lexicon, NameHit } from './lexicon.js';
import type { Candidate, EntityTable } from './table.js';
import { joins, longestMatch, matchAt } from './trie.js';
import type { Word } from './words.js';

const ENGLISH_PREFIXES = new Set(['new', 'little', 'greater']);
const place = (name: string, country: string | null): LexEntry => ({ id: 'l:' + name, kind: 'place', name, country, office: null, gender: null });

/** A candidate for the state/organisation name matched at words[i..end), when its context says it is no party. */
export function nameInContext(text: string, words: Word[], i: number, end: number, hit: NameHit, lex: Lexicon, table: EntityTable): Candidate | null {
  const entry = hit.entry;
  if (entry.kind === 'state') {
    return inPlaceName(text, words, i, end, entry, lex) ?? atBorder(words, i, end, entry, lex)
      ?? proxy(words, i, end, entry, lex, table) ?? junta(words, i, end, hit, lex) ?? broker(words, i, end, hit, lex);
  }
  if (entry.kind === 'organization') return body(text, words, i, end, entry, lex) ?? broker(words, i, end, hit, lex);
  return null;
}

/** "Nueva Colombia", "Little India", "Panama City", "Israel Street": a place named after the state. */
function inPlaceName(text: string, words: Word[], i: number, end: number, entry: LexEntry, lex: Lexicon): Candidate | null {
  const o = lex.open;
  const prev = words[i - 1];
  let start = i, stop = end;
  // An English adjective opening a sentence or headline ("New Ukraine peace deal") makes no place name.
  const adjective = prev?.sentenceStart && ENGLISH_PREFIXES.has(prev.key);
  if (prev && words[i].gap === 'space' && prev.shape !== 'lower' && o.placePrefixes.has(prev.key) && !adjective) start = i - 1;
  const next = words[end];
  if (next && next.gap === 'space' && next.shape !== 'lower' && o.placeSuffixes.has(next.key)) stop = end + 1;
  if (start === i && stop === end) return null;
  const span: [number, number] = [words[start].start, words[stop - 1].end];
  // The scan already passed the prefix word (it named nothing); the mention starts there.
  return { end: stop, span, via: 'name', rule: 'entity.place.named-after-state', entry: place(text.slice(span[0], span[1]), entry.country) };
}

/** "the border (area) with X", "the X border", "the X-Y border": X says where. */
function atBorder(words: Word[], i: number, end: number, entry: LexEntry, lex: Lexicon): Candidate | null {
  const o = lex.open;
  const span: [number, number] = [words[i].start, words[end - 1].end];
  const asPlace: Candidate = { end, span, via: 'name', rule: 'entity.place.border', entry: place(entry.name, entry.country) };
  // Before: "... border (area) with|of|between [the] X" within five words.
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    if (words[k].sentence !== words[i].sentence) break;
    if (!o.borderLinks.has(words[k].key)) continue;
    for (let b = k - 1; b >= Math.max(0, k - 4); b--) {
      if (!o.borderNouns.next.has(words[b].key)) continue;
      const m = longestMatch(o.borderNouns, words, b, true);
      if (!m || m.end !== k) continue;
      // A possessed border ("its border with X") relates two states: X stays a party.
      const owner = words[b - 1];
      const possessed = owner && (o.borderOwners.has(owner.key) || (owner.key === 's' && owner.gap === 'apos'));
      return possessed ? null : asPlace;
    }
  }
  // After: "X border", "X-Y border", "X's border".
  let k = end;
  if (words[k]?.key === 's' && words[k].gap === 'apos') k++;
  for (let n = 0; n < 2 && words[k]?.gap === 'hyphen'; n++) {
    const other = matchAt(lex.names, words, k);
    if (!other?.values.some((h) => h.entry.kind === 'state')) break;
    k = other.end;
  }
  const after = words[k];
  if (!after || !(after.gap === 'space' || k === end) || !o.borderNouns.next.has(after.key)) return null;
  const border = longestMatch(o.borderNouns, words, k, true);
  // "U.S. border patrol agents", "Iranian border guards": the state's own men at the border act for it.
  if (!border || o.forceNouns.has(words[border.end]?.key ?? '')) return null;
  return asPlace;
}

/** "X's rebels", "the X-backed rebels" -> the rebels (the group last named from X, if any), not the state X. */
function proxy(words: Word[], i: number, end: number, entry: LexEntry, lex: Lexicon, table: EntityTable): Candidate | null {
  if (words[end]?.key !== 's' || words[end].gap !== 'apos') return null;
  const noun = longestMatch(lex.open.proxyNouns, words, end + 1, true);
  // "Moscow's opposition to the plan": a noun followed by "to" names the state's stance, not a group it backs.
  if (!noun || words[noun.end]?.key === 'to') return null;
  const group = table.recentGroup(entry.country);
  const span: [number, number] = [words[i].start, words[noun.end - 1].end];
  if (!group) return { end: noun.end, span, via: 'name', rule: 'entity.group.proxy', silent: true };
  return { end: noun.end, span, via: 'title', rule: 'entity.group.proxy', entityId: group.id };
}

/** "Myanmar's junta", "the Malian military government": the state, remembered for a later "the junta". */
function junta(words: Word[], i: number, end: number, hit: NameHit, lex: Lexicon): Candidate | null {
  let k = end;
  if (words[k]?.key === 's' && words[k].gap === 'apos') k++;
  const noun = words[k] && words[k].gap === 'space' ? longestMatch(lex.open.juntaNouns, words, k, true) : null;
  if (!noun) return null;
  return { end: noun.end, span: [words[i].start, words[noun.end - 1].end], via: hit.via, rule: 'entity.state.junta', entry: hit.entry, junta: true };
}

/** "Qatar-brokered", "Iran-backed": the state or body as broker or backer, no party. */
function broker(words: Word[], i: number, end: number, hit: NameHit, lex: Lexicon): Candidate | null {
  const next = words[end];
  if (!next || next.gap !== 'hyphen' || !lex.open.brokerSuffixes.has(next.key)) return null;
  return { end, span: [words[i].start, words[end - 1].end], via: hit.via, rule: 'entity.broker', entry: hit.entry, role: 'broker' };
}

/** "the African Union's Peace and Security Council", "the ECOWAS Commission": a body of the organisation. */
function body(text: string, words: Word[], i: number, end: number, entry: LexEntry, lex: Lexicon): Candidate | null {
  const o = lex.open;
  let k = end;
  if (words[k]?.key === 's' && words[k].gap === 'apos') k++;
  if (!words[k] || words[k].shape === 'lower' || (k === end && words[k].gap !== 'space') || (k > end && words[k].gap !== 'space')) return null;
  let stop = k, head = -1;
  while (stop < words.length && stop - k < 8 && (stop === k || joins(words, stop))) {
    const w = words[stop];
    if (w.shape === 'lower' && !(o.nameLinks.has(w.key) && words[stop + 1]?.shape !== 'lower')) break;
    if (o.bodyHeads.has(w.key) && w.shape !== 'lower') head = stop;
    stop++;
  }
  if (head < 0) return null;
  const bodyName = text.slice(words[k].start, words[head].end);
  return {
    end: head + 1, span: [words[i].start, words[head].end], via: 'name', rule: 'entity.org.body',
    unknown: { name: `${entry.name} ${bodyName}`, country: entry.country, office: null, kind: 'organization', aliases: [bodyName] },
  };
}
