// Runs the CLI in this process with captured output and an empty stdin: the exit code and what it printed.
import { main } from '../../src/cli/main.js';

export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stdin: async function* () {} });
  return { code, out, err };
}
