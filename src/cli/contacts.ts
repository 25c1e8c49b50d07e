// `parley contacts [--process NAME] [--format F] [--db FILE]`: who met or called whom, when first and
// last, what is planned. Read from the saved answer while the store is unchanged since it was computed (by this
// command or a server with the same ./parley.yml), else computed and saved for the next run.
import type { Command } from 'commander';
import type { CliCommand, CliContext } from './command.js';
import { loadConfig } from './config.js';
import { dbOption, dbPath, formatOption } from './rows.js';
import { processOption, processScope, saveThrough, withRows } from './store-query.js';

export const contactsCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('contacts').description('for each pair of people/states: meetings, calls, first and last contact')
      .option(...processOption)
      .addOption(formatOption()).addOption(dbOption())
      .action(async (o) => withRows(ctx, o, ['a', 'b', 'meetings', 'calls', 'first', 'last', 'events', 'planned', 'claims'], async (s) => {
        const only = await processScope(s, o.process);
        const { savedContacts } = await import('../query/saved-contacts.js');
        // parley.yml only keys the saved answer (a server's, shared): a file that does not load keys none, as without one.
        const config = await loadConfig(undefined).catch(() => undefined);
        const rows = await savedContacts(s, config, saveThrough(dbPath(o.db)));
        return only ? rows.filter((c) => [...c.events, ...c.planned].some((id) => only.events.has(id))) : rows;
      }));
  },
};
