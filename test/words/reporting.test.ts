import { describe, expect, it } from 'vitest';
import speechVerbs from '../../data/speech-verbs.json' with { type: 'json' };
import { REPORTING_PHRASES, reportingAlternation, reportingForms, reportingLemmas } from '../../src/words/reporting.js';

const CLASSES = ['say', 'manner', 'directive', 'pledge', 'belief', 'label', 'judge'];

describe('the one list of reporting verbs', () => {
  it('gives every verb a known class and forms no other verb claims', () => {
    const owner = new Map<string, string>();
    for (const verb of speechVerbs.verbs) {
      expect(CLASSES, verb.lemma).toContain(verb.class);
      expect(verb.forms.length, verb.lemma).toBeGreaterThan(0);
      for (const form of verb.forms) {
        expect(owner.get(form), `${form} is listed under ${owner.get(form)} and ${verb.lemma}`).toBeUndefined();
        owner.set(form, verb.lemma);
      }
    }
  });

  it('picks by class and by whether the verb introduces a reported clause', () => {
    expect(reportingForms({ classes: ['say'] })).toContain('said');
    expect(reportingForms({ classes: ['say'] })).not.toContain('insisted');
    expect(reportingLemmas({ classes: ['manner'], clause: true })).toContain('insist');
    // "continued its offensive", "read the statement": saying verbs that mostly take an object, not a clause.
    expect(reportingLemmas({ classes: ['say'], clause: true })).not.toContain('continue');
    expect(reportingLemmas({ classes: ['say'], clause: true })).not.toContain('read');
  });

  it('builds a whole-word alternation that matches multi-word forms across spaces', () => {
    const cue = new RegExp(`\\b(?:${reportingAlternation()})\\b`, 'i');
    expect(cue.test('as the minister pointed  out yesterday')).toBe(true);
    expect(cue.test('the phone call lasted an hour')).toBe(false);
  });

  it('keeps noun-like forms only as phrases with their "that"', () => {
    for (const phrase of REPORTING_PHRASES) expect(phrase).toMatch(/ that$/);
    expect(reportingForms()).not.toContain('states');
  });
});
