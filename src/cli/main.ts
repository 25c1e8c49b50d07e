// The `parley` command line: parses flags, calls the library, prints. No extraction logic lives here.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractReport, loadLexicon } from '../index.js';
import type { Report } from '../record.js';

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('parley').exitOverride();
  program
    .command('extract')
    .argument('[paths...]')
    .option('--jsonl <file>')
    .option('--published <date>')
    .option('--pretty')
    .action((paths: string[], opts: { jsonl?: string; published?: string; pretty?: boolean }) => {
      const lexicon = loadLexicon();
      const reports: Report[] = [];
      for (const p of paths) reports.push({ id: basename(p, extname(p)), source: p, text: readFileSync(p, 'utf8'), published: opts.published ?? null });
      if (opts.jsonl) {
        for (const line of readFileSync(opts.jsonl, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const o = JSON.parse(line);
          reports.push({ id: String(o.id), text: o.text, source: o.source ?? null, published: o.published ?? opts.published ?? null });
        }
      }
      for (const r of reports) {
        const rec = extractReport(r, { lexicon });
        process.stdout.write(JSON.stringify(rec, null, opts.pretty ? 2 : undefined) + '\n');
      }
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e: any) {
    if (e?.code?.startsWith?.('commander.')) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
