// The `parley` command line. Each command is one small file that registers itself here; commands parse flags, call the
// library and print. No extraction logic lives in cli/. Registering a command costs only its name and options: each
// action imports the library parts it needs (wink model, lexicon, store, server) when it runs, so `parley --help` and
// the store-only commands never load the extraction pipeline.
import { Command, CommanderError } from 'commander';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io.js';
import { extractCommand } from './extract.js';
import * as store from './store-commands.js';
import { briefCommand } from './brief.js';
import { processesCommand } from './processes.js';
import { serveCommand } from './serve.js';
import { backfillPlacesCommand } from './places.js';
import { migrateCommand } from './migrate.js';
import { workerCommand } from './worker.js';
import { packageVersion } from './version.js';

const COMMANDS: CliCommand[] = [
  extractCommand,
  store.ingestCommand,
  workerCommand,
  store.eventsCommand,
  store.contactsCommand,
  store.quotesCommand,
  store.claimsCommand,
  store.disputesCommand,
  store.searchCommand,
  store.entitiesCommand,
  store.exportCommand,
  briefCommand,
  processesCommand,
  serveCommand,
  backfillPlacesCommand,
  migrateCommand,
];

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code = EXIT_OK;
  const ctx: CliContext = { io, fail: (c) => { code = Math.max(code, c); } };
  const program = new Command('parley')
    .description('Turns news reports on peace talks into a sourced, checkable record of the negotiation.')
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    // Options given before the subcommand (`parley --db x events`) are the program's; the command gets them below.
    .enablePositionalOptions()
    .option('--db <file>', 'the store, for every command that uses one (default: $PARLEY_DB or ./parley.db)')
    .option('-q, --quiet', 'no progress or summary on standard error (errors still show)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run parley --help for usage)');
  for (const c of COMMANDS) c.register(program, ctx);
  program.hook('preAction', (_program, command) => inheritGlobalOptions(program, command));
  if (!argv.length) {
    io.stderr(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      io.stderr(`parley: ${e.message}\n`);
      return EXIT_USAGE;
    }
    // A store that cannot be used (not Parley's, corrupt, busy): the message names the file.
    if (e instanceof Error && e.name === 'StoreError') {
      io.stderr(`parley: ${e.message}\n`);
      return Math.max(code, EXIT_INPUT);
    }
    // A bug of ours, not the user's input: one line, no stack trace (PARLEY_DEBUG=1 shows it).
    io.stderr(`parley: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.PARLEY_DEBUG) io.stderr(`${(e as Error)?.stack}\n`);
    return Math.max(code, EXIT_INPUT);
  }
  return code;
}

/** Copies the program's --db and --quiet to the command that runs, unless the command was given its own. */
function inheritGlobalOptions(program: Command, command: Command): void {
  const global = program.opts<{ db?: string; quiet?: boolean }>();
  for (const [key, value] of Object.entries(global)) {
    if (value === undefined || !command.options.some((o) => o.attributeName() === key)) continue;
    if (command.getOptionValue(key) === undefined) command.setOptionValue(key, value);
  }
}
