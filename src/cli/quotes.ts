// `parley quotes [--speaker NAME] [--format F] [--db FILE]`
import type { Command } from 'commander';
import type { CliCommand, CliContext } from './command.js';
import { dbOption, formatOption } from './rows.js';
import { processOption, processScope, queries, withRows } from './store-query.js';

export const quotesCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('quotes').description('stored quotes with speaker, outlet and report')
      .option('--speaker <name>', 'quotes by this person (any spelling)')
      .option(...processOption)
      .addOption(formatOption()).addOption(dbOption())
      .action(async (o) => withRows(ctx, o, ['id', 'speaker', 'text', 'outlet', 'report', 'date'], async (s) => {
        const only = await processScope(s, o.process);
        return (await (await queries()).quotes(s, o)).filter((q) => !only || only.docs.has(q.report));
      }));
  },
};
