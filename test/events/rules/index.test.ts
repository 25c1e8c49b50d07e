import { describe, expect, it } from 'vitest';
import { CONSULT_RULES } from '../../../src/events/rules/consult.data.js';
import { COMBAT_RULES } from '../../../src/events/rules/combat.data.js';
import { DEMAND_RULES } from '../../../src/events/rules/demand.data.js';
import { COOPERATION_RULES } from '../../../src/events/rules/cooperation.data.js';
import { FORCE_RULES } from '../../../src/events/rules/force.data.js';
import { PRESSURE_RULES } from '../../../src/events/rules/pressure.data.js';
import { RETREAT_RULES } from '../../../src/events/rules/retreat.data.js';
import { REFUSAL_RULES } from '../../../src/events/rules/refusal.data.js';
import { ACCUSATION_RULES } from '../../../src/events/rules/accusation.data.js';
import { AGREEMENT_RULES } from '../../../src/events/rules/agreement.data.js';
import { EVENT_RULES, uniform } from '../../../src/events/rules/index.js';

const SOURCES = [RETREAT_RULES, REFUSAL_RULES, ACCUSATION_RULES, COMBAT_RULES, FORCE_RULES, PRESSURE_RULES, DEMAND_RULES,
  COOPERATION_RULES, AGREEMENT_RULES, CONSULT_RULES].flat();

describe('the rule list', () => {
  it('holds every rule of the data files, in order, each with every field it sets', () => {
    expect(EVENT_RULES.map((r) => r.id)).toEqual(SOURCES.map((r) => r.id));
    for (const r of SOURCES) {
      const u = uniform(r);
      for (const [k, v] of Object.entries(r)) expect([r.id, k, u[k as keyof typeof u]]).toEqual([r.id, k, v]);
    }
  });

  it('writes every rule with the same fields in the same order', () => {
    expect(new Set(EVENT_RULES.map((r) => Object.keys(r).join())).size).toBe(1);
  });
});
