// `parley disputes [--format F] [--db FILE]`: where reports disagree, each side with value, speaker, outlet, evidence.
import type { Command } from 'commander';
import type { Dispute } from '../query/index.js';
import type { CliCommand, CliContext } from './command.js';
import { dbOption, formatOption } from './rows.js';
import { processOption, processScope, queries, withRows } from './store-query.js';

export const disputesCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('disputes').description('where reports disagree: dates, places, durations, figures')
      .option(...processOption)
      .addOption(formatOption()).addOption(dbOption())
      .action(async (o) => withRows(ctx, o, ['kind', 'subject', 'values'], async (s) => {
        const only = await processScope(s, o.process);
        return (await (await queries()).disputes(s)).filter((d) => !only || d.values.some((v) => only.docs.has(v.report)));
      },
        (d: Dispute) => ({ ...d, values: d.values.map((v) => `${v.value} (${v.speaker ?? v.outlet})`) })));
  },
};
