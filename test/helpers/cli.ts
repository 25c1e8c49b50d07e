// Runs the CLI in this process with captured output: the exit code and what it printed. Stdin yields `stdin` (empty by
// default); `extra` overrides parts of the IO (a terminal flag, a clock) for the tests that need them.
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

const encoder = new TextEncoder();

export async function runCli(argv: string[], options: { stdin?: string[]; extra?: Partial<CliIO> } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const lines = options.stdin ?? [];
  const io: CliIO = {
    stdout: (s) => { out += s; },
    stderr: (s) => { err += s; },
    stdin: async function* () { for (const s of lines) yield encoder.encode(s); },
    ...options.extra,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
