// How far the parties are agreed: "90% aligned", "95 percent of the way", "agreed on 90% of the text".
// A percentage with no agreement word right next to it (casualties, polls, tariffs) is not a claim.
import { sentenceAt, type DocContext } from '../context.js';
import type { Claim, Quote, Span } from '../record.js';
import { sentenceSpeaker } from '../quotes/index.js';
import type { ClaimLexicon } from './lexicon.js';

const PERCENT = /(?<![\p{L}\p{N}.])(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)/giu;
const WINDOW = 40;

/** The noun phrase the agreement is about ("90% aligned on a tentative agreement" -> "tentative agreement"). */
function aboutPhrase(text: string, from: number, end: number): string | null {
  const m = /^[^.;]*?\b(?:on|over|about|of|toward|towards|regarding)\s+(?:the|a|an|their|its)?\s*((?:[\p{L}-]+\s*){1,4}?)(?=[,.;]|\s+(?:although|but|while|and|with|as|which|that)\b|$)/iu
    .exec(text.slice(from, Math.min(end, from + 120)));
  return m ? m[1].trim() : null;
}

export function findAgreementPercents(ctx: DocContext, lex: ClaimLexicon, quotes: Quote[]): Claim[] {
  const { text, trace } = ctx;
  const out: Claim[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const value = Number(m[1]);
    const end = m.index + m[0].length;
    const after = text.slice(end, end + WINDOW);
    const before = text.slice(Math.max(0, m.index - WINDOW), m.index);
    const rule = lex.agreementAfter.test(after) ? 'agreement-percent.percent-agreed' : lex.agreementBefore.test(before) ? 'agreement-percent.agreed-on-percent' : null;
    if (!rule || value > 100) {
      trace({ at: m.index, stage: 'claims', rule: 'agreement-percent', outcome: 'skip', message: `percent without agreement word: ${m[0]}` });
      continue;
    }
    const span: Span = [m.index, end];
    const inQuote = quotes.find((q) => q.span[0] <= span[0] && span[1] <= q.span[1]);
    const sent = sentenceAt(ctx.analysis, m.index);
    const speaker = inQuote ? inQuote.speaker : sentenceSpeaker(ctx, m.index, quotes)?.speaker ?? null;
    out.push({ kind: 'agreement-percent', value, about: aboutPhrase(text, end, sent?.end ?? text.length), speaker, span, rule });
    trace({ at: m.index, stage: 'claims', rule, outcome: 'yield', message: `${value}% agreed` });
  }
  return out;
}
