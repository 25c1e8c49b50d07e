// The filters `parley events` and `parley export` share, validated when parsed: a bad value exits 2 and lists the
// choices (`--modality maybe`), so a typo never silently matches nothing.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { PLOVER_EVENTS } from '../record.js';
import { checkDate } from './rows.js';

export const MODALITIES = ['asserted', 'future', 'hypothetical', 'negated'] as const;

export interface EventFilterOptions { actor?: string; event?: string; since?: string; until?: string; modality?: string; process?: string }

/** A case-insensitive choice: the value is normalised with `fold`, then must be one of `choices`. */
export function choice(choices: readonly string[], fold: (s: string) => string) {
  return (value: string) => {
    const v = fold(value.trim());
    if (!choices.includes(v)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return v;
  };
}

export function addEventFilters(command: Command): Command {
  return command
    .option('--actor <name>', 'events with this person, state or organisation (any spelling)')
    .addOption(new Option('--event <category>', 'PLOVER category, e.g. CONSULT').argParser(choice(PLOVER_EVENTS, (s) => s.toUpperCase())))
    .option('--since <date>', 'on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--until <date>', 'on or before this date')
    .addOption(new Option('--modality <m>', MODALITIES.join(' | ')).argParser(choice(MODALITIES, (s) => s.toLowerCase())))
    .option('--process <name>', 'only events of this process (name, id or alias, see parley processes)');
}

export function checkEventFilters(o: EventFilterOptions): void {
  checkDate('--since', o.since, 'year');
  checkDate('--until', o.until, 'year');
}
