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

export const EVENT_RULES: readonly EventRule[] = [...RETREAT_RULES, ...REFUSAL_RULES, ...ACCUSATION_RULES, ...COMBAT_RULES, ...FORCE_RULES, ...PRESSURE_RULES, ...DEMAND_RULES, ...COOPERATION_RULES, ...AGREEMENT_RULES, ...CONSULT_RULES];
export type { EventRule, RuleExample } from './types.js';
