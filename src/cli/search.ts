// `parley search TEXT [--limit N] [--format F] [--db FILE]`: full-text search over reports and quotes.
import type { Command } from 'commander';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { dbOption, formatOption } from './rows.js';
import { queries, withRows } from './store-query.js';

export const searchCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('search').description('full-text search over stored reports and quotes, with snippets')
      .argument('<text...>', 'words that must all occur')
      .option('--limit <n>', 'hits per kind', '20')
      .addOption(formatOption()).addOption(dbOption())
      .action(async (words: string[], o) => {
        const limit = Number(o.limit);
        if (!Number.isInteger(limit) || limit <= 0) throw new UsageError(`search: --limit "${o.limit}" is not a positive whole number`);
        await withRows(ctx, o, ['kind', 'doc_id', 'outlet', 'snippet'], async (s) => (await queries()).search(s, words.join(' '), limit));
      });
  },
};
