// The shape of the clause around a trigger: where it ends, whether it borrows the main subject, whether a noun names
// parties of its own, and the group anaphors ("both leaders", "the two sides") it may use.
import type { Span } from '../record.js';

/** Does a reference noun ("the call", "the attack") carry parties of its own: a possessor, or "with/between/by/of/on X"? */
export function ownParties(text: string, sentence: string, ts: number, te: number, subj: { span: Span } | null, obj: { span: Span } | null,
  abs: (x: number) => number): boolean {
  if (!/\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, ts - 40), ts))
    && !/^(?:the|this|that|these|those)\b/i.test(sentence.slice(ts))) return true;
  if (subj && /^[’']s\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(subj.span[1], abs(ts)))) return true;
  if (obj && /^\s+(?:with|between|by|of|on|against|involving)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(abs(te), obj.span[0]))) return true;
  return false;
}

// "The leaders also thanked ...": with no meeting remembered, the leaders of the report's two sides.
export const SAID_ACTS = new Set(['THREATEN', 'REQUEST']);
export const LEADERS_ANAPHOR = /\b(?:the|both)\s+leaders\b/i;
export const SIDES_ANAPHOR = /\b(?:both\s+(?:nations|countries|sides|parties|armies|militaries)|the\s+two\s+(?:nations|countries|sides|armies|militaries|neighbou?rs)|the\s+warring\s+(?:parties|sides|factions)|each\s+other)\b/i;

export function clauseEnd(sentence: string, te: number): number {
  const rest = sentence.slice(te);
  const m = /[;:—–]|,\s*(?:but|while|whereas|although|though|which|who)\b|\b(?:but|while|whereas|although|though|because|after|before)\b/i.exec(rest);
  return m ? te + m.index : sentence.length;
}

export const LINKED = /^\s*(?:[\w-]+\s+){0,3}?(?:with|between|involving|among|including|of|attended\s+by|hosted\s+by|led\s+by|chaired\s+by)\s+(?:(?:the|his|her|their|[A-Z][\w.’'-]*|former|acting|president|prime|minister|foreign|secretary|envoy|special|senior|chief|leader|negotiators?|delegations?|officials?|representatives?)\s+)*$/i;

/** "..., urging Kyiv to": a participle right after a comma takes the subject of the main clause. */
export function participle(sentence: string, ts: number): boolean {
  const before = sentence.slice(Math.max(0, ts - 24), ts);
  return (/,\s*(?:\w+\s+)?$/.test(before) && /^\w+ing\b/.test(sentence.slice(ts))) || /,\s*having\s+$/.test(before)
    // "... and urged Kyiv to": a coordinated verb shares the main clause's subject.
    || (/\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(before) && /^\w+(?:ed|s)\b/.test(sentence.slice(ts)))
    // "arrived on Saturday following a visit to Canada": the visit is the main subject's.
    || /\b(?:following|after|before|during|ahead\s+of)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, ts - 40), ts))
    || /^(?:a|an|the|his|her|their|its)\s/i.test(sentence.slice(ts)) && /\b(?:following|after|before|during|ahead\s+of)\s+$/i.test(sentence.slice(Math.max(0, ts - 20), ts));
}

/** A conditional or counterfactual that opens the sentence governs its later clauses too. */
export function conditionalReach(sentence: string, ts: number, cs: number): number {
  const head = sentence.slice(0, ts);
  return /^\W*(?:if|unless|should)\b/i.test(head) && !/[;.]/.test(head) ? 0 : cs;
}
