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

export class Grammar<R extends { id: string; match: string }> {
  private readonly byWord = new Map<string, Entry<R>[]>();
  private readonly always: Entry<R>[] = [];

  constructor(rules: readonly R[]) {
    rules.forEach((rule, order) => {
      let pattern: CompiledPattern;
      try { pattern = compilePattern(rule.match); } catch (e) { throw new Error(`rule ${rule.id}: ${(e as Error).message}`); }
      const entry = { rule, pattern, order, ...lead(pattern) };
      if (!pattern.needs) { this.always.push(entry); return; }
      for (const w of pattern.needs) {
        const list = this.byWord.get(w) ?? [];
        list.push(entry);
        this.byWord.set(w, list);
      }
    });
  }

  /** Every rule's matches in the sentence, in rule order then text order (non-overlapping per rule). */
  matchAll(tokens: SynToken[]): Match<R>[] {
    // One pass over the tokens: which rules can match, and for rules anchored on their first word, where.
    const candidates = new Map<Entry<R>, number[] | null>();
    for (const e of this.always) candidates.set(e, null);
    // A match holds its key element, which starts on a key word; so it starts between leadMax and leadMin tokens
    // before one. Key words come in text order, so the start positions are pushed in order, each once.
    const note = (e: Entry<R>, i: number) => {
      let starts = candidates.get(e);
      if (starts === null) return;
      if (starts === undefined) candidates.set(e, (starts = []));
      const last = starts.length ? starts[starts.length - 1] : -1;
      for (let at = Math.max(last + 1, i - e.leadMax); at <= i - e.leadMin; at++) starts.push(at);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      for (const e of this.byWord.get(t.lower) ?? []) note(e, i);
      if (t.lemma !== t.lower) for (const e of this.byWord.get(t.lemma) ?? []) note(e, i);
    }
    const out: Match<R>[] = [];
    for (const [entry, starts] of [...candidates].sort((a, b) => a[0].order - b[0].order)) {
      let next = 0;
      const tryAt = (i: number) => {
        if (i < next) return;
        const m = matchAt(entry.pattern.elements, tokens, i);
        if (!m) return;
        out.push({ rule: entry.rule, ...m });
        next = Math.max(i + 1, m.end);
      };
      if (starts) for (const i of starts) tryAt(i);
      else for (let i = 0; i < tokens.length; i++) tryAt(i);
    }
    return out;
  }
}

/** The shortest match of the elements starting at token `at`, or null (lazy repeats, like `{0,3}?` in a regex). */
export function matchAt(elements: Element[], tokens: SynToken[], at: number): Omit<Match<never>, 'rule'> | null {
  if (elements[0].min > 0 && (at >= tokens.length || !elements[0].test(tokens[at]))) return null;
  // bounds[i] is where element i starts on the path being tried; on success it holds the successful path.
  const bounds = new Int32Array(elements.length + 1);
  const go = (ei: number, ti: number): number => {
    bounds[ei] = ti;
    if (ei === elements.length) return ti;
    const e = elements[ei];
    let k = 0;
    for (; k < e.min; k++) if (ti + k >= tokens.length || !e.test(tokens[ti + k])) return -1;
    for (;; k++) {
      const end = go(ei + 1, ti + k);
      if (end >= 0) return end;
      if (k >= e.max || ti + k >= tokens.length || !e.test(tokens[ti + k])) return -1;
    }
  };
  const end = go(0, at);
  if (end <= at) return null;
  const cs = elements.findIndex((e) => e.captureStart), ce = elements.findIndex((e) => e.captureEnd);
  const triggerStart = cs >= 0 ? bounds[cs] : at;
  const triggerEnd = ce >= 0 ? bounds[ce + 1] : end;
  return { start: at, end, triggerStart, triggerEnd: Math.max(triggerEnd, triggerStart + 1) };
}
