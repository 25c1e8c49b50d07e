// Every date option is a real calendar date: an impossible one (2025-13-45) is a usage error naming the option, not a
// silent roll-over into another date.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openStore } from '../../src/store/index.js';

const run = runCli;

async function store(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'parley-dates-')), 'p.db');
  await (await openStore(db)).close();
  return db;
}

describe('date options', () => {
  it.each([
    [['events', '--since', '2025-13-45'], '--since "2025-13-45" is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)'],
    [['events', '--until', '2025-02-30'], '--until "2025-02-30" is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)'],
    [['events', '--since', '2025-00'], '--since "2025-00" is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)'],
    [['brief', '--since', '2025-13-45'], '--since "2025-13-45" is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)'],
    [['brief', '--as-of', '2025-04-31'], '--as-of "2025-04-31" is not a calendar date (YYYY-MM-DD)'],
    [['brief', '--as-of', '2025-04'], '--as-of "2025-04" is not a calendar date (YYYY-MM-DD)'],
  ])('%j is a usage error with one clear line', async (argv, message) => {
    const r = await run([...argv, '--db', await store()]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`parley: ${message}\n`);
    expect(r.out).toBe('');
  });

  it.each([['ingest'], ['extract']])('%s --published refuses an impossible day', async (cmd) => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-dates-'));
    writeFileSync(join(dir, 'r.txt'), 'Envoys met in Oslo on Monday.');
    const r = await run([cmd, join(dir, 'r.txt'), '--published', '2025-02-29', '--db', join(dir, 'p.db')].slice(0, cmd === 'extract' ? 4 : 6));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^parley: (extract: )?--published "2025-02-29" is not a calendar date \(YYYY-MM-DD\)\n$/);
  });

  it('takes a real month and a leap day', async () => {
    const db = await store();
    expect((await run(['events', '--since', '2024-02', '--until', '2024-02-29', '--format', 'json', '--db', db])).code).toBe(0);
    expect((await run(['brief', '--as-of', '2024-02-29', '--db', db])).code).toBe(0);
  });
});
