// The order in which wink's tags are repaired before any syntax pass reads them (one configuration, as chrono-node keeps
// its refiners): number words first, then the verbs a tag hid, then the modifiers and nouns, then the passives and
// lists that read both.
import type { SynToken } from './types.js';
import { repairActingTitle, repairDeterminedGerund, repairFollowing, repairHeadsOf, repairFractions, repairIncluding, repairIngAdjective, repairModifyingParticiple, repairNominalAdjective, repairParticipleAfterPreposition } from './tag-repairs-nouns.js';
import { repairAbsoluteIng, repairAfterModal, repairAfterNotTo, repairAfterRelative, repairPassiveBy, repairPastTense, repairPresentTense } from './tag-repairs-verbs.js';

export function repairTags(out: SynToken[]): void {
  repairFractions(out);
  // Before repairNominalAdjective, which would take the adjective before the -ing word for the phrase's head.
  repairDeterminedGerund(out);
  repairActingTitle(out);
  repairPastTense(out);
  repairAbsoluteIng(out);
  repairAfterModal(out);
  repairAfterRelative(out);
  repairModifyingParticiple(out);
  repairAfterNotTo(out);
  repairPresentTense(out);
  repairIngAdjective(out);
  repairParticipleAfterPreposition(out);
  repairNominalAdjective(out);
  repairPassiveBy(out);
  repairIncluding(out);
  repairFollowing(out);
  repairHeadsOf(out);
}
