// `parley contacts [--format F] [--db FILE]`: who met or called whom, when first and last, what is planned.
import type { Command } from 'commander';
import type { CliCommand, CliContext } from './command.js';
import { dbOption, formatOption } from './rows.js';
import { processOption, processScope, queries, withRows } from './store-query.js';

export const contactsCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('contacts').description('for each pair of people/states: meetings, calls, first and last contact')
      .option(...processOption)
      .addOption(formatOption()).addOption(dbOption())
      .action(async (o) => withRows(ctx, o, ['a', 'b', 'meetings', 'calls', 'first', 'last', 'events', 'planned', 'claims'], async (s) => {
        const only = await processScope(s, o.process);
        const rows = await (await queries()).contacts(s);
        return only ? rows.filter((c) => [...c.events, ...c.planned].some((id) => only.events.has(id))) : rows;
      }));
  },
};
