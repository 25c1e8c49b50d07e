// The rule mutation check (`npm run test:rules`): deletes each event rule in turn and runs its examples without it.
// A rule passes when at least one example then fails — both counting the rule id (the generic test's assertion) and,
// stricter, ignoring it: if another rule yields the same event, evidence and parties, the rule is redundant.
// Exits non-zero when some rule's deletion fails no test.
import { loadLexicon } from '../src/entities/index.js';
import { EVENT_RULES } from '../src/events/rules/index.js';
import { exampleEvents, noFailure, yesFailure } from '../src/events/rules/check.js';

const lexicon = loadLexicon();
let undetected = 0, redundant = 0;
for (const rule of EVENT_RULES) {
  const without = EVENT_RULES.filter((r) => r !== rule);
  let failing = 0, failingIgnoringId = 0;
  for (const y of rule.yes) {
    const events = exampleEvents(y.text, lexicon, without);
    if (yesFailure(rule, y, events)) failing++;
    if (yesFailure(rule, y, events, false)) failingIgnoringId++;
  }
  for (const n of rule.no) if (noFailure(rule, exampleEvents(n, lexicon, without))) failing++;
  if (!failing) undetected++;
  if (!failingIgnoringId) redundant++;
  const verdict = !failing ? 'NOT DETECTED' : !failingIgnoringId ? 'redundant (another rule yields the same events)' : 'needed';
  console.log(`${rule.id.padEnd(32)} delete -> ${failing} failing example(s), ${failingIgnoringId} ignoring the rule id: ${verdict}`);
}
console.log(`\n${EVENT_RULES.length} rules: ${EVENT_RULES.length - undetected} detected when deleted, ${undetected} not; ${redundant} redundant`);
process.exit(undetected ? 1 : 0);
