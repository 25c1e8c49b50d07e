// The token match language, compiled once. A pattern is a line of elements separated by spaces; each element tests
// one token (or a bounded run of tokens). Modelled on compromise's match syntax and spaCy's Matcher token patterns:
//
//   word        the token's lemma or lower-case form is `word`       ("withdraw" matches withdrew, withdrawing)
//   =word       the lower-case form exactly                          ("=talks" does not match "talk")
//   #POS        wink's Universal POS tag                             (#VERB, #NOUN, #PROPN, #ADP, #DET, #ADJ ...)
//   @kind       part of an entity of that kind: @person @state @org @group @place, or @party (any of the first four)
//   .           any token
//   word#POS    both: the word with that tag                         ("ban#VERB" is not the noun "ban")
//   (a|b|#X)    one of several atoms; (a|b)#VERB adds the tag to all
//   !atom       one token that does not match the atom               ("!(for|on)")
//   x?          optional; x{m,n} between m and n tokens (".{0,3}" is a gap of up to three tokens)
//   [ ... ]     the trigger: the part of the match that is the event's evidence (default: the whole match)
//
// A pattern that cannot be parsed throws at load time, naming the rule.
import type { EntityKind } from '../record.js';
import type { SynToken } from '../syntax/types.js';

export type TokenTest = (t: SynToken) => boolean;

export interface Element {
  test: TokenTest;
  min: number;
  max: number;
  /** Literal words this element requires (lemma or form), when it tests nothing else: the index keys. */
  words: string[] | null;
  captureStart: boolean;
  captureEnd: boolean;
  source: string;
}

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** Words of which at least one must occur in a sentence for the pattern to match there (null: no such words). */
  needs: string[] | null;
  /** When the first element is the one `needs` comes from, a match can only start where those words are. */
  anchored: boolean;
}

const KINDS: Record<string, EntityKind[]> = {
  person: ['person'], state: ['state'], org: ['organization'], group: ['group'], place: ['place'],
  party: ['person', 'state', 'organization', 'group'],
};

/** Function words too common to index a rule by: prepositions, particles, articles, "that", "not", "if". */
const INDEX_STOPWORDS = new Set('to of on in for with by at from into about over off out up down back the a an that not if and or'.split(' '));

export class PatternError extends Error {}

function atom(src: string): { test: TokenTest; words: string[] | null } {
  if (src.startsWith('!')) {
    const inner = atom(src.slice(1));
    return { test: (t) => !inner.test(t), words: null };
  }
  // "fighting#NOUN", "(clash|clashes)#(NOUN|PROPN)": the word with that tag, or with one of those tags.
  const tagged = /^(.+[^\s#])#([A-Z]+|\([A-Z]+(?:\|[A-Z]+)+\))$/.exec(src);
  if (tagged && !src.startsWith('#')) {
    const inner = atom(tagged[1]), tags = new Set(tagged[2].replace(/[()]/g, '').split('|'));
    return { test: (t) => tags.has(t.pos) && inner.test(t), words: inner.words };
  }
  if (src.startsWith('(') && src.endsWith(')')) {
    const parts = src.slice(1, -1).split('|').map(atom);
    if (!parts.length) throw new PatternError(`empty alternation ${src}`);
    const words = parts.every((p) => p.words) ? parts.flatMap((p) => p.words!) : null;
    // Most tokens' lemma is their form: the form is looked up only when it differs (this test runs at every token).
    if (words) { const set = new Set(words); return { test: (t) => set.has(t.lemma) || (t.lower !== t.lemma && set.has(t.lower)), words }; }
    return { test: (t) => parts.some((p) => p.test(t)), words: null };
  }
  if (src === '.') return { test: () => true, words: null };
  if (src.startsWith('#')) {
    const tag = src.slice(1);
    if (!/^[A-Z]+$/.test(tag)) throw new PatternError(`bad POS tag ${src}`);
    return { test: (t) => t.pos === tag, words: null };
  }
  if (src.startsWith('@')) {
    const kinds = KINDS[src.slice(1)];
    if (!kinds) throw new PatternError(`unknown entity kind ${src}`);
    return { test: (t) => t.entityKind !== null && kinds.includes(t.entityKind), words: null };
  }
  if (src.startsWith('=')) {
    const w = src.slice(1).toLowerCase();
    return { test: (t) => t.lower === w, words: [w] };
  }
  if (!/^[\p{L}\p{N}'’&.-]+$/u.test(src)) throw new PatternError(`bad word ${src}`);
  const w = src.toLowerCase();
  return { test: (t) => t.lemma === w || t.lower === w, words: [w] };
}

function element(raw: string): Element {
  let src = raw;
  const captureStart = src.startsWith('[') && src.length > 1;
  if (captureStart) src = src.slice(1);
  const captureEnd = src.endsWith(']') && src.length > 1;
  if (captureEnd) src = src.slice(0, -1);
  let min = 1, max = 1;
  const rep = /\{(\d+),(\d+)\}$/.exec(src);
  if (rep) {
    min = Number(rep[1]); max = Number(rep[2]);
    if (max < min || max > 12) throw new PatternError(`bad repeat ${raw} (at most 12)`);
    src = src.slice(0, rep.index);
  } else if (src.endsWith('?') && src.length > 1) { min = 0; src = src.slice(0, -1); }
  const a = atom(src);
  return { test: a.test, min, max, words: a.words, captureStart, captureEnd, source: raw };
}

/** Splits on spaces outside parentheses. */
function split(source: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of source.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) { if (cur) out.push(cur); cur = ''; } else cur += ch;
  }
  if (depth !== 0) throw new PatternError(`unbalanced parentheses in "${source}"`);
  if (cur) out.push(cur);
  return out;
}

export function compilePattern(source: string): CompiledPattern {
  const elements = split(source).map(element);
  if (!elements.length) throw new PatternError('empty pattern');
  if (elements.filter((e) => e.captureStart).length > 1 || elements.filter((e) => e.captureEnd).length > 1) {
    throw new PatternError(`more than one [ ] in "${source}"`);
  }
  // The rarest required literal is the best key; without frequencies, the required literal element listing the
  // fewest words, and never a function word while a content word is required (a key "to" or "of" is in nearly every
  // sentence, so the rule would be tried everywhere). Any required element gives the same matches; only speed differs.
  const required = elements.filter((e) => e.min > 0 && e.words);
  const cost = (e: Element) => e.words!.length + (e.words!.some((w) => INDEX_STOPWORDS.has(w)) ? 1000 : 0);
  const key = required.length ? required.reduce((a, b) => (cost(b) < cost(a) ? b : a)) : null;
  return { source, elements, needs: key ? key.words : null, anchored: key !== null && key === elements[0] };
}
