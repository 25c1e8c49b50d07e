// Claims: plan size in points, how far the parties are agreed, how long a meeting or call lasted.
// One claim per kind and value in a report: the same "20-point plan" said five times is one claim.
import type { DocContext } from '../context.js';
import { inClutter } from '../context.js';
import type { Claim, ExtractedEvent, Quote } from '../record.js';
import { findAgreementPercents } from './agreement.js';
import { findDurations } from './duration.js';
import { defaultClaimLexicon, type ClaimLexicon } from './lexicon.js';
import { findPlanPoints } from './plan-points.js';

export function findClaims(ctx: DocContext, events: ExtractedEvent[], quotes: Quote[], lex: ClaimLexicon = defaultClaimLexicon()): Claim[] {
  const all = [...findPlanPoints(ctx, lex), ...findAgreementPercents(ctx, lex, quotes), ...findDurations(ctx, lex, events)];
  const seen = new Map<string, Claim>();
  for (const c of all.sort((a, b) => a.span[0] - b.span[0])) {
    if (inClutter(ctx.clutter, c.span)) {
      ctx.trace({ at: c.span[0], stage: 'claims', rule: c.rule, outcome: 'skip', message: 'in page clutter' });
      continue;
    }
    const key = `${c.kind}:${c.value}`;
    const first = seen.get(key);
    if (first) {
      // Keep the first mention, but let a later one supply what the first lacked.
      if (first.speaker == null && c.speaker != null) first.speaker = c.speaker;
      continue;
    }
    seen.set(key, c);
    if (c.kind === 'plan-points') ctx.trace({ at: c.span[0], stage: 'claims', rule: c.rule, outcome: 'yield', message: `${c.value}-point ${c.about ?? 'plan'}` });
  }
  return [...seen.values()];
}
