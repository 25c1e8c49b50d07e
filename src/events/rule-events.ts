// Event candidates from the token rules (./rules/): every rule runs in one pass over a sentence's tokens; each match's
// trigger head gets its roles from the syntax layer, its modality from the modality stage plus the clause it sits in,
// and its date, place and speaker as every event does.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { Quote, Span } from '../record.js';
import { Grammar, type Match } from '../grammar/match.js';
import { classifyModality, clauseStart, isHedged } from '../modality/classify.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { conditionalReach } from './clause.js';
import { attachDate } from './date.js';
import type { Candidate } from './find.js';
import { clauseFrame } from './frames.js';
import { findPlace } from './place.js';
import { reportedBy } from './reported-by.js';
import { DEFAULT_RECIPIENT_PREPS, nounRoles, verbRoles, type Roles } from './roles.js';
import { EVENT_RULES } from './rules/index.js';
import type { EventRule } from './rules/types.js';

const grammars = new WeakMap<readonly EventRule[], Grammar<EventRule>>();

/** The compiled grammar for a rule set, compiled once per set (the default set once per process). */
export function grammarFor(rules: readonly EventRule[] = EVENT_RULES): Grammar<EventRule> {
  let g = grammars.get(rules);
  if (!g) { g = new Grammar<EventRule>(rules); grammars.set(rules, g); }
  return g;
}

export interface RuleDeps { quotes: Quote[]; quoteSpans: Span[]; fallbackDate: () => Candidate['date'] }

/** The token the roles hang on: the trigger's main verb, else its noun head. */
function headOf(x: SentenceSyntax, m: Match<EventRule>): { verb: number } | { chunk: number } | null {
  for (let i = m.triggerStart; i < m.triggerEnd; i++) if (x.verbOf[i] >= 0 && x.tokens[i].pos === 'VERB') return { verb: x.verbOf[i] };
  for (let i = m.triggerStart; i < m.triggerEnd; i++) if (x.verbOf[i] >= 0) return { verb: x.verbOf[i] };
  for (let i = m.triggerStart; i < m.triggerEnd; i++) if (x.chunkOf[i] >= 0) return { chunk: x.chunkOf[i] };
  return null;
}

export function ruleCandidate(ctx: DocContext, s: Sentence, x: SentenceSyntax, m: Match<EventRule>, deps: RuleDeps): Candidate | null {
  const rule = m.rule;
  const span: Span = [x.tokens[m.triggerStart].start, x.tokens[m.triggerEnd - 1].end];
  const trace = (outcome: 'yield' | 'skip', message: string) => ctx.trace({ at: span[0], stage: 'events', rule: rule.id, outcome, message });
  const evidence = ctx.text.slice(span[0], span[1]);
  const head = headOf(x, m);
  if (!head) { trace('skip', `"${evidence}" has no verb or noun to hang roles on`); return null; }
  const options = { roles: rule.roles, recipientPreps: rule.recipientPreps ?? DEFAULT_RECIPIENT_PREPS, quotes: deps.quoteSpans, entities: ctx.entities };
  const roles: Roles = 'verb' in head ? verbRoles(x, x.verbs[head.verb], options, span) : nounRoles(x, x.chunks[head.chunk], options, span);
  const sidesNeeded = !roles.actor.length && rule.symmetric === true;
  if (!roles.actor.length && !sidesNeeded) { trace('skip', `"${evidence}" has no actor (${roles.how} names no party)`); return null; }
  const sentence = ctx.text.slice(s.start, s.end);
  const ts = span[0] - s.start, te = span[1] - s.start;
  const classified = classifyModality(sentence, ts, te, conditionalReach(sentence, ts, clauseStart(sentence, ts)), undefined, { syntax: x, offset: s.start });
  const headToken = 'verb' in head ? x.verbs[head.verb].head : x.chunks[head.chunk].head;
  const framed = clauseFrame(x, headToken, classified);
  const c: Candidate = {
    id: '', event: rule.event, mode: rule.mode, actor: roles.actor, recipient: roles.recipient,
    date: attachDate(ctx, s, sentence, ts, framed.modality === 'future', deps.fallbackDate()),
    where: findPlace(ctx, s, sentence, ts, te),
    modality: framed.modality,
    reported_by: reportedBy(ctx, s, sentence, span, deps.quotes),
    hedged: isHedged(sentence),
    context: [],
    span,
    sentence: [s.start, s.end],
    rule: rule.id,
    sidesNeeded,
    inferred: [],
    explicitModality: framed.cue !== null,
  };
  trace('yield', `${rule.event}${rule.mode ? '/' + rule.mode : ''} ${c.modality}${framed.cue ? ' (' + framed.cue + ')' : ''}; roles from ${roles.how}`);
  return c;
}
