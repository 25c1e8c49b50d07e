// `parley serve` / `parley demo` flag checking: mistakes exit 2 with a message naming the flag, before anything listens.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openStore } from '../../src/index.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
const db = join(dir, 'store.db');
await (await openStore(db)).close();

describe('parley serve', () => {
  it.each([
    [['serve', '--db', db, '--port', '70000'], /--port "70000"/],
    [['serve', '--db', db, '--port', 'http'], /--port "http"/],
    [['serve', '--db', db, '--token', 'short'], /--token must be at least 8/],
    [['serve', '--db', join(dir, 'missing.db')], /no store at .*missing\.db/],
    [['demo', '--db', db, '--port', '-1'], /--port "-1"|error: unknown option|too many arguments/],
  ])('%j exits 2 and says why', async (argv, message) => {
    const { code, out, err } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('lists serve and demo in the help', async () => {
    const { err } = await run([]);
    expect(err).toMatch(/\bserve\b/);
    expect(err).toMatch(/\bdemo\b/);
  });
});
