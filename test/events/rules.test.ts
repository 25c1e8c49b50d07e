// Every event rule's own examples, run through the whole pipeline: each `yes` sentence must yield the rule's event
// with the exact evidence, actor and recipient, from that rule; each `no` sentence must not yield it from that rule.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';
import { EVENT_RULES } from '../../src/events/rules/index.js';

const lexicon = loadLexicon();
const ruleIds = new Set(EVENT_RULES.map((r) => r.id));
const ONLY = process.env.PARLEY_DROP_RULE;
const rules = EVENT_RULES;

function extract(text: string) {
  const r = extractReport({ id: 'example', text, source: null, published: '2025-06-01' } as never, { lexicon });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.events.map((e) => ({ rule: e.rule, event: e.event, evidence: r.text.slice(e.span[0], e.span[1]),
    actor: e.actor.filter((id) => !e.inferred?.includes(id)).map(name),
    recipient: e.recipient.filter((id) => !e.inferred?.includes(id)).map(name) }));
}

/** Exported for the mutation check: a rule id named by a test must exist. */
export function expectRule(id: string): void {
  expect(ruleIds.has(id), `no rule ${id}`).toBe(true);
}

describe('event rules: every rule has examples', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s has a yes and a no example and a reason', (_id, r) => {
    expect(r.yes.length).toBeGreaterThan(0);
    expect(r.no.length).toBeGreaterThan(0);
    expect(r.why.length).toBeGreaterThan(10);
  });
  it('rule ids are unique', () => {
    expect(new Set(EVENT_RULES.map((r) => r.id)).size).toBe(EVENT_RULES.length);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (_id, r) => {
  it.each(r.yes.map((y) => [y.text, y] as const))('yields on: %s', (_t, y) => {
    const got = extract(y.text).filter((e) => e.event === r.event && e.evidence === y.evidence);
    expect(got, JSON.stringify(extract(y.text))).toHaveLength(1);
    expect(got[0].rule).toBe(r.id);
    expect(new Set(got[0].actor)).toEqual(new Set(y.actor));
    expect(new Set(got[0].recipient)).toEqual(new Set(y.recipient));
  });
  it.each(r.no.map((n) => [n] as const))('does not yield on: %s', (n) => {
    expect(extract(n).filter((e) => e.rule === r.id)).toEqual([]);
  });
});

if (ONLY) describe('mutation run', () => { it('dropped a rule', () => { expect(ruleIds.has(ONLY)).toBe(false); }); });
