import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { exportEvents } from '../../src/export/index.js';
import { csvField } from '../../src/export/csv.js';
import { asReports, extractFixture, PEOPLE, record } from '../ingest/fixtures.js';

const { trump, zel, putin } = PEOPLE;
const schema = JSON.parse(readFileSync(new URL('../../schema/plover-event.schema.json', import.meta.url), 'utf8'));

async function run(format: 'plover' | 'csv' | 'json') {
  const store = openStore(':memory:');
  await ingestReports(store, asReports([
    record({ id: 'a', published: '2025-12-29', entities: { t: trump, z: zel }, events: [
      { mode: 'visit', actor: ['z'], recipient: ['t'], date: '2025-12-28', where: 'Palm Beach, Florida', text: 'Zelenskyy visited Trump, saying "we are close".' }] }),
    record({ id: 'b', published: '2025-12-30', entities: { t: trump, p: putin }, events: [
      { mode: 'phone', actor: ['t', 'p'], date: null, text: 'Trump and Putin spoke by phone.' },
      { event: 'AGREE', actor: ['t'], date: '2025-12', modality: 'future', text: 'A deal may come in December.' }] }),
  ]), { extract: extractFixture });
  let out = '';
  const n = await exportEvents(store, format, (s) => { out += s; });
  return { out, n };
}

describe('export', () => {
  it('writes PLOVER JSON Lines that validate against the shipped schema', async () => {
    const { out, n } = await run('plover');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(n);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const l of lines) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    expect(lines.map((l) => [l.date, l.date_precision])).toEqual([['2025-12-01', 'month'], ['2025-12-30', 'report'], ['2025-12-28', 'day']]);
    expect(lines[2].actor[0]).toMatchObject({ code: 'UKR', entity_text: 'Volodymyr Zelenskyy' });
  });
  it('rejects a record missing a required field (the schema can fail)', async () => {
    const validate = new Ajv().compile(schema);
    const line = JSON.parse((await run('plover')).out.split('\n')[0]);
    delete line.date;
    expect(validate(line)).toBe(false);
  });
  it('writes RFC 4180 CSV with a header and quoted fields', async () => {
    const { out, n } = await run('csv');
    const rows = out.split('\r\n');
    expect(rows[0]).toBe('id,event,mode,actor,recipient,date,where,modality,source_count,outlets,reports,evidence');
    expect(rows).toHaveLength(n + 2);
    expect(out).toContain('"Palm Beach, Florida"');
    expect(out).toContain('"Zelenskyy visited Trump, saying ""we are close""."');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(['x', 'y'])).toBe('x; y');
  });
  it('writes JSON with the fixed event field names', async () => {
    const { out } = await run('json');
    const events = JSON.parse(out);
    expect(Object.keys(events[0])).toEqual(['id', 'event', 'mode', 'actor', 'recipient', 'date', 'where', 'modality', 'source_count', 'sources']);
    expect(Object.keys(events[0].sources[0])).toEqual(['outlet', 'url', 'report', 'span', 'evidence']);
  });
});
