// `parley entities [--kind K] [--format F] [--db FILE]`
import { Option, type Command } from 'commander';
import type { CliCommand, CliContext } from './command.js';
import { dbOption, formatOption } from './rows.js';
import { queries, withRows } from './store-query.js';

export const ENTITY_KINDS = ['person', 'state', 'organization', 'group', 'place'] as const;

export const entitiesCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('entities').description('people, states, organisations and armed groups the store knows, with kind and country')
      .addOption(new Option('--kind <kind>', ENTITY_KINDS.join(' | ')).choices(ENTITY_KINDS))
      .addOption(formatOption()).addOption(dbOption())
      .action(async (o) => withRows(ctx, o, ['id', 'name', 'kind', 'country', 'office', 'wikidata', 'reports', 'events'], async (s) => (await queries()).listEntities(s, o)));
  },
};
