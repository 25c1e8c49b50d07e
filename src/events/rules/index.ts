// Every event rule, in precedence order within a category (see ../overlap.ts for the policy between categories).
import { CONSULT_RULES } from './consult.data.js';
import { COMBAT_RULES } from './combat.data.js';
import { DEMAND_RULES } from './demand.data.js';
import { COOPERATION_RULES } from './cooperation.data.js';
import { FORCE_RULES } from './force.data.js';
import { PRESSURE_RULES } from './pressure.data.js';
import { RETREAT_RULES } from './retreat.data.js';
import { REFUSAL_RULES } from './refusal.data.js';
import { ACCUSATION_RULES } from './accusation.data.js';
import { AGREEMENT_RULES } from './agreement.data.js';
import type { EventRule } from './types.js';

/**
 * The rule with every field written, in one order, absent ones as undefined. Rules differ in which optional flags
 * they set, and objects with different sets of fields are different kinds of object to V8: every read of a rule's
 * flag for a match (./rule-events.ts) was a slow generic one. (test/events/rules/index.test.ts checks no field is lost.)
 */
export function uniform(r: EventRule): EventRule {
  return {
    id: r.id, event: r.event, mode: r.mode, match: r.match, roles: r.roles, recipientPreps: r.recipientPreps, symmetric: r.symmetric,
    saidAct: r.saidAct, spokenBy: r.spokenBy, saidBy: r.saidBy, meeting: r.meeting, modality: r.modality, named: r.named,
    refersBack: r.refersBack, command: r.command, minParties: r.minParties, why: r.why, yes: r.yes, no: r.no,
  };
}

export const EVENT_RULES: readonly EventRule[] = [...RETREAT_RULES, ...REFUSAL_RULES, ...ACCUSATION_RULES, ...COMBAT_RULES, ...FORCE_RULES,
  ...PRESSURE_RULES, ...DEMAND_RULES, ...COOPERATION_RULES, ...AGREEMENT_RULES, ...CONSULT_RULES].map(uniform);
export type { EventRule, RuleExample } from './types.js';
