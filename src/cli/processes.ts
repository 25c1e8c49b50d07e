// `parley processes [--format table|json|jsonl] [--config FILE] [--db FILE]`: the negotiation processes, proposed from the
// stored events and adjusted by parley.yml.
import { Option, type Command } from 'commander';
import type { Process } from '../brief/index.js';
import type { CliCommand, CliContext } from './command.js';
import { loadConfig } from './config.js';
import { withRows } from './store-query.js';

const table = (p: Process) => ({
  name: p.name, parties: p.parties.map((x) => x.name), mediators: p.mediators.map((x) => x.name), aliases: p.aliases, origin: p.origin, score: p.score,
});

export const processesCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('processes').description('negotiation processes: conflict parties and mediators, proposed from the stored events')
      .addOption(new Option('--format <format>', 'table | json | jsonl (default: table on a terminal, json otherwise)').choices(['table', 'json', 'jsonl']))
      .option('--config <file>', 'process names and adjustments (default: ./parley.yml when present)')
      .addOption(new Option('--db <file>', 'the store (default: $PARLEY_DB or ./parley.db)'))
      .action(async (o: { format?: string; config?: string; db?: string }) => {
        const { listProcesses } = await import('../brief/index.js');
        const config = await loadConfig(o.config);
        await withRows(ctx, o, ['name', 'parties', 'mediators', 'aliases', 'origin', 'score'], (store) => listProcesses(store, { config }), table);
      });
  },
};
