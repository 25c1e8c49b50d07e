// `parley events` shows a page of events (chosen in the store), each with its first sources, and says on stderr how
// many there are and how to see the next page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';

interface Row { id: number; source_count: number; sources: { outlet: string }[] }
const TOLD = [
  'Norwegian mediators met the two delegations in Oslo on Tuesday.',
  'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Thursday.',
  'Egypt and Qatar called on Israel and Hamas to accept the truce.',
];

let db = '';
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-events-'));
  // Every outlet tells every sentence (in a report of its own: one stored text is one report): three sources each.
  const lines = ['wire', 'daily', 'herald'].flatMap((outlet, o) => TOLD.map((text, i) =>
    JSON.stringify({ id: `${outlet}-${i}`, source: `https://www.${outlet}.example/${i}`, text: `${text} Reporting by the ${outlet} desk.`, published: `2026-02-0${5 + o}` })));
  writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n');
  db = join(dir, 'p.db');
  expect((await run(['ingest', '--quiet', '--jsonl', join(dir, 'in.jsonl'), '--db', db])).code).toBe(0);
}, 60_000);

describe('parley events', () => {
  it('pages: the pages together are the whole list, and stderr says which part of how many is shown', async () => {
    const all = await run(['events', '--format', 'json', '--db', db]);
    const every = JSON.parse(all.out) as Row[];
    expect(every.length).toBeGreaterThanOrEqual(2);
    expect(all.err).toBe('');
    const first = await run(['events', '--format', 'json', '--limit', '1', '--db', db]);
    expect(first.err).toBe(`parley events: events 1–1 of ${every.length}; the next ones: --offset 1\n`);
    const rest = await run(['events', '--format', 'json', '--limit', '100', '--offset', '1', '--db', db]);
    expect(rest.err).toBe(`parley events: events 2–${every.length} of ${every.length}\n`);
    expect([...JSON.parse(first.out), ...JSON.parse(rest.out)]).toEqual(every);
    expect((await run(['events', '--quiet', '--format', 'json', '--limit', '1', '--db', db])).err).toBe('');
  });

  it('lists the first sources of each event when asked for fewer, with how many outlets carry it', async () => {
    const every = JSON.parse((await run(['events', '--format', 'json', '--db', db])).out) as Row[];
    const told = every.find((e) => e.sources.length > 1)!;
    const capped = (JSON.parse((await run(['events', '--format', 'json', '--sources', '1', '--db', db])).out) as Row[]).find((e) => e.id === told.id)!;
    expect(capped.sources).toEqual(told.sources.slice(0, 1));
    expect(capped.source_count).toBe(told.source_count);
  });

  it('refuses a page size that is not a positive whole number', async () => {
    for (const bad of [['--limit', '0'], ['--limit', 'ten'], ['--offset', '-1'], ['--sources', '1.5']]) {
      const r = await run(['events', ...bad, '--db', db]);
      expect([r.code, r.err]).toEqual([2, expect.stringContaining(`events: ${bad[0]} "${bad[1]}" is not a whole number`)]);
    }
  });
});
