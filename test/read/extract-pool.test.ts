// The extraction pool with several threads: records as extractRead gives them in-process, warnings handed back.
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
