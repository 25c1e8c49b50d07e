// `ingest --queue` then `parley worker`, with real extraction: the worker's store is the one `ingest` makes. The
// queue needs PostgreSQL (PARLEY_TEST_PG=postgres://…); without it only the usage checks run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openStore } from '../../src/store/index.js';
import { PG_SKIP_REASON, PG_URL } from '../helpers/engines.js';

const URL = PG_URL;
if (!URL) console.warn(`test/cli/worker.test.ts: the queue test needs a server. ${PG_SKIP_REASON}`);

const run = runCli;
const TEXTS = [
  'date 2026-04-06\nMediators from Qatar met both delegations in Doha on Monday. "The gaps are narrowing," a mediator said.',
  'date 2026-04-07\nThe two negotiators spoke by phone on Tuesday and agreed to meet again in Doha next week.',
  'date 2026-04-08\nDelegations held a second day of talks in Doha on Wednesday; the draft now has nine points.',
];

describe('parley worker', () => {
  afterEach(() => { delete process.env.PARLEY_QUEUE_NAME; });

  it('refuses a queue that is not PostgreSQL, and a bad --concurrency', async () => {
    const a = await run(['worker', '--db', join(tmpdir(), 'never.db')]);
    expect(a.code).toBe(2);
    expect(a.err).toContain('the queue lives in PostgreSQL');
    const b = await run(['worker', '--queue', 'postgres://nobody@127.0.0.1:1/x', '--concurrency', 'many']);
    expect(b.code).toBe(2);
    expect(b.err).toContain('--concurrency "many" is not a positive whole number');
  });

  it.skipIf(!URL)('stores from the queue what ingest stores directly', async () => {
    process.env.PARLEY_QUEUE_NAME = `parley-test-cli-${process.pid}`;
    const dir = mkdtempSync(join(tmpdir(), 'parley-worker-'));
    TEXTS.forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), t));
    const queued = await run(['ingest', '--queue', URL!, dir, '--json']);
    expect(queued.code, queued.err).toBe(0);
    expect(JSON.parse(queued.out)).toMatchObject({ queued: 3, failed: 0 });
    const viaQueue = join(dir, 'queue.db');
    const w = await run(['worker', '--queue', URL!, '--db', viaQueue, '--until-empty', '--concurrency', '2', '--json']);
    expect(w.code, w.err).toBe(0);
    expect(JSON.parse(w.out)).toMatchObject({ added: 3, failed: 0 });
    const direct = join(dir, 'direct.db');
    expect((await run(['ingest', dir, '--db', direct, '-q'])).code).toBe(0);
    const look = async (db: string) => {
      const s = await openStore(db, { readOnly: true });
      try {
        const events: unknown[] = [];
        for await (const e of s.events({})) events.push([e.category, e.date, e.place]);
        return { counts: await s.counts(), events: events.map(String).sort() };
      } finally { await s.close(); }
    };
    expect(await look(viaQueue)).toEqual(await look(direct));
  }, 90_000);
});
