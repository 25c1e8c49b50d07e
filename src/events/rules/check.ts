// Runs a rule's own examples through the whole pipeline. The rule test asserts every example; the mutation check
// (npm run test:rules) drops each rule in turn and asks whether its examples still pass without it.
import { extractReport } from '../../pipeline.js';
import type { Lexicon } from '../../entities/index.js';
import type { EventRule, RuleExample } from './types.js';

export interface ExampleEvent { rule: string; event: string; evidence: string; actor: string[]; recipient: string[] }

export function exampleEvents(text: string, lexicon: Lexicon, rules?: readonly EventRule[]): ExampleEvent[] {
  const r = extractReport({ id: 'example', text, source: null, published: '2025-06-01' } as never, { lexicon, eventRules: rules });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  // Parties the refiners inferred from the rest of the report are not the rule's doing.
  const stated = (ids: string[], inferred: string[] | undefined) => ids.filter((id) => !inferred?.includes(id)).map(name);
  return r.events.map((e) => ({ rule: e.rule, event: e.event, evidence: r.text.slice(e.span[0], e.span[1]),
    actor: stated(e.actor, e.inferred), recipient: stated(e.recipient, e.inferred) }));
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Why a yes example fails ('' when it passes). `byRule` false ignores which rule yielded the event. */
export function yesFailure(rule: EventRule, y: RuleExample, events: ExampleEvent[], byRule = true): string {
  const got = events.filter((e) => e.event === rule.event && e.evidence === y.evidence);
  if (got.length !== 1) return `expected one ${rule.event} "${y.evidence}", got ${JSON.stringify(events)}`;
  if (byRule && got[0].rule !== rule.id) return `yielded by ${got[0].rule}, not ${rule.id}`;
  if (!same(got[0].actor, y.actor)) return `actor ${JSON.stringify(got[0].actor)}, expected ${JSON.stringify(y.actor)}`;
  if (!same(got[0].recipient, y.recipient)) return `recipient ${JSON.stringify(got[0].recipient)}, expected ${JSON.stringify(y.recipient)}`;
  return '';
}

export function noFailure(rule: EventRule, events: ExampleEvent[]): string {
  const bad = events.filter((e) => e.rule === rule.id);
  return bad.length ? `yielded ${JSON.stringify(bad)}` : '';
}
