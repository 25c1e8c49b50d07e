// Clause boundaries in one pass: a clause opens at a subordinator, relative pronoun, "if", "to" + verb, a comma
// before an -ing participle, "and/but" before a verb, after a verb of saying, or clause punctuation. A comma closes
// an adverbial, conditional, relative or participle clause that already has its verb. A clause with no verb of its
// own ("after the talks") is folded back into the one it opened from.
import type { Clause, ClauseKind, SynToken, VerbGroup } from './types.js';
import { CLAUSE_PUNCTUATION, CONDITIONALS, DASHES, COORDINATORS, OBJECT_CONTROL, OPENING_QUOTES, PURPOSE_CUES, RELATIVES, SPEECH_PREDICATES, SPEECH_VERBS, SUBORDINATORS } from './lexicon.data.js';

const CLOSED_BY_COMMA = new Set<ClauseKind>(['subordinate', 'conditional', 'relative', 'participle']);
const COMPLEMENT_ADJ = new Set(['ready', 'willing', 'prepared', 'able', 'unable', 'eager', 'reluctant', 'likely', 'set', 'due', 'expected', 'poised']);

interface Opening { kind: ClauseKind; cue: string | null }

/** The clause the token at `i` opens, if any. `verbOf` tells which tokens are verbs; `open` is the current clause. */
function opening(tokens: SynToken[], i: number, verbOf: Int32Array, verbs: VerbGroup[], open: Clause, seenVerb: boolean,
  lastVerb: VerbGroup | null): Opening | null {
  const t = tokens[i], next = tokens[i + 1], prev = tokens[i - 1];
  // "X – the envoy – said": the closing dash of an aside needs no verb inside the aside.
  if (DASHES.has(t.lower) && (seenVerb || (open.cue !== null && DASHES.has(open.cue))) && verbAfterDash(tokens, i, verbOf, verbs)) return { kind: 'coordinated', cue: t.lower };
  if (CLAUSE_PUNCTUATION.has(t.lower) && !shortAside(tokens, i, verbOf)) return { kind: 'main', cue: t.lower };
  if (CONDITIONALS.has(t.lower)) return { kind: 'conditional', cue: t.lower };
  if (invertedCondition(tokens, i, verbOf)) return { kind: 'conditional', cue: t.lower };
  const placeRelative = whereRelative(tokens, i);
  if (placeRelative) return { kind: 'relative', cue: placeRelative };
  if (RELATIVES.has(t.lower) && prev && (prev.lower === ',' || DASHES.has(prev.lower) || prev.pos === 'NOUN' || prev.pos === 'PROPN')) return { kind: 'relative', cue: t.lower };
  if (t.lower === 'that' && prev) {
    const pv = verbOf[i - 1] >= 0 ? verbs[verbOf[i - 1]] : null;
    if ((pv && SPEECH_VERBS.has(tokens[pv.head].lemma)) || speechPredicateBefore(tokens, i, verbOf, verbs)) return { kind: 'reported', cue: 'that' };
    if (prev.pos === 'NOUN' && next && verbOf[i + 1] >= 0) return { kind: 'relative', cue: 'that' };
    if (pv || (seenVerb && next && next.pos !== 'NOUN')) return { kind: 'subordinate', cue: 'that' };
  }
  if (SUBORDINATORS.has(t.lower) && t.lower !== 'as' && !(t.lower === 'once' && next?.lower === 'again')) return { kind: 'subordinate', cue: t.lower };
  if (t.lower === 'as' && seenVerb && prev?.lower !== 'such' && subjectThenVerb(tokens, i + 1, verbOf)) return { kind: 'subordinate', cue: 'as' };
  // "not to “torpedo the talks”": an opening quotation mark may stand between "to" and its verb.
  const verbAt = next && OPENING_QUOTES.has(next.lower) ? i + 2 : i + 1;
  if (t.lower === 'to' && verbAt < tokens.length && verbOf[verbAt] >= 0 && verbs[verbOf[verbAt]].start === verbAt) return infinitive(tokens, i, verbOf, seenVerb, lastVerb);
  // "aimed at reaching a truce", "with the goal of securing": a goal told with an -ing verb.
  if (t.pos === 'ADP' && next && next.lower.endsWith('ing') && verbOf[i + 1] >= 0 && prev && PURPOSE_CUES.has(prev.lower)) return { kind: 'purpose', cue: `${prev.lower} ${t.lower}` };
  // "..., urging Kyiv", "..., repeatedly criticizing Kyiv": a comma, at most two adverbs, then an -ing verb.
  if (t.lower === ',' && seenVerb && ingAfterAdverbs(tokens, i + 1)) return { kind: 'participle', cue: null };
  // "flew in to attend the parade, and troops have fought ...": ", and" before a subject and its verb ends a goal
  // clause; the new clause pairs with the one the goal hangs on (findClauses lifts it).
  if ((t.lower === 'and' || t.lower === 'but') && prev?.lower === ',' && (open.kind === 'infinitive' || open.kind === 'purpose')
    && seenVerb && subjectThenVerb(tokens, i + 1, verbOf)) return { kind: 'coordinated', cue: t.lower };
  // "held talks but have yet to reach a deal": "but" before a verb joins a second predicate as "and" does.
  if ((COORDINATORS.has(t.lower) || t.lower === 'but') && seenVerb && next && (verbOf[i + 1] >= 0 || (next.pos === 'ADV' && verbOf[i + 2] >= 0))) return { kind: 'coordinated', cue: t.lower };
  if (open.kind !== 'reported' && prev && verbOf[i - 1] >= 0 && verbs[verbOf[i - 1]].end === i
    && SPEECH_VERBS.has(tokens[verbs[verbOf[i - 1]].head].lemma) && (t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'PRON' || t.entity)
    && !thatSoon(tokens, i) && !deniedThing(tokens, i, verbOf, verbs)) {
    return { kind: 'reported', cue: tokens[verbs[verbOf[i - 1]].head].lower };
  }
  return null;
}

/** How many tokens a parenthesis may hold and still be a name's gloss: "(ELN)", "(Yemen's Houthis)". */
const GLOSS_TOKENS = 6;
const LIST_JOINERS = new Set([',', 'and', 'or']);

/** "the National Liberation Army (ELN) on Friday, accusing ...": a short parenthesis with no verb glosses the name
 * before it; its brackets open no clause, so the sentence goes on as one. */
function shortAside(tokens: SynToken[], i: number, verbOf: Int32Array): boolean {
  const t = tokens[i].lower;
  if (t !== '(' && t !== ')') return false;
  const step = t === '(' ? 1 : -1, close = t === '(' ? ')' : '(';
  // A list of names ("(Kenya, Uganda and the United Republic of Tanzania)") counts each name as one token and not
  // the commas and "and" between them.
  for (let k = i + step, n = 0; k >= 0 && k < tokens.length && n <= GLOSS_TOKENS; k += step) {
    if (tokens[k].lower === close) return n > 0;
    if (!LIST_JOINERS.has(tokens[k].lower) && (tokens[k].entity === null || tokens[k].entity !== tokens[k - step]?.entity)) n++;
    if (verbOf[k] >= 0 || CLAUSE_PUNCTUATION.has(tokens[k].lower)) return false;
  }
  return false;
}

const NOMINAL_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const NAME_LIKE = (t: SynToken | undefined) => t !== undefined && (t.entity !== null || t.pos === 'PROPN');

/** "hopes rose as Kenyan and Somali envoys gathered ...": a noun phrase (a list of names may hold commas)
 * right after "as", then a verb, is that verb's subject: "as" opens a clause. */
function subjectThenVerb(tokens: SynToken[], k: number, verbOf: Int32Array): boolean {
  for (let e = k; e < tokens.length && e < k + 10; e++) {
    const t = tokens[e];
    if (verbOf[e] >= 0) return e > k && (NAME_LIKE(tokens[e - 1]) || tokens[e - 1].pos === 'NOUN');
    const listed = (t.lower === ',' || t.lower === 'and') && (NAME_LIKE(tokens[e - 1]) || tokens[e - 1].lower === ',');
    if (!NOMINAL_POS.has(t.pos) && t.entity === null && !listed) return false;
  }
  return false;
}

/** "Had the deal not been reached, ...", "could have collapsed had Kyiv insisted", "Should talks fail, ...": an
 * auxiliary before its subject and verb opens a condition as "if" does. */
function invertedCondition(tokens: SynToken[], i: number, verbOf: Int32Array): boolean {
  const prev = tokens[i - 1];
  if (!INVERTED_CONDITIONALS.has(tokens[i].lower) || (prev && prev.pos !== 'VERB' && prev.pos !== 'ADV' && prev.lower !== ',')) return false;
  for (let e = i + 1; e < tokens.length && e < i + 9; e++) {
    if (verbOf[e] >= 0) return e > i + 1 && (NAME_LIKE(tokens[e - 1]) || tokens[e - 1].pos === 'NOUN' || tokens[e - 1].lower === 'not');
    if (!NOMINAL_POS.has(tokens[e].pos) && tokens[e].entity === null && tokens[e].lower !== 'not') return false;
  }
  return false;
}
const INVERTED_CONDITIONALS = new Set(['had', 'were', 'should']);

function ingAfterAdverbs(tokens: SynToken[], k: number): boolean {
  for (let n = 0; n < 2 && tokens[k]?.pos === 'ADV'; n++) k++;
  const t = tokens[k];
  return t !== undefined && t.pos === 'VERB' && t.lower.endsWith('ing');
}

const hangsOnNoun = (t: SynToken | undefined) => t !== undefined && (t.lower === ',' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.entity !== null);

/** "the city where the envoys met", "the summit, at which both leaders spoke": "where", or a preposition before
 * "which", right after a noun opens a relative clause on it (its cue: "where", "at which"). */
function whereRelative(tokens: SynToken[], i: number): string | null {
  const t = tokens[i], prev = tokens[i - 1];
  if (t.lower === 'where' && hangsOnNoun(prev)) return 'where';
  if (t.pos === 'ADP' && tokens[i + 1]?.lower === 'which' && hangsOnNoun(prev)) return `${t.lower} which`;
  return null;
}

/** "said on Monday – and urged Kyiv", "speaking to reporters – urged": a verb group (after and/but) opens what
 * follows the dash, so it goes on with the clause before the aside and shares its subject. */
function verbAfterDash(tokens: SynToken[], i: number, verbOf: Int32Array, verbs: VerbGroup[]): boolean {
  const k = tokens[i + 1] && (COORDINATORS.has(tokens[i + 1].lower) || tokens[i + 1].lower === 'but') ? i + 2 : i + 1;
  return k < tokens.length && verbOf[k] >= 0 && verbs[verbOf[k]].start === k;
}

const IMPERSONAL = new Set(['it', 'this', 'that', 'there']);

/** "made clear that", "made it plain that", "has been clear that": a verb and predicate word of the reporting list right
 * before "that" ("it" may stand between them); "it is clear that" tells no one's speech. */
function speechPredicateBefore(tokens: SynToken[], i: number, verbOf: Int32Array, verbs: VerbGroup[]): boolean {
  const verbsFor = SPEECH_PREDICATES.get(tokens[i - 1]?.lower ?? '');
  if (!verbsFor) return false;
  const k = tokens[i - 2]?.lower === 'it' ? i - 3 : i - 2;
  const g = k >= 0 && verbOf[k] >= 0 ? verbs[verbOf[k]] : null;
  if (!g || g.end !== k + 1 || !verbsFor.has(tokens[g.head].lemma)) return false;
  return !(tokens[g.head].lemma === 'be' && IMPERSONAL.has(tokens[g.start - 1]?.lower ?? ''));
}

/** "warned Taiwan that ...": the noun is the verb's object and "that" opens the reported clause (bounded look-ahead). */
/** "denied the charge and blamed X": what is denied is mostly a thing said; a determiner phrase with no verb of its
 * own after "deny" is the object, not a reported clause. */
function deniedThing(tokens: SynToken[], i: number, verbOf: Int32Array, verbs: VerbGroup[]): boolean {
  return tokens[verbs[verbOf[i - 1]].head].lemma === 'deny' && tokens[i].pos === 'DET' && !subjectThenVerb(tokens, i, verbOf);
}

function thatSoon(tokens: SynToken[], i: number): boolean {
  for (let k = i; k < tokens.length && k <= i + 4; k++) if (tokens[k].lower === 'that') return true;
  return false;
}

/** "agreed to withdraw" is a complement; "met on Sunday to sign", "in an attempt to reach" state a goal. */
function infinitive(tokens: SynToken[], i: number, verbOf: Int32Array, seenVerb: boolean, lastVerb: VerbGroup | null): Opening {
  const prev = tokens[i - 1], prev2 = tokens[i - 2];
  // "urged Kyiv to withdraw": the infinitive is what the verb asks of its object.
  if (lastVerb && OBJECT_CONTROL.has(tokens[lastVerb.head].lemma) && i - lastVerb.end <= 6) return { kind: 'infinitive', cue: 'to' };
  if (prev && (PURPOSE_CUES.has(prev.lower) || (prev2 && PURPOSE_CUES.has(prev2.lower) && prev.pos !== 'VERB'))) return { kind: 'purpose', cue: `${prev.lower} to` };
  // "agreed on Thursday not to use force": a denied infinitive completes its verb ("in order not to" is a goal, above).
  if (prev && (prev.lower === 'not' || prev.lower === 'never')) return { kind: 'infinitive', cue: 'to' };
  const complement = prev && (verbOf[i - 1] >= 0 || COMPLEMENT_ADJ.has(prev.lower));
  if (!complement && seenVerb && prev && prev.pos !== 'ADJ') return { kind: 'purpose', cue: 'to' };
  return { kind: 'infinitive', cue: 'to' };
}

export function findClauses(tokens: SynToken[], verbOf: Int32Array, verbs: VerbGroup[]): { clauses: Clause[]; clauseOf: Int32Array } {
  const clauseOf = new Int32Array(tokens.length).fill(-1);
  const clauses: Clause[] = [{ index: 0, start: 0, end: tokens.length, kind: 'main', parent: null, cue: null }];
  const hasVerb: boolean[] = [false];
  let cur = 0;
  let lastVerb: VerbGroup | null = null;
  let resumedAt = 0;
  for (let i = 0; i < tokens.length; i++) {
    const open = clauses[cur];
    // A word inside a verb group ("has once again rejected") opens no clause.
    const insideVerb = verbOf[i] >= 0 && verbs[verbOf[i]].start < i;
    const o = !insideVerb && (i > open.start || i === resumedAt) ? opening(tokens, i, verbOf, verbs, open, hasVerb[cur], lastVerb) : null;
    if (o) {
      const resumed = tokens[i].lower === ',' ? null : o;
      // "urged Kyiv to accept the plan and thanked Putin": an inflected verb after "and" pairs with the governing
      // clause's verb, not with the infinitive.
      const nextVerb = verbOf[i + 1] >= 0 ? verbs[verbOf[i + 1]] : null;
      const upward = o.kind === 'coordinated' && (open.kind === 'infinitive' || open.kind === 'purpose')
        && ((nextVerb !== null && tokens[nextVerb.head].lower !== tokens[nextVerb.head].lemma) || (nextVerb === null && tokens[i - 1]?.lower === ','));
      const parent = o.kind === 'main' ? null : DASHES.has(o.cue ?? '') ? beforeAside(clauses, clauseOf, cur) : upward ? open.parent : cur;
      clauses.push({ index: clauses.length, start: i, end: tokens.length, kind: (resumed ?? o).kind, parent, cue: o.cue });
      hasVerb.push(false);
      cur = clauses.length - 1;
    } else if (tokens[i].lower === ',' && i > open.start && ((CLOSED_BY_COMMA.has(open.kind) && (hasVerb[cur] || verblessInside(clauses, hasVerb, cur)))
      || reportedInAside(tokens, clauses, hasVerb, cur))) {
      // The comma ends the adverbial or relative clause: what follows continues the clause it hung on. A verbless
      // phrase inside it ("which have served as guarantors since 2022,") ends with it, and so does what an aside's
      // verb of saying reports ("X, which says it is the government, criticised ...").
      clauseOf[i] = cur;
      if (!hasVerb[cur] || open.kind === 'reported') cur = open.parent!;
      const closing = clauses[cur];
      if (closing.parent !== null) cur = closing.parent;
      else {
        clauses.push({ index: clauses.length, start: i + 1, end: tokens.length, kind: 'main', parent: null, cue: null });
        hasVerb.push(false);
        cur = clauses.length - 1;
      }
      resumedAt = i + 1;
      continue;
    }
    clauseOf[i] = cur;
    if (verbOf[i] >= 0) { hasVerb[cur] = true; lastVerb = verbs[verbOf[i]]; }
  }
  // A clause runs from its first to its last token; a relative clause may sit inside it.
  for (const c of clauses) c.end = c.start;
  for (let i = 0; i < tokens.length; i++) clauses[clauseOf[i]].end = i + 1;
  return fold(clauses, hasVerb, clauseOf);
}

/** "The NUG, which says it is the government, criticised": a reported clause, with its verb, inside a relative clause
 * set off by a comma after its noun. */
function reportedInAside(tokens: SynToken[], clauses: Clause[], hasVerb: boolean[], cur: number): boolean {
  const open = clauses[cur], parent = open.parent === null ? null : clauses[open.parent];
  return open.kind === 'reported' && hasVerb[cur] && parent !== null && parent.kind === 'relative' && tokens[parent.start - 1]?.lower === ',';
}

/** A verbless adverbial ("since 2022") inside a clause that a comma closes and that has its verb. */
function verblessInside(clauses: Clause[], hasVerb: boolean[], cur: number): boolean {
  const parent = clauses[cur].parent;
  return !hasVerb[cur] && parent !== null && CLOSED_BY_COMMA.has(clauses[parent].kind) && hasVerb[parent];
}

/** "and – without saying how – urged Kyiv": past an aside opened by a dash, the clause goes on with the main clause
 * that stood before the aside, not with the aside. */
function beforeAside(clauses: Clause[], clauseOf: Int32Array, cur: number): number {
  const root = rootOf(clauses, cur);
  const r = clauses[root];
  if (r.cue !== null && DASHES.has(r.cue) && r.start > 0 && clauseOf[r.start - 1] >= 0) return rootOf(clauses, clauseOf[r.start - 1]);
  return root;
}

/** The main clause a clause hangs from (bounded climb). */
function rootOf(clauses: Clause[], c: number): number {
  for (let hops = 0; clauses[c].parent !== null && hops < 8; hops++) c = clauses[c].parent!;
  return c;
}

/** A clause with no verb of its own joins the clause before it; indices are renumbered. */
function fold(clauses: Clause[], hasVerb: boolean[], clauseOf: Int32Array): { clauses: Clause[]; clauseOf: Int32Array } {
  const map = new Int32Array(clauses.length);
  const kept: Clause[] = [];
  for (const c of clauses) {
    if (c.end <= c.start) { map[c.index] = kept.length ? kept.length - 1 : 0; continue; }
    if (!hasVerb[c.index] && kept.length && c.kind !== 'main') {
      const into = kept[c.parent !== null ? map[c.parent] : kept.length - 1];
      map[c.index] = into.index;
      into.end = Math.max(into.end, c.end);
      continue;
    }
    map[c.index] = kept.length;
    kept.push({ ...c, index: kept.length });
  }
  if (!kept.length) kept.push({ index: 0, start: 0, end: clauseOf.length, kind: 'main', parent: null, cue: null });
  for (const c of kept) c.parent = c.parent === null || map[c.parent] === c.index ? null : map[c.parent];
  for (let i = 0; i < clauseOf.length; i++) clauseOf[i] = map[clauseOf[i] < 0 ? 0 : clauseOf[i]];
  return { clauses: kept, clauseOf };
}
