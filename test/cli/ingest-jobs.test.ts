// `ingest --jobs 2`: extraction in two threads, one writer: the store is the one `--jobs 1` makes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../helpers/collect.js';
import { runCli } from '../helpers/cli.js';
import { openStore } from '../../src/store/index.js';


const run = runCli;
const TEXTS = [
  'date 2026-03-02\nNorwegian mediators met the two delegations in Oslo on Monday. "We are closer than before," the chief mediator said.',
  'date 2026-03-03\nThe foreign ministers of both sides spoke by phone on Tuesday and agreed to meet again in Oslo.',
  'date 2026-03-04\nEnvoys held a third round of talks in Geneva on Wednesday. The draft accord now has 14 points.',
  'date 2026-03-05\nDelegates met in Geneva on Thursday; officials said the ceasefire would be discussed next week.',
  'date 2026-03-06\nDie Delegationen trafen sich am Freitag in Genf zu Gesprächen über einen Waffenstillstand. Beide Seiten nannten die Runde nützlich, doch viele Fragen blieben offen, darunter die Grenze, der Abzug der Truppen und die Rückkehr der Vertriebenen in ihre Dörfer.',
];

describe('ingest --jobs', () => {
  it('stores exactly what one job stores, and says the same warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-jobs-'));
    TEXTS.forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), t));
    const results = [];
    for (const jobs of ['1', '2']) {
      const db = join(dir, `j${jobs}.db`);
      const r = await run(['ingest', dir, '--db', db, '--jobs', jobs, '--json']);
      expect(r.code, r.err).toBe(0);
      const store = await openStore(db, { readOnly: true });
      try {
        results.push({ counts: await store.counts(), events: await collect(store.events({})), summary: JSON.parse(r.out).store, warnings: r.err.split('\n').filter((l) => l.includes('warning')).sort() });
      } finally { await store.close(); }
    }
    expect(results[0].counts.reports).toBe(TEXTS.length);
    expect(results[0].warnings.length).toBeGreaterThan(0);
    expect(results[1]).toEqual(results[0]);
  }, 60_000);

  it('refuses a --jobs that is not a positive whole number', async () => {
    const r = await run(['ingest', '/nonexistent', '--jobs', '0']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--jobs "0" is not a positive whole number');
  });
});
