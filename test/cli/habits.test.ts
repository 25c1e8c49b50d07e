// CLI habits: enum flags validated, global options before the subcommand, a JSON run summary, --quiet, progress
// lines with an ETA when stderr is not a terminal, a hint when standard input is a terminal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { progressLine, startProgress } from '../../src/cli/progress.js';
import type { CliIO } from '../../src/cli/io.js';

const run = (argv: string[], extra: Partial<CliIO> = {}) => runCli(argv, { extra });

function reports(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-habits-'));
  writeFileSync(join(dir, 'in.jsonl'), [
    { id: '001', text: 'Norwegian mediators met the two delegations in Oslo on Tuesday.', published: '2026-02-05' },
    { id: '002', text: 'The foreign ministers spoke by phone on Monday about the truce.', published: '2026-02-06' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  return { dir, db: join(dir, 'p.db') };
}

describe('CLI habits', () => {
  it('refuses an unknown enum value with exit 2 and lists the choices', async () => {
    const r = await run(['events', '--modality', 'maybe', '--db', ':memory:']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('asserted, future, hypothetical, negated');
    const e = await run(['export', '--event', 'MEET', '--db', ':memory:']);
    expect(e.code).toBe(2);
    expect(e.err).toContain('CONSULT');
    expect((await run(['events', '--event', 'consult', '--format', 'json', '--db', ':memory:'])).code).toBe(0);
    const k = await run(['claims', '--kind', 'points', '--db', ':memory:']);
    expect([k.code, k.err.includes('plan-points, agreement-percent, duration-minutes')]).toEqual([2, true]);
  });

  it('takes --db before the subcommand, prints a JSON summary, and is quiet when asked', async () => {
    const { dir, db } = reports();
    const r = await run(['--db', db, 'ingest', '--json', '--jsonl', join(dir, 'in.jsonl')]);
    expect(r.code, r.err).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ seen: 2, added: 2, failed: 0, store: { reports: 2 } });
    expect(r.err).toBe('');
    const again = await run(['--quiet', '--db', db, 'ingest', '--jsonl', join(dir, 'in.jsonl')]);
    expect([again.code, again.out, again.err]).toEqual([0, '', '']);
    const events = await run(['--db', db, 'events', '--format', 'jsonl']);
    expect(events.out.trim().split('\n').length).toBeGreaterThan(0);
    expect(JSON.parse(events.out.split('\n')[0])).toHaveProperty('sources');
    const csv = await run(['--db', db, 'events', '--format', 'csv']);
    expect(csv.out.split('\r\n')[1]).toMatch(/^parley-\d+,/);
  });

  it('writes periodic plain progress lines with total, rate and ETA when stderr is not a terminal', () => {
    let t = 0;
    let log = '';
    const p = startProgress({ total: 100, stream: { isTTY: false, write: (s: string) => { log += s; } }, every: 1000, now: () => t });
    for (let seen = 1; seen <= 100; seen++) { t += 100; p.update({ seen, added: seen, known: 0, failed: 0 }); }
    const lines = log.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('ingest: 10/100 reports (10%), 10.0 reports/s, ETA 9s; 10 new, 0 known, 0 failed');
    expect(progressLine({ seen: 5, added: 5, known: 0, failed: 0 }, null, 1)).toBe('ingest: 5 reports, 5.0 reports/s; 5 new, 0 known, 0 failed\n');
  });

  it('says how to end input when - reads from a terminal', async () => {
    const r = await run(['extract', '-'], { stdinIsTTY: true });
    expect(r.err).toContain('standard input, which is a terminal');
  });
});
