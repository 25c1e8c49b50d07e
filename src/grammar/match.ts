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

interface Entry<R> { rule: R; pattern: CompiledPattern; order: number }

export class Grammar<R extends { id: string; match: string }> {
  private readonly byWord = new Map<string, Entry<R>[]>();
  private readonly always: Entry<R>[] = [];

  constructor(rules: readonly R[]) {
    rules.forEach((rule, order) => {
      let pattern: CompiledPattern;
      try { pattern = compilePattern(rule.match); } catch (e) { throw new Error(`rule ${rule.id}: ${(e as Error).message}`); }
      const entry = { rule, pattern, order };
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
    const candidates = new Set<Entry<R>>(this.always);
    for (const t of tokens) {
      for (const e of this.byWord.get(t.lower) ?? []) candidates.add(e);
      if (t.lemma !== t.lower) for (const e of this.byWord.get(t.lemma) ?? []) candidates.add(e);
    }
    const out: Match<R>[] = [];
    for (const entry of [...candidates].sort((a, b) => a.order - b.order)) {
      for (let i = 0; i < tokens.length;) {
        const m = matchAt(entry.pattern.elements, tokens, i);
        if (!m) { i++; continue; }
        out.push({ rule: entry.rule, ...m });
        i = Math.max(i + 1, m.end);
      }
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
