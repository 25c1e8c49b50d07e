// The size of a plan in points: "a 20-point peace plan", "the plan's 20 points", "a plan of 20 points",
// "reduced to 19 points", "twenty-eight-point framework".
import { sentenceAt, type DocContext } from '../context.js';
import type { Claim, Span } from '../record.js';
import { parseNumber, type ClaimLexicon } from './lexicon.js';

export interface PlanPatterns {
  anchor: RegExp; numberBefore: RegExp; planAfter: RegExp; governed: RegExp; planNoun: RegExp;
  /** The word every `governed` match ends on, with its flags: a text without it need not be scanned by the big pattern. */
  governedNeeds: RegExp;
}

// Compiled once per lexicon, not per document.
const cache = new WeakMap<ClaimLexicon, PlanPatterns>();
export function planPatterns(lex: ClaimLexicon): PlanPatterns {
  let p = cache.get(lex);
  if (!p) {
    const n = lex.number, plan = lex.planNoun;
    p = {
      planNoun: new RegExp(`\\b(?:${plan})\\b`, 'i'),
      // Scanning for the number at every offset is slow: find "point" first, then look around it.
      anchor: /[\s-]points?\b/gi,
      numberBefore: new RegExp(`(?<![\\p{L}\\p{N}])(${n})$`, 'iu'),
      // group 1: words between "point" and the plan noun; group 2: the plan noun
      planAfter: new RegExp(`^((?:[\\s,]+(?!and\\b)[\\p{L}.'’-]+){0,3}?)[\\s,]+(${plan})\\b`, 'iu'),
      // group 1: plan noun; group 2: number — "the plan's 20 points", "plan of 20 points"; group 3: verb; group 4: number
      governedNeeds: /points/iu,
      governed: new RegExp(`\\b(?:(${plan})(?:['’]s|\\s+of|\\s+(?:has|had|contains|contained|with|includes|included|comprising|comprises))\\s+(${n})\\s+points\\b|(${lex.pointsVerb})(?:\\s+down)?\\s+to\\s+(${n})\\s+points\\b)`, 'giu'),
    };
    cache.set(lex, p);
  }
  return p;
}

/** Adjectives right before the number that describe the plan ("a U.S.-backed, 20-point plan"). */
function modifiersBefore(text: string, at: number): string {
  const m = /(?:^|\b(?:a|an|the|its|his|her|their|this|that|new|revised)\s+)((?:[\p{L}.'’-]+,?\s+){0,3})$/iu.exec(text.slice(Math.max(0, at - 60), at));
  return m ? m[1].replace(/,/g, '').trim() : '';
}

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ' ').trim();

export function findPlanPoints(ctx: DocContext, lex: ClaimLexicon): Claim[] {
  const { text, trace } = ctx;
  const { anchor, numberBefore, planAfter, governed, planNoun, governedNeeds } = planPatterns(lex);
  const out: Claim[] = [];
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    const num = numberBefore.exec(text.slice(Math.max(0, a.index - 40), a.index));
    const plan = num && planAfter.exec(text.slice(a.index + a[0].length, a.index + a[0].length + 80));
    if (!num || !plan) continue;
    const start = a.index - num[1].length;
    const value = parseNumber(lex, num[1]);
    const span: Span = [start, a.index + a[0].length + plan[0].length];
    if (value === null || !Number.isInteger(value) || value < 2 || value > 200) {
      trace({ at: start, stage: 'claims', rule: 'plan-points.n-point-plan', outcome: 'skip', message: `not a plan size: ${num[1]}` });
      continue;
    }
    const about = clean([modifiersBefore(text, start), plan[1], plan[2]].filter(Boolean).join(' '));
    out.push({ kind: 'plan-points', value, about, speaker: null, span, rule: 'plan-points.n-point-plan' });
  }
  governed.lastIndex = 0;
  // Both of its branches end in "points": where the word is missing, so is every match.
  const scanGoverned = governedNeeds.test(text);
  for (let m = scanGoverned ? governed.exec(text) : null; m; m = governed.exec(text)) {
    const value = parseNumber(lex, m[2] ?? m[4]);
    if (value === null || !Number.isInteger(value) || value < 2 || value > 200) continue;
    const span: Span = [m.index, m.index + m[0].length];
    const rule = m[1] ? 'plan-points.plan-of-n-points' : 'plan-points.changed-to-n-points';
    if (!m[1] && !planNoun.test(sentenceText(ctx, m.index))) {
      trace({ at: m.index, stage: 'claims', rule, outcome: 'skip', message: 'points with no plan in the sentence' });
      continue;
    }
    out.push({ kind: 'plan-points', value, about: m[1] ?? 'plan', speaker: null, span, rule });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

function sentenceText(ctx: DocContext, at: number): string {
  const s = sentenceAt(ctx.analysis, at);
  return s ? ctx.text.slice(s.start, s.end) : ctx.text.slice(Math.max(0, at - 150), at + 150);
}
