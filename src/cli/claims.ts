// `parley claims [--kind K] [--format F] [--db FILE]`
import { Option, type Command } from 'commander';
import { choice } from './event-filters.js';
import type { CliCommand, CliContext } from './command.js';
import { dbOption, formatOption } from './rows.js';
import { processOption, processScope, queries, withRows } from './store-query.js';

const CLAIM_KINDS = ['plan-points', 'agreement-percent', 'duration-minutes'] as const;

export const claimsCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('claims').description('plan sizes, agreement percentages and durations, with who said them')
      .addOption(new Option('--kind <kind>', CLAIM_KINDS.join(' | ')).argParser(choice(CLAIM_KINDS, (s) => s.toLowerCase())))
      .option(...processOption)
      .addOption(formatOption()).addOption(dbOption())
      .action(async (o) => withRows(ctx, o, ['id', 'kind', 'value', 'approx', 'about', 'speaker', 'outlet', 'report', 'date', 'evidence'], async (s) => {
        const only = await processScope(s, o.process);
        return (await (await queries()).claims(s, o)).filter((c) => !only || only.docs.has(c.report));
      }));
  },
};
