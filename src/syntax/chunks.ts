// Noun-phrase chunks from POS tags and entity mentions, with possessors, appositions and coordination.
// One left-to-right pass over the tokens and one over the chunks: linear in sentence length.
import type { Chunk, SynToken } from './types.js';
import { hyphenGlued } from './tokens.js';
import { CALENDAR_WORDS, COORDINATORS, LIST_OPENERS, POSSESSIVE_DETERMINERS, RELATIVES, SUBORDINATORS } from './lexicon.data.js';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

function isPossessiveMark(t: SynToken): boolean {
  return t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’';
}

/** Can the token start a noun phrase? */
function opens(t: SynToken): boolean {
  // A relative pronoun opens a clause, not a noun phrase: its referent is the noun before it.
  if (RELATIVES.has(t.lower) || (t.lower === 'that' && t.pos !== 'DET')) return false;
  return t.entity !== null || t.pos === 'DET' || MODIFIER.has(t.pos) || t.pos === 'PRON' || POSSESSIVE_DETERMINERS.has(t.lower);
}

/** Can the token continue the noun phrase begun before it? */
function continues(t: SynToken, prev: SynToken): boolean {
  // "In January Ethiopia signed": a month or weekday ends its date phrase before a name.
  // "received at Jubilee House the President of Togo": a determiner after a noun opens the next phrase, even when both
  // are mentions (a venue and a guest), unless it is inside the same mention.
  if (t.pos === 'DET' && NOMINAL.has(prev.pos) && t.entity !== prev.entity) return false;
  if (t.entity !== null) return prev.entity !== null || !CALENDAR_WORDS.has(prev.lower);
  if (prev.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(prev.lower)) return false; // "he" stands alone
  // "a water-sharing treaty": a hyphen glues the next word into the phrase whatever its tag.
  return MODIFIER.has(t.pos) || (t.lower === '-' && prev.end === t.start) || (prev.lower === '-' && prev.end === t.start);
}

const capitalised = (t: SynToken | undefined) => t !== undefined && t.entity === null && /^\p{Lu}/u.test(t.text);

/** Is tokens[j] the "of" inside a capitalised title that a person's name follows within a few words? */
function titleOf(tokens: SynToken[], j: number): boolean {
  if (tokens[j]?.lower !== 'of' || !capitalised(tokens[j - 1]) || !capitalised(tokens[j + 1])) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    if (tokens[k].entityKind === 'person') return true;
    if (!capitalised(tokens[k])) return false;
  }
  return false;
}

/** "up to 100 protesters", "about 200 supporters": a preposition before a number measures it, it governs nothing. */
function approximator(prep: string, before: string | undefined, first: SynToken): boolean {
  return first.pos === 'NUM' && ((prep === 'to' && before === 'up') || prep === 'about' || prep === 'around' || prep === 'over' || prep === 'nearly' || prep === 'under');
}

const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'over', 'away']);

/** "speeded up the withdrawal", "handed over the bodies": a particle right after a verb belongs to the verb. */
function particle(prep: SynToken, before: SynToken | undefined): boolean {
  return PARTICLES.has(prep.lower) && before !== undefined && (before.pos === 'VERB' || before.pos === 'AUX');
}

/** "the internationally recognised government", "a highly symbolic visit": an -ly adverb of the adjective after it. */
function modifiesAdjective(tokens: SynToken[], k: number): boolean {
  const t = tokens[k], next = tokens[k + 1];
  return t.pos === 'ADV' && t.lower.endsWith('ly') && next !== undefined && next.pos === 'ADJ';
}

export function findChunks(tokens: SynToken[]): { chunks: Chunk[]; chunkOf: Int32Array } {
  const chunkOf = new Int32Array(tokens.length).fill(-1);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if ((!opens(t) && !hyphenGlued(tokens, i) && !modifiesAdjective(tokens, i)) || isPossessiveMark(t)) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && (continues(tokens[j], tokens[j - 1]) || modifiesAdjective(tokens, j)) && !isPossessiveMark(tokens[j])) j++;
    // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Ayman Safadi": a title with "of" before a name.
    while (titleOf(tokens, j)) {
      j++;
      while (j < tokens.length && continues(tokens[j], tokens[j - 1]) && !isPossessiveMark(tokens[j])) j++;
    }
    let head = -1;
    for (let k = j - 1; k >= i; k--) if (NOMINAL.has(tokens[k].pos) || tokens[k].pos === 'PRON' || tokens[k].entity) { head = k; break; }
    if (head < 0 || (head === i && tokens[i].pos === 'PRON' && POSSESSIVE_DETERMINERS.has(tokens[i].lower) && j === i + 1)) { i = j; continue; }
    const entities: string[] = [];
    for (let k = i; k < j; k++) { const e = tokens[k].entity; if (e && !entities.includes(e)) entities.push(e); }
    const prevTok = i > 0 ? tokens[i - 1] : null;
    const index = chunks.length;
    chunks.push({
      index, start: i, end: j, head, entities, possessor: null, appositionOf: null, coordination: index,
      prep: prevTok && prevTok.pos === 'ADP' && !approximator(prevTok.lower, tokens[i - 2]?.lower, tokens[i])
        && !particle(prevTok, tokens[i - 2]) ? prevTok.lower : null, attachedTo: null, listedBy: null,
    });
    for (let k = i; k < j; k++) chunkOf[k] = index;
    i = j;
  }
  linkChunks(tokens, chunks);
  return { chunks, chunkOf };
}

/** Possessors ("Russia's invasion"), coordination ("Trump, Putin and Zelensky"), apposition ("Witkoff, the envoy,"). */
function linkChunks(tokens: SynToken[], chunks: Chunk[]): void {
  for (let c = 1; c < chunks.length; c++) {
    const prev = chunks[c - 1], cur = chunks[c];
    const gap = tokens.slice(prev.end, cur.start);
    // "between Sudan's army and ...": the possessed phrase is the prepositional object the possessor opened.
    if (gap.length === 1 && isPossessiveMark(gap[0])) {
      cur.possessor = prev.index; cur.prep = prev.prep;
      if (c >= 2 && possessiveApposition(tokens, chunks[c - 2], prev, cur)) cur.appositionOf = chunks[c - 2].index;
      continue;
    }
    if (gap.length === 0) continue;
    // "the Kurdistan Regional Government (KRG) agreed": a party's short name in brackets renames it.
    if (gap.length === 1 && gap[0].lower === '(' && tokens[cur.end]?.lower === ')' && cur.entities.length > 0 && prev.entities.length > 0) {
      cur.appositionOf = prev.index;
      continue;
    }
    if (opensList(tokens, prev, cur, gap)) { prev.listedBy = cur.index; continue; }
    // "several allies of Machar, including X and Y": the list spells out the noun the "of" phrase hangs on.
    const owner = prev.prep === 'of' && c >= 2 && chunks[c - 2].end === prev.start - 1 ? chunks[c - 2] : null;
    if (owner && opensList(tokens, owner, cur, gap)) { owner.listedBy = cur.index; continue; }
    const joiner = gap.every((t) => t.lower === ',' || COORDINATORS.has(t.lower) || t.lower === 'both');
    if (!joiner) continue;
    const hasCoordinator = gap.some((t) => COORDINATORS.has(t.lower));
    const after = tokens[cur.end];
    const titled = tokens[cur.start].pos === 'DET' || POSSESSIVE_DETERMINERS.has(tokens[cur.start].lower);
    // "Witkoff, the U.S. envoy, said": a determiner-led phrase between commas renames the one before it.
    // "after Rwanda, its ally, signed": a name a subordinator opens is the subject of its clause and may be renamed too.
    const bare = prev.prep === null || (SUBORDINATORS.has(prev.prep) && prev.entities.length > 0);
    // "the United States, a treaty ally of the Philippines, welcomed": the renaming phrase may end in an "of" phrase.
    const closed = after?.lower === ',' || (after?.lower === 'of' && chunks[c + 1]?.start === cur.end + 1 && tokens[chunks[c + 1].end]?.lower === ',');
    if (!hasCoordinator && titled && closed && bare) { cur.appositionOf = prev.index; continue; }
    // "amid heavy fighting, Russia and Ukraine ...": a comma joins only phrases of one kind (both name parties or neither).
    const alike = (prev.entities.length > 0) === (cur.entities.length > 0);
    if ((hasCoordinator || seriesEndsInCoordinator(tokens, chunks, c)) && (alike || hasCoordinator && !gap.some((t) => t.lower === ','))) cur.coordination = prev.coordination;
  }
}

/**
 * "Pakistan, China's close ally, criticised ...": a possessed phrase between commas right after a bare phrase renames
 * it, as a determiner-led one does; the possessor is not the subject. "Russia, Ukraine's army and the EU" is a list.
 */
function possessiveApposition(tokens: SynToken[], named: Chunk, possessor: Chunk, possessed: Chunk): boolean {
  const gap = tokens.slice(named.end, possessor.start);
  if (gap.length !== 1 || gap[0].lower !== ',' || named.prep !== null || named.entities.length === 0) return false;
  if (tokens[possessed.head].entity !== null) return false;
  // "X, the AU's mediator for the region, met": a short phrase may hang on the possessed noun before the comma.
  let k = possessed.end;
  while (k < tokens.length && k < possessed.end + 6 && tokens[k].lower !== ',' && APPOSITION_TAIL.has(tokens[k].pos)) k++;
  const after = tokens[k], next = tokens[k + 1];
  return after?.lower === ',' && !!next && !COORDINATORS.has(next.lower);
}
const APPOSITION_TAIL = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "a U.S. team: Witkoff and Kushner", "European leaders, such as France's Macron": a common noun for a group, then a
 * list of named parties that spells it out. */
function opensList(tokens: SynToken[], prev: Chunk, cur: Chunk, gap: SynToken[]): boolean {
  if (tokens[prev.head].entity !== null || cur.entities.length === 0) return false;
  const words = gap.filter((t, k) => !(t.lower === ',' && k === 0)).map((t) => t.lower).join(' ');
  return LIST_OPENERS.has(words);
}

/** "Macron, Starmer and Merz": a comma joins members only when the series ends with and/or. */
function seriesEndsInCoordinator(tokens: SynToken[], chunks: Chunk[], c: number): boolean {
  for (let k = c + 1; k < chunks.length && k <= c + 6; k++) {
    const gap = tokens.slice(chunks[k - 1].end, chunks[k].start);
    if (!gap.length || !gap.every((t) => t.lower === ',' || COORDINATORS.has(t.lower))) return false;
    if (gap.some((t) => COORDINATORS.has(t.lower))) return true;
  }
  return false;
}
