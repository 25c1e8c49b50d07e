import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { DOCS, record } from './fixtures.js';

const run = runCli;

describe('parley brief / parley processes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-brief-'));
  const db = join(dir, 'b.db');
  const store = (await openStore(db));
  await ingestReports(store, DOCS.map((d) => { const r = record(d); return { id: d.id, source: r.doc.source, text: r.text, published: d.published, rec: r }; }),
    { extract: (r) => (r as unknown as { rec: ReturnType<typeof record> }).rec });
  await store.close();

  it('lists processes as JSON', async () => {
    const r = await run(['processes', '--db', db, '--format', 'json', '--config', join(dir, 'none.yml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/none\.yml: cannot read/);
    const ok = await run(['processes', '--db', db, '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).map((p: { name: string }) => p.name).sort()).toEqual(['Israel–Hamas', 'Russia–Ukraine']);
  });

  it('prints one process as Markdown or JSON, honouring a config file', async () => {
    const yml = join(dir, 'parley.yml');
    writeFileSync(yml, 'processes:\n  - name: Ukraine talks\n    parties: [Russia, Ukraine]\n');
    const md = await run(['brief', '--db', db, '--config', yml, '--process', 'ukraine talks']);
    expect(md.code).toBe(0);
    expect(md.out.startsWith('# Ukraine talks\n')).toBe(true);
    const json = await run(['brief', '--db', db, '--format', 'json', '--process', 'Israel–Hamas']);
    expect(JSON.parse(json.out).map((b: { process: { id: string } }) => b.process.id)).toEqual(['israel-hamas']);
  });

  it('fails with a usage error, not a trace, on bad input', async () => {
    expect(await run(['brief', '--db', db, '--process', 'nowhere'])).toMatchObject({ code: 2, err: expect.stringMatching(/no process "nowhere"/) });
    expect(await run(['brief', '--db', db, '--since', 'last week'])).toMatchObject({ code: 2, err: expect.stringMatching(/--since "last week" is not a (calendar )?date/) });
    expect(await run(['brief', '--db', join(dir, 'missing.db')])).toMatchObject({ code: 2, err: expect.stringMatching(/no store at/) });
  });
});
