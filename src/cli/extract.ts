// `parley extract [PATH ... | -] [--jsonl FILE] [--published YYYY-MM-DD] [--pretty] [--explain] [--max-bytes N]`
// Writes one extraction record per report as JSON Lines, each as soon as it is done; with --explain, a readable
// per-sentence account of which rules fired instead.
import type { Command } from 'commander';
import type { TraceEntry } from '../context.js';
import { DEFAULT_MAX_BYTES } from '../read/types.js';
import { isRealDate } from '../read/dates.js';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { EXIT_INPUT } from './io.js';
import { STDIN_HINT } from './stdin-hint.js';

interface ExtractOptions {
  jsonl: string[];
  published?: string;
  pretty?: boolean;
  explain?: boolean;
  maxBytes: string;
}

export const extractCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program
      .command('extract')
      .description('write one extraction record per report (JSON Lines on stdout)')
      .argument('[paths...]', 'text or HTML files, directories (their .txt/.html/.htm files), .jsonl files, or - for stdin')
      .option('--jsonl <file>', 'a JSON Lines file of {"id","text","published"?,"source"?} (repeatable)', collect, [])
      .option('--published <date>', 'reference date YYYY-MM-DD for reports that carry none')
      .option('--pretty', 'indent the JSON')
      .option('--explain', 'print, per sentence, which rules fired and why (instead of JSON)')
      .option('--max-bytes <n>', 'refuse input files larger than this many bytes', String(DEFAULT_MAX_BYTES))
      .action((paths: string[], opts: ExtractOptions) => runExtract(paths, opts, ctx));
  },
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function runExtract(paths: string[], opts: ExtractOptions, ctx: CliContext): Promise<void> {
  const { io } = ctx;
  if (!paths.length && !opts.jsonl.length) throw new UsageError('extract: no input (give a file, a directory, - for stdin, or --jsonl FILE)');
  if (opts.published !== undefined && !isRealDate(opts.published)) {
    throw new UsageError(`extract: --published "${opts.published}" is not a calendar date (YYYY-MM-DD)`);
  }
  const maxBytes = Number(opts.maxBytes);
  if (!/^\d+$/.test(opts.maxBytes) || !Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new UsageError(`extract: --max-bytes "${opts.maxBytes}" is not a positive whole number`);
  }
  if (paths.includes('-') && io.stdinIsTTY) io.stderr(STDIN_HINT);
  // The extraction library (wink model, lexicon, chrono) is loaded only now that there is something to extract.
  const [{ loadLexicon }, { extractRead, readInputs, NO_TEXT_AFTER_CLEANING }, { formatExplain }] =
    await Promise.all([import('../entities/index.js'), import('../read/index.js'), import('./explain.js')]);
  const lexicon = loadLexicon();
  for await (const item of readInputs(paths, opts.jsonl, { maxBytes }, { stdin: io.stdin })) {
    if (item.kind === 'error') {
      io.stderr(`parley: ${item.where}: ${item.reason}\n`);
      ctx.fail(EXIT_INPUT);
      continue;
    }
    const where = item.report.source ?? item.report.id;
    for (const w of item.warnings) io.stderr(`parley: warning: ${where}: ${w}\n`);
    const trace: TraceEntry[] = [];
    let out: string;
    try {
      const record = extractRead(item.report, item.warnings, { lexicon, trace: opts.explain ? (e) => trace.push(e) : undefined },
        { fallbackPublished: opts.published ?? null, warn: (w) => io.stderr(`parley: warning: ${where}: ${w}\n`) });
      // The same answer as ingest and the API give: a report with no text left is a problem, not an empty record.
      if (!record.text.trim()) {
        io.stderr(`parley: ${where}: ${NO_TEXT_AFTER_CLEANING}\n`);
        ctx.fail(EXIT_INPUT);
        continue;
      }
      out = opts.explain ? formatExplain(item.report, record, trace) : JSON.stringify(record, null, opts.pretty ? 2 : undefined) + '\n';
    } catch (e) {
      // A finder failing on one report must not stop the batch or show the user a stack trace.
      io.stderr(`parley: ${where}: extraction failed (internal error: ${(e as Error)?.message ?? String(e)})\n`);
      if (process.env.PARLEY_DEBUG) io.stderr(`${(e as Error)?.stack}\n`);
      ctx.fail(EXIT_INPUT);
      continue;
    }
    await io.stdout(out);
  }
}
