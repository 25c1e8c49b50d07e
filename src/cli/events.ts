// `parley events [--actor NAME] [--event CAT] [--since D] [--until D] [--modality M] [--format F] [--db FILE]`
import type { Command } from 'commander';
import type { EventView } from '../query/index.js';
import type { CliCommand, CliContext } from './command.js';
import { checkDate, dbOption, formatOption } from './rows.js';
import { processOption, processScope, queries, withRows } from './store-query.js';

export const eventsCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('events').description('canonical events, each with the outlets that report it')
      .option('--actor <name>', 'events with this person, state or organisation (any spelling)')
      .option('--event <category>', 'PLOVER category, e.g. CONSULT')
      .option('--since <date>', 'on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)').option('--until <date>', 'on or before this date')
      .option('--modality <m>', 'asserted | future | hypothetical | negated')
      .option(...processOption)
      .addOption(formatOption()).addOption(dbOption())
      .action(async (o) => {
        checkDate('--since', o.since, 'year'); checkDate('--until', o.until, 'year');
        await withRows(ctx, o, ['id', 'date', 'event', 'mode', 'actor', 'recipient', 'where', 'modality', 'source_count', 'sources'],
          async (s) => {
            const only = await processScope(s, o.process);
            return [...(await queries()).queryEvents(s, o)].filter((e) => !only || only.events.has(e.id));
          },
          (e: EventView) => ({ ...e, sources: [...new Set(e.sources.map((x) => x.outlet))] }));
      });
  },
};
