// `parley serve [--db FILE] [--host H] [--port N] [--token T]`: the dashboard and JSON API over a store.
// `parley demo`: ingests the bundled examples into the store when it does not exist yet, then serves it (npm start).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { IngestItem } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../read/types.js';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { loadConfig } from './config.js';
import { dbOption, dbPath, missingStore } from './rows.js';

interface ServeOptions { db?: string; host: string; port: string; token?: string; config?: string; allowedHost: string[] }

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function checkPort(raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) throw new UsageError(`--port "${raw}" is not a port number (0-65535)`);
  return n;
}

function addServeOptions(cmd: Command): Command {
  return cmd
    .addOption(dbOption())
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--token <t>', 'accept POST /api/reports with Authorization: Bearer <t> (default: $PARLEY_TOKEN; none = read-only)')
    .option('--config <file>', 'process names and adjustments for the brief (default: ./parley.yml when present)')
    .option('--allowed-host <name>', 'also answer requests for this Host name (default: loopback names and --host; repeatable)',
      (v: string, prev: string[]) => [...prev, v], []);
}

async function serveStore(ctx: CliContext, path: string, o: ServeOptions): Promise<void> {
  const port = checkPort(o.port);
  const token = o.token ?? process.env.PARLEY_TOKEN ?? undefined;
  if (token !== undefined && token.length < 8) throw new UsageError('--token must be at least 8 characters');
  const config = await loadConfig(o.config);
  const [{ openStore }, { listen }] = await Promise.all([import('../store/index.js'), import('../server/listen.js')]);
  const store = await openStore(path);
  let running;
  try {
    running = await listen({
      store, host: o.host, port, token, config, dbPath: path, allowedHosts: o.allowedHost,
      onError: (e) => ctx.io.stderr(`parley serve: internal error: ${(e as Error)?.message ?? String(e)}\n`),
    });
  } catch (e) {
    await store.close();
    throw new UsageError(`cannot listen on ${o.host}:${port}: ${(e as Error).message}`);
  }
  if (!LOOPBACK.has(o.host)) ctx.io.stderr(`parley serve: listening on ${o.host}, reachable from other machines\n`);
  ctx.io.stderr(`parley serve: ${path} (${token ? 'accepts reports with the token' : 'read-only'}); press Ctrl-C to stop\n`);
  await ctx.io.stdout(`${running.url}\n`);
  const stop = () => { void running.close().then(() => store.close()).then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The bundled examples/ directory, found from this file whether it runs from src/ or dist/src/. */
function examplesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(dir, 'package.json')); i++) dir = dirname(dir);
  return join(dir, 'examples');
}

async function ingestExamples(ctx: CliContext, path: string): Promise<void> {
  const [{ loadLexicon }, { extractRead, readInputs }, { ingestReports }, { openStore }] = await Promise.all([
    import('../entities/index.js'), import('../read/index.js'), import('../ingest/ingest.js'), import('../store/index.js'),
  ]);
  const lexicon = loadLexicon();
  const store = await openStore(path);
  try {
    async function* items(): AsyncGenerator<IngestItem> {
      for await (const it of readInputs([examplesDir()], [], { maxBytes: DEFAULT_MAX_BYTES }, { stdin: ctx.io.stdin })) {
        yield it.kind === 'error' ? { id: it.where, failed: it.reason } : it.report;
      }
    }
    const sum = await ingestReports(store, items(), { extract: (r) => extractRead(r, [], { lexicon }) });
    ctx.io.stderr(`parley demo: ingested ${sum.added} example reports into ${path} (${sum.events} events)\n`);
  } finally {
    await store.close();
  }
}

export const serveCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    addServeOptions(program.command('serve').description('serve the dashboard and JSON API over a store (binds 127.0.0.1 by default)'))
      .action(async (o: ServeOptions) => {
        const path = dbPath(o.db);
        if (missingStore(path)) throw new UsageError(`no store at ${path} (run parley ingest first, or give --db FILE)`);
        await serveStore(ctx, path, o);
      });
    addServeOptions(program.command('demo').description('ingest the bundled examples into the store if it is not there yet, then serve the dashboard'))
      .action(async (o: ServeOptions) => {
        const path = dbPath(o.db);
        if (missingStore(path)) await ingestExamples(ctx, path);
        await serveStore(ctx, path, o);
      });
  },
};
