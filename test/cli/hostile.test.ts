// Every command answers hostile input the same way: no text left after cleaning is one named problem in extract and
// in ingest; reader warnings are said by ingest as by extract; non-English text is warned about.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const run = runCli;
const dir = () => mkdtempSync(join(tmpdir(), 'parley-cli-hostile-'));
const FRENCH = 'Les deux délégations se sont réunies lundi à Genève pour un deuxième cycle de négociations sur un cessez-le-feu. ' +
  'Les responsables des deux camps ont qualifié la réunion de constructive, sans donner de détails sur le contenu des accords.';

describe('empty after cleaning', () => {
  it('script-only HTML is the same named problem in extract and ingest', async () => {
    const d = dir();
    const page = join(d, 'page.html');
    writeFileSync(page, '<html><head><script>var talks = 1;</script></head><body><script>track()</script></body></html>');
    const ex = await run(['extract', page]);
    const ing = await run(['ingest', page, '--db', join(d, 'p.db')]);
    const line = `parley: ${page}: no text left after cleaning (only markup, scripts or page clutter)`;
    expect(ex.code).toBe(1);
    expect(ex.out).toBe('');
    expect(ex.err.trim()).toBe(line);
    expect(ing.code).toBe(1);
    expect(ing.err).toContain(line.replace(`${page}:`, 'page:'));
  });
});

describe('warnings', () => {
  it('ingest says the invalid UTF-8 warning extract says', async () => {
    const d = dir();
    const file = join(d, 'latin.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Envoys met in Caf'), Buffer.from([0xe9]), Buffer.from(' Geneva on Monday.')]));
    const ex = await run(['extract', file]);
    const ing = await run(['ingest', file, '--db', join(d, 'p.db')]);
    const warning = `parley: warning: ${file}: invalid UTF-8: 1 byte sequence replaced with U+FFFD`;
    expect(ex.err).toContain(warning);
    expect(ing.err).toContain(warning);
    expect(ing.code).toBe(0);
  });

  it('non-English text is warned about in extract and ingest', async () => {
    const d = dir();
    const file = join(d, 'fr.txt');
    writeFileSync(file, FRENCH);
    const ex = await run(['extract', file]);
    expect(ex.err).toMatch(/parley: warning: .*fr\.txt: the text does not look like English/);
    expect(JSON.parse(ex.out).warnings[0]).toMatch(/does not look like English/);
    const ing = await run(['ingest', file, '--db', join(d, 'p.db')]);
    expect(ing.err).toMatch(/parley: warning: .*fr\.txt: the text does not look like English/);
  });

  it('a report with a 100 KB token extracts, keeping the token in the text', async () => {
    const d = dir();
    const file = join(d, 'token.txt');
    writeFileSync(file, `Trump met Putin in Alaska on Friday. ${'abcdefghij'.repeat(10_000)}\n`);
    const ex = await run(['extract', file]);
    expect(ex.code, ex.err).toBe(0);
    const rec = JSON.parse(ex.out);
    expect(rec.events.length).toBeGreaterThan(0);
    expect(rec.text).toContain('abcdefghij'.repeat(10_000));
  });
});
