// Runs every compiled rule over a sentence's tokens in one pass. Rules are indexed by the words they require (as
// compromise caches a document's words and skips matches whose needs are absent): a sentence only tries the rules
// whose key words it contains, plus the few with no key word. Elements have bounded repeats, so a match attempt is
// bounded by the pattern, and a sentence costs time linear in its length.
import type { SynToken } from '../syntax/types.js';
import { compilePattern, type CompiledPattern, type Element } from './compile.js';

export interface Match<R> {
  rule: R;
  /** Token range of the whole match and of its trigger ([ ] part), [start, end). */
  start: number;
  end: number;
  triggerStart: number;
  triggerEnd: number;
}

interface Entry<R> {
  rule: R;
  pattern: CompiledPattern;
  order: number;
  /** Which elements open and close the trigger ([ ]), -1 when none: found once per rule, not per match. */
  captureStart: number;
  captureEnd: number;
  /** Fewest and most tokens the elements before the key element can take: a match starts that far before a key word. */
  leadMin: number;
  leadMax: number;
}

/** Token counts the elements before the first element that supplies `needs` can take (0, 0 when anchored). */
function lead(p: CompiledPattern): { leadMin: number; leadMax: number } {
  let leadMin = 0, leadMax = 0;
  for (const e of p.elements) {
    if (e.min > 0 && e.words === p.needs) break;
    leadMin += e.min; leadMax += e.max;
  }
  return { leadMin, leadMax };
}

function captures(elements: readonly Element[]): { captureStart: number; captureEnd: number } {
  return { captureStart: elements.findIndex((e) => e.captureStart), captureEnd: elements.findIndex((e) => e.captureEnd) };
}

export class Grammar<R extends { id: string; match: string }> {
  private readonly byWord = new Map<string, Entry<R>[]>();
  private readonly always: Entry<R>[] = [];
  // Per-call scratch, reused so a sentence allocates only its matches: the start positions noted for each rule (by
  // rule order; the first startCount of them are this call's), and which call last noted the rule. matchAll is
  // never re-entered.
  private readonly starts: number[][];
  private readonly startCount: Int32Array;
  private readonly notedIn: Int32Array;
  private readonly entries: Entry<R>[];
  private call = 0;

  constructor(rules: readonly R[]) {
    this.entries = rules.map((rule, order) => {
      let pattern: CompiledPattern;
      try { pattern = compilePattern(rule.match); } catch (e) { throw new Error(`rule ${rule.id}: ${(e as Error).message}`); }
      const entry = { rule, pattern, order, ...lead(pattern), ...captures(pattern.elements) };
      if (!pattern.needs) { this.always.push(entry); return entry; }
      for (const w of pattern.needs) {
        const list = this.byWord.get(w) ?? [];
        list.push(entry);
        this.byWord.set(w, list);
      }
      return entry;
    });
    this.starts = rules.map(() => []);
    this.startCount = new Int32Array(rules.length);
    this.notedIn = new Int32Array(rules.length);
  }

  /**
   * Can any rule match these tokens? False when none of them is a key word (by form or lemma) and no rule lacks one:
   * then matchAll finds nothing. It reads only forms and lemmas, so a caller may ask it of a sentence's wink tokens
   * before building the tokens the rules read (tag repairs change tags, never forms or lemmas).
   */
  mayMatch(tokens: readonly { lower: string; lemma: string }[]): boolean {
    if (this.always.length) return true;
    for (let i = 0; i < tokens.length; i++) if (this.byWord.has(tokens[i].lower) || this.byWord.has(tokens[i].lemma)) return true;
    return false;
  }

  /** Every rule's matches in the sentence, in rule order then text order (non-overlapping per rule). */
  matchAll(tokens: SynToken[]): Match<R>[] {
    // One pass over the tokens: which rules can match, and where. A match holds its key element, which starts on a
    // key word; so it starts between leadMax and leadMin tokens before one. Key words come in text order, so the
    // start positions are pushed in order, each once.
    const call = ++this.call;
    const noted: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const byForm = this.byWord.get(t.lower);
      if (byForm) this.noteAll(byForm, i, call, noted);
      const byLemma = t.lemma !== t.lower ? this.byWord.get(t.lemma) : undefined;
      if (byLemma) this.noteAll(byLemma, i, call, noted);
    }
    for (const e of this.always) noted.push(e.order);
    noted.sort((a, b) => a - b);
    const out: Match<R>[] = [];
    for (const order of noted) {
      const entry = this.entries[order];
      if (entry.pattern.needs) this.matchFrom(entry, tokens, this.starts[order], this.startCount[order], out);
      else this.matchEverywhere(entry, tokens, out);
    }
    return out;
  }

  private noteAll(list: readonly Entry<R>[], i: number, call: number, noted: number[]): void {
    for (let k = 0; k < list.length; k++) {
      const e = list[k];
      const starts = this.starts[e.order];
      if (this.notedIn[e.order] !== call) {
        this.notedIn[e.order] = call;
        this.startCount[e.order] = 0;
        noted.push(e.order);
      }
      let count = this.startCount[e.order];
      const last = count ? starts[count - 1] : -1;
      for (let at = Math.max(last + 1, i - e.leadMax); at <= i - e.leadMin; at++) {
        if (count < starts.length) starts[count] = at; else starts.push(at);
        count++;
      }
      this.startCount[e.order] = count;
    }
  }

  /** The rule's matches tried at the first `count` of `starts` (ascending), each after the end of the one before. */
  private matchFrom(entry: Entry<R>, tokens: SynToken[], starts: readonly number[], count: number, out: Match<R>[]): void {
    let next = 0;
    for (let n = 0; n < count; n++) {
      const i = starts[n];
      if (i < next) continue;
      const m = matchRule(entry, tokens, i);
      if (!m) continue;
      out.push(m);
      next = Math.max(i + 1, m.end);
    }
  }

  /** A rule with no key word, tried at every token. */
  private matchEverywhere(entry: Entry<R>, tokens: SynToken[], out: Match<R>[]): void {
    let next = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i < next) continue;
      const m = matchRule(entry, tokens, i);
      if (!m) continue;
      out.push(m);
      next = Math.max(i + 1, m.end);
    }
  }
}

// Where each element starts on the path being tried (on success, the successful path); shared by every attempt,
// since an attempt allocating its own array and closure was the matcher's main garbage.
let bounds = new Int32Array(16);

/** Tries elements from `ei` at token `ti`; the end of the shortest match, or -1. */
function go(elements: Element[], tokens: SynToken[], ei: number, ti: number): number {
  bounds[ei] = ti;
  if (ei === elements.length) return ti;
  const e = elements[ei];
  let k = 0;
  for (; k < e.min; k++) if (ti + k >= tokens.length || !e.test(tokens[ti + k])) return -1;
  for (;; k++) {
    const end = go(elements, tokens, ei + 1, ti + k);
    if (end >= 0) return end;
    if (k >= e.max || ti + k >= tokens.length || !e.test(tokens[ti + k])) return -1;
  }
}

/** The end of the shortest match of the elements starting at token `at` (bounds hold its path), or -1. */
function endAt(elements: Element[], tokens: SynToken[], at: number): number {
  if (elements[0].min > 0 && (at >= tokens.length || !elements[0].test(tokens[at]))) return -1;
  if (bounds.length <= elements.length) bounds = new Int32Array(elements.length + 1);
  const end = go(elements, tokens, 0, at);
  return end > at ? end : -1;
}

/** The trigger of the match whose path `bounds` holds, given the elements that open and close it. */
function trigger(at: number, end: number, cs: number, ce: number): { triggerStart: number; triggerEnd: number } {
  const triggerStart = cs >= 0 ? bounds[cs] : at;
  const triggerEnd = ce >= 0 ? bounds[ce + 1] : end;
  return { triggerStart, triggerEnd: Math.max(triggerEnd, triggerStart + 1) };
}

/** The rule's shortest match at token `at`, built as one object (the matcher's garbage is per attempt). */
function matchRule<R>(entry: Entry<R>, tokens: SynToken[], at: number): Match<R> | null {
  const end = endAt(entry.pattern.elements, tokens, at);
  if (end < 0) return null;
  const { triggerStart, triggerEnd } = trigger(at, end, entry.captureStart, entry.captureEnd);
  return { rule: entry.rule, start: at, end, triggerStart, triggerEnd };
}

/** The shortest match of the elements starting at token `at`, or null (lazy repeats, like `{0,3}?` in a regex). */
export function matchAt(elements: Element[], tokens: SynToken[], at: number): Omit<Match<never>, 'rule'> | null {
  const end = endAt(elements, tokens, at);
  if (end < 0) return null;
  const { captureStart: cs, captureEnd: ce } = captures(elements);
  return { start: at, end, ...trigger(at, end, cs, ce) };
}
