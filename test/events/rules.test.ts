// Every event rule's own examples, run through the whole pipeline: each `yes` sentence must yield the rule's event
// with the exact evidence, actor and recipient, from that rule; each `no` sentence must not yield it from that rule.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/index.js';
import { EVENT_RULES } from '../../src/events/rules/index.js';
import { exampleEvents, noFailure, yesFailure } from '../../src/events/rules/check.js';

const lexicon = loadLexicon();

describe('event rules: every rule has examples', () => {
  it.each(EVENT_RULES.map((r) => [r.id, r] as const))('%s has a yes and a no example and a reason', (_id, r) => {
    expect(r.yes.length).toBeGreaterThan(0);
    expect(r.no.length).toBeGreaterThan(0);
    expect(r.why.length).toBeGreaterThan(10);
  });
  it('rule ids are unique', () => {
    expect(new Set(EVENT_RULES.map((r) => r.id)).size).toBe(EVENT_RULES.length);
  });
});

describe.each(EVENT_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, r) => {
  it.each(r.yes.map((y) => [y.text, y] as const))('yields on: %s', (_t, y) => {
    expect(yesFailure(r, y, exampleEvents(y.text, lexicon))).toBe('');
  });
  it.each(r.no.map((n) => [n] as const))('does not yield on: %s', (n) => {
    expect(noFailure(r, exampleEvents(n, lexicon))).toBe('');
  });
});
