import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { exportEvents, type ExportOptions } from '../../src/export/index.js';
import { csvField } from '../../src/export/csv.js';
import { ploverSchema } from '../../src/export/plover-schema.js';
import { asReports, extractFixture, PEOPLE, record } from '../ingest/fixtures.js';

const { trump, zel, putin } = PEOPLE;
const schema = JSON.parse(readFileSync(new URL('../../schema/plover-event.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

async function storeOfFixtures() {
  const store = (await openStore(':memory:'));
  await ingestReports(store, asReports([
    record({ id: '001', published: '2025-12-29', entities: { t: [...trump, 'President', 'Q22686'], z: zel }, events: [
      { mode: 'visit', actor: ['z'], recipient: ['t'], date: '2025-12-28', where: 'Palm Beach, Florida', context: ['diplomatic'], text: 'Zelenskyy visited Trump, saying "we are close".' }] }),
    record({ id: '002', published: '2025-12-30', entities: { t: trump, p: putin, n: ['NATO', 'organization', 'NATO'], g: ['General Ivanov', 'person', 'RUS', 'Chief of the General Staff'] }, events: [
      { mode: 'phone', actor: ['t', 'p'], date: null, context: ['diplomatic', 'territory'], text: 'Trump and Putin spoke by phone.' },
      { event: 'AGREE', actor: ['t'], date: '2025-12', modality: 'future', text: '-A deal may come in December.' },
      { event: 'THREATEN', actor: ['g'], recipient: ['n'], date: '2025-12-30', text: '=Ivanov warned NATO.' }] }),
    record({ id: '003', source: 'https://fr.news-one.example.co.uk/a', published: '2025-12-31', entities: { t: trump, z: zel }, events: [
      { mode: 'visit', actor: ['z'], recipient: ['t'], date: '2025-12-28', where: 'Palm Beach', context: ['military'], text: 'Zelenskyy met Trump in Florida.' }] }),
  ]), { extract: extractFixture });
  return store;
}

async function run(opts: ExportOptions) {
  const store = await storeOfFixtures();
  let out = '';
  const n = await exportEvents(store, opts, (s) => { out += s; });
  return { out, n, store };
}

const plover = async () => (await run({ format: 'plover' })).out.trim().split('\n').map((l) => JSON.parse(l));
/** The fixtures' records by what they are: the plan, the phone call, the visit, the threat (export order). */
const named = async () => { const [plan, call, visit, threat] = await plover(); return { plan, call, visit, threat }; };

describe('PLOVER export', () => {
  it('writes JSON Lines where every record validates against the shipped strict schema', async () => {
    const lines = await plover();
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    expect(lines.map((l) => [l.event[0], l.date, l.date_precision, l.enddate])).toEqual([
      ['AGREE', '2025-12-01', 'month', '2025-12-31'], ['CONSULT', '2025-12-30', 'report', null],
      ['CONSULT', '2025-12-28', 'day', null], ['THREATEN', '2025-12-30', 'day', null]]);
  });
  it('ships the schema the code builds (they cannot drift)', async () => {
    expect(schema).toEqual(ploverSchema());
  });
  it('carries contexts, codes, sectors, offices, Wikidata ids and the quad code', async () => {
    const { visit, threat } = await named();
    expect(visit.context).toEqual(['diplomatic', 'military']);
    expect(visit.quad_code).toBe(1);
    expect(visit.recipient[0]).toMatchObject({ code: 'USA', sector: 'GOV', office: 'President', identifier_id: 'Q22686', identifier_text: 'Donald Trump' });
    expect(visit.actor[0]).toMatchObject({ code: 'UKR', identifier_id: null, entity_text: 'Volodymyr Zelenskyy' });
    expect(threat.actor[0]).toMatchObject({ code: 'RUS', sector: 'MIL', office: 'Chief of the General Staff' });
    expect(threat.recipient[0]).toMatchObject({ code: 'IGO', sector: 'IGO', entity_text: 'NATO' });
    expect(threat.quad_code).toBe(3);
  });
  it('cites every supporting report in PLOVER\'s citeInfo object, with the spans in text_info', async () => {
    const { visit } = await named();
    expect(visit.source_count).toBe(2);
    expect(visit.cite_info).toMatchObject({ citation: 'report-001', publication: '001.example', codebook: 'plover-2.0' });
    expect(visit.cite_info.sources.map((s: { citation: string; publication: string; publication_date: string }) => [s.citation, s.publication, s.publication_date]))
      .toEqual([['report-001', '001.example', '2025-12-29'], ['report-003', 'example.co.uk', '2025-12-31']]);
    expect(visit.text_info.spans.map((s: { citation: string }) => s.citation)).toEqual(['report-001', 'report-003']);
    expect(visit.event_loc).toEqual({ extracted_place: 'Palm Beach, Florida' });
  });
  it('links a planned event and the report that it happened', async () => {
    const store = (await openStore(':memory:'));
    await ingestReports(store, asReports([
      record({ id: 'p', published: '2025-11-01', entities: { t: trump, p: putin }, events: [{ actor: ['t', 'p'], date: '2025-11-05', modality: 'future', text: 'Trump will meet Putin.' }] }),
      record({ id: 'r', published: '2025-11-06', entities: { t: trump, p: putin }, events: [{ actor: ['t', 'p'], date: '2025-11-05', text: 'Trump met Putin.' }] }),
    ]), { extract: extractFixture });
    let out = '';
    await exportEvents(store, { format: 'plover' }, (s) => { out += s; });
    const [plan, met] = out.trim().split('\n').map((l) => JSON.parse(l));
    for (const l of [plan, met]) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    expect([plan.link_role, met.link_role]).toEqual(['planned', 'realised']);
    expect(plan.link).toBe(met.link);
    expect(plan.linked_events).toEqual([met.id]);
  });
  it('refuses a mode that belongs to another event, an unknown field, and a missing date', async () => {
    const { visit } = await named();
    expect(validate({ ...visit, event: ['AGREE'], quad_code: 1 })).toBe(false);
    expect(validate({ ...visit, extra: 1 })).toBe(false);
    expect(validate({ ...visit, actor: [{ ...visit.actor[0], nickname: 'x' }] })).toBe(false);
    const { date: _date, ...undated } = visit;
    expect(validate(undated)).toBe(false);
  });
});

describe('flat exports', () => {
  it('writes one CSV layout with string ids, date and precision, and no JSON in cells', async () => {
    const { out } = await run({ format: 'csv', table: 'events' });
    const rows = out.split('\r\n');
    expect(rows[0]).toBe('event_id,event,mode,quad_code,date,date_precision,enddate,actor,actor_code,actor_sector,recipient,recipient_code,recipient_sector,place,modality,context,source_count,report_count,link,first_report,evidence');
    expect(rows).toHaveLength(6);
    expect(out).toContain('parley-');
    expect(out).toContain(',report-001,');
    expect(out).toContain('"Palm Beach, Florida"');
    expect(out).toContain('Donald Trump; Vladimir Putin');
    expect(out).not.toMatch(/[[{]/);
  });
  it('guards cells a spreadsheet would run as formulas, and can start with a byte-order mark', async () => {
    const { out } = await run({ format: 'csv', table: 'sources', bom: true });
    expect(out.startsWith('\uFEFFevent_id,report_id,outlet,url,title,published,start,end,evidence\r\n')).toBe(true);
    expect(out).toContain(",'-A deal may come in December.");
    expect(out).toContain(",'=Ivanov warned NATO.");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(['x', 'y'])).toBe('x; y');
  });
  it('writes the POLECAT-style table: one row per actor-recipient pair', async () => {
    const { out } = await run({ format: 'jsonl', table: 'polecat' });
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    const call = rows.filter((r) => r.event === 'CONSULT' && r.date_precision === 'report');
    expect(call.map((r) => [r.actor, r.recipient])).toEqual([['Donald Trump', null], ['Vladimir Putin', null]]);
    const threat = rows.find((r) => r.event === 'THREATEN');
    expect(threat).toMatchObject({ actor_country: 'RUS', actor_sector: 'MIL', recipient_country: 'IGO', recipient_sector: 'IGO', quad_code: 3, source_count: 1 });
    expect(rows[0].context).toEqual([]);
  });
  it('takes the same filters as parley events', async () => {
    const store = await storeOfFixtures();
    const { toFilter } = await import('../../src/query/events.js');
    let out = '';
    const n = await exportEvents(store, { format: 'jsonl', filter: (await toFilter(store, { actor: 'Putin', since: '2025-12-29' })) }, (s) => { out += s; });
    expect(n).toBe(1);
    expect(JSON.parse(out).actor).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
  it('keeps JSON as one array and JSON Lines as one object a line', async () => {
    const json = JSON.parse((await run({ format: 'json' })).out);
    const jsonl = (await run({ format: 'jsonl' })).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(json).toEqual(jsonl);
  });
});
