// Where the CLI reads and writes. Commands get these passed in, so tests run them in-process with string buffers.
export interface CliIO {
  /** Writes to standard output; resolves when the stream can take more (so a long batch never piles up in memory). */
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  stdin: () => AsyncIterable<Uint8Array>;
  /** True when standard input is a terminal (reading `-` then waits for typing). */
  stdinIsTTY?: boolean;
  /** Where progress goes (standard error); `isTTY` picks a live bar over periodic plain lines. Absent: no progress. */
  progress?: { isTTY?: boolean; write(s: string): unknown };
}

/** Exit codes: 0 all inputs read, 1 some input could not be read or extracted, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export function processIO(): CliIO {
  // A closed pipe (`parley extract ... | head`) is not an error worth a trace: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    stdout: (s) => {
      if (process.stdout.write(s)) return;
      return new Promise<void>((resolve) => process.stdout.once('drain', resolve));
    },
    stderr: (s) => { process.stderr.write(s); },
    stdin: () => process.stdin,
    stdinIsTTY: !!process.stdin.isTTY,
    progress: process.stderr,
  };
}
