// The shape of one CLI command file, and what it gets to work with.
import type { Command } from 'commander';
import type { CliIO } from './io.js';

/** What a command file exports: how to add itself to the program. */
export interface CliCommand {
  register(program: Command, ctx: CliContext): void;
}

export interface CliContext {
  io: CliIO;
  /** Raises the exit code (never lowers it: one bad input keeps the run's code at 1). */
  fail(code: number): void;
}

/** A mistake in how the command was called (bad flag value, no input); exits 2. */
export class UsageError extends Error {}
