// The extraction pool with several threads, or several reports sent to one: records as extractRead gives them
// in-process, warnings handed back, an overrunning report failed alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractRead, loadLexicon, type Report } from '../../src/index.js';
import { extractPool } from '../../src/read/extract-pool.js';

const lexicon = loadLexicon();
const reports: Report[] = [
  { id: 'a', source: null, text: 'Norwegian mediators met the two delegations in Oslo on Tuesday.', published: '2026-02-03' },
  { id: 'b', source: null, text: 'The foreign ministers spoke by phone on Friday and agreed to meet again.', published: '2026-02-06' },
  { id: 'c', source: null, text: 'Envoys of both sides held talks in Geneva on Monday.' },
  { id: 'd', source: null, text: 'Die Delegationen trafen sich am Freitag in Genf zu Gesprächen über einen Waffenstillstand. Beide Seiten nannten die Runde nützlich, doch viele Fragen blieben offen, darunter die Grenze, der Abzug der Truppen und die Rückkehr der Vertriebenen in ihre Dörfer.' },
];

describe('extraction pool with threads', () => {
  it('gives each report the record extractRead gives, with its warnings, whichever thread ran it', async () => {
    const pool = extractPool({ threads: 2, maxQueue: 8 });
    try {
      const got = await Promise.all(reports.map((r) => pool.extractWith(r, { readWarnings: ['read: note'], fallbackPublished: '2026-01-05' })));
      for (const [i, r] of reports.entries()) {
        const warned: string[] = [];
        const own = extractRead(r, ['read: note'], { lexicon }, { fallbackPublished: '2026-01-05', warn: (w) => warned.push(w) });
        expect(got[i].record).toEqual(own);
        expect(got[i].warned).toEqual(warned);
      }
      expect(got[3].warned.length).toBe(1);
      expect(got[2].record.doc.published).toBe('2026-01-05');
      expect(pool.pending()).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('extraction pool with several reports sent to each thread', () => {
  it('answers them in the order sent, with the records extractRead gives', async () => {
    const pool = extractPool({ threads: 1, maxQueue: 8, perThread: 4 });
    try {
      const got = await Promise.all(reports.map((r) => pool.extract(r)));
      for (const [i, r] of reports.entries()) expect(got[i]).toEqual(extractRead(r, [], { lexicon }));
      expect(pool.pending()).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails only the report that overruns; those sent behind it go to a fresh thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-pool-'));
    const script = join(dir, 'echo-or-hang.mjs');
    // Echoes each report's text back as its record, except the one whose text asks it to hang.
    writeFileSync(script, "import { parentPort } from 'node:worker_threads';\n"
      + "parentPort.on('message', (j) => { if (j.report.text === 'hang') for (;;); parentPort.postMessage({ id: j.id, record: { text: j.report.text }, warned: [] }); });\n");
    const pool = extractPool({ threads: 1, maxQueue: 8, perThread: 4, timeoutMs: 300, workerUrl: pathToFileURL(script) });
    try {
      const texts = ['one', 'hang', 'three', 'four'];
      const got = await Promise.allSettled(texts.map((text, i) => pool.extract({ id: String(i), source: null, text })));
      expect(got.map((g) => (g.status === 'fulfilled' ? g.value.text : 'failed'))).toEqual(['one', 'failed', 'three', 'four']);
      expect(String((got[1] as PromiseRejectedResult).reason)).toContain('longer than 300 ms');
      expect(pool.pending()).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
