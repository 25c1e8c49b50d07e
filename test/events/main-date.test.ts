import { describe, expect, it } from 'vitest';
import type { EventDate, ExtractedEvent, Modality } from '../../src/record.js';
import { lendMainDate } from '../../src/events/main-date.js';

const day = (value: string, inferred = false): EventDate => ({ value, granularity: 'day', type: 'exact', text: inferred ? '' : value, ...(inferred ? { inferred } : {}) });

function ev(event: string, modality: Modality, date: EventDate | null): ExtractedEvent {
  return { id: '', event, mode: null, actor: ['e1'], recipient: [], date, where: null, modality, reported_by: null, hedged: false,
    context: [], span: [0, 1], sentence: [0, 1], rule: 'test' } as unknown as ExtractedEvent;
}

describe('lendMainDate', () => {
  it('gives undated asserted and negated diplomatic acts the most frequent day, flagged inferred', () => {
    const out = lendMainDate([ev('CONSULT', 'asserted', day('2025-12-04')), ev('AGREE', 'asserted', day('2025-12-04')),
      ev('CONSULT', 'asserted', day('2025-11-01')), ev('AGREE', 'asserted', null), ev('AGREE', 'negated', day('2025-12-06', true))]);
    expect(out[3].date).toMatchObject({ value: '2025-12-04', inferred: true });
    expect(out[4].date).toMatchObject({ value: '2025-12-04', inferred: true });
    expect(out[2].date?.value).toBe('2025-11-01');
  });
  it('votes only with days of the fortnight around the report day', () => {
    const out = lendMainDate([ev('AGREE', 'asserted', day('2025-04-25')), ev('AGREE', 'asserted', day('2025-04-25')),
      ev('AGREE', 'asserted', day('2025-12-04', true))]);
    expect(out[2].date?.value).toBe('2025-12-04');
    expect(lendMainDate([ev('AGREE', 'asserted', day('2025-12-01')), ev('AGREE', 'asserted', null)], '2025-12-04')[1].date?.value).toBe('2025-12-01');
    expect(lendMainDate([ev('AGREE', 'asserted', day('2025-04-25')), ev('AGREE', 'asserted', null)], '2025-12-04')[1].date).toBeNull();
  });
  it('lets no day after the report day vote: what is dated later is still to come', () => {
    const out = lendMainDate([ev('AGREE', 'asserted', day('2025-12-05')), ev('CONSULT', 'asserted', day('2025-12-03')), ev('AGREE', 'asserted', null)], '2025-12-04');
    expect(out[2].date?.value).toBe('2025-12-03');
  });
  it('takes the latest day on a tie', () => {
    const out = lendMainDate([ev('CONSULT', 'asserted', day('2025-05-28')), ev('CONSULT', 'asserted', day('2025-07-24')), ev('AGREE', 'asserted', null)]);
    expect(out[2].date?.value).toBe('2025-07-24');
  });
  it('lets only diplomatic acts vote: a battle told with its day does not date the talks around it', () => {
    const out = lendMainDate([ev('CONSULT', 'asserted', day('2025-10-24')), ev('ASSAULT', 'asserted', day('2025-10-27')), ev('AGREE', 'asserted', null)]);
    expect(out[2].date?.value).toBe('2025-10-24');
  });
  it('keeps the stand-in report day when no event is dated', () => {
    const out = lendMainDate([ev('AGREE', 'asserted', day('2025-08-15', true))]);
    expect(out[0].date?.value).toBe('2025-08-15');
  });
  it('drops stand-in days from fighting, planned and possible acts', () => {
    const out = lendMainDate([ev('CONSULT', 'asserted', day('2025-12-04')), ev('ASSAULT', 'asserted', day('2025-12-06', true)),
      ev('CONSULT', 'future', day('2025-12-06', true)), ev('AGREE', 'hypothetical', null)]);
    expect(out.slice(1).map((e) => e.date)).toEqual([null, null, null]);
  });
});

describe('lendMainDate: the report’s own day and stretches of days', () => {
  const range = (start: string, end: string): EventDate => ({ value: start, granularity: 'day', type: 'range', start, end, text: 'on Monday and Tuesday' });
  it('dates undated planned acts by the report day when a meeting is planned for that very day', () => {
    const out = lendMainDate([ev('CONSULT', 'future', day('2026-02-10')), ev('REQUEST', 'future', null), ev('CONSULT', 'future', day('2026-02-10', true))], '2026-02-10');
    expect(out[1].date).toMatchObject({ value: '2026-02-10', inferred: true });
    expect(out[2].date).toMatchObject({ value: '2026-02-10', inferred: true });
  });
  it('leaves planned acts undated when the planned meeting is on another day', () => {
    const out = lendMainDate([ev('CONSULT', 'future', day('2026-02-13')), ev('REQUEST', 'future', null)], '2026-02-10');
    expect(out[1].date).toBeNull();
  });
  it('gives an agreement of a meeting held over several days its last day', () => {
    const out = lendMainDate([ev('CONSULT', 'asserted', range('2026-03-02', '2026-03-03')), ev('AGREE', 'asserted', null),
      ev('SUPPORT', 'asserted', null), ev('AGREE', 'asserted', range('2026-03-02', '2026-03-03'))], '2026-03-04');
    expect(out.map((e) => e.date?.value)).toEqual(['2026-03-02', '2026-03-03', '2026-03-02', '2026-03-03']);
  });
  it('dates fighting told as still going on by the report day, and history not at all', () => {
    const text = 'Mediators met in Doha as shelling of the border villages continues. The siege of the city began long ago.';
    const span = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
    const at = (w: string) => ({ ...ev('ASSAULT', 'asserted', null), span: span(w), sentence: [0, text.length] as [number, number] });
    const out = lendMainDate([at('shelling'), at('siege')], '2026-01-15', text);
    expect(out[0].date).toMatchObject({ value: '2026-01-15', type: 'approximate', text: 'of the border villages continues' });
    expect(out[1].date).toBeNull();
  });
});

describe('lendMainDate: a meeting named for the report’s own day', () => {
  it('dates undated planned acts by that day when the text names a meeting for it', () => {
    const text = 'The envoys will sit down at 4 p.m. today for a meeting on the truce. The rebels will press for prisoner releases.';
    expect(lendMainDate([ev('REQUEST', 'future', null)], '2026-02-10', text)[0].date).toMatchObject({ value: '2026-02-10', inferred: true });
    expect(lendMainDate([ev('REQUEST', 'future', null)], '2026-02-10', 'The rebels will press for prisoner releases next month.')[0].date).toBeNull();
  });
});
