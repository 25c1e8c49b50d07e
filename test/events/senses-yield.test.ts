// Word senses of agreeing and giving ground, on sentences of our own: each sense removes the reading its words do not
// have here, and leaves the act where the words do tell it.
import { YIELD_SENSES } from '../../src/events/senses-yield.js';
import { describeSenses, type SenseCase } from './sense-cases.js';

const CASES: SenseCase[] = [
  ['sense.obliged-act', 'CONCEDE', 'cede', 'Serbia said Kosovo must cede the northern villages.', 'Serbia said Kosovo would cede the northern villages.'],
  ['sense.obliged-act', 'RETREAT', 'withdraw', 'Sudan said Chad has to withdraw its troops from the border.', 'Sudan said Chad began to withdraw its troops from the border.'],
  ['sense.obliged-act', 'CONCEDE', 'cede', "Russia's insistence that Georgia cede the valley stalled the talks.", 'Armenia agreed to cede the villages to Azerbaijan.'],
  ['sense.obliged-act', 'RETREAT', 'implement', 'Sudan said Chad must implement the ceasefire.', 'Sudan said both parties must implement the ceasefire.'],
  ['sense.deal-sought', 'AGREE', 'reaching', 'Qatar sent envoys to Kabul in hopes of reaching a deal with the Taliban.', 'Qatar said it was reaching a deal with the Taliban.'],
  ['sense.deal-sought', 'AGREE', 'sealing', 'Kenya said it was closer to sealing an agreement with Somalia.', 'Kenya said it was sealing an agreement with Somalia.'],
  ['sense.contest-left', 'RETREAT', 'withdrew', 'Nepal withdrew from a planned cricket tri-series with India in March.', 'Nepal withdrew its troops from the border with India in March.'],
  ['sense.contest-left', 'RETREAT', 'withdrew', 'The opposition leader withdrew from the presidential race on Monday.', 'The M23 rebels withdrew from the town on Monday.'],
  ['sense.contest-left', 'RETREAT', 'withdrew', 'Chad withdrew its team from the regional football tournament.', 'Chad withdrew its soldiers from the regional capital.'],
];

describeSenses('senses of agreeing and giving ground', YIELD_SENSES, CASES);
