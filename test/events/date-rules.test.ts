import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/pipeline.js';
import { loadLexicon } from '../../src/entities/index.js';

const lexicon = loadLexicon();
const datesOf = (text: string, published: string) =>
  extractReport({ id: 't', source: null, text, published }, { lexicon }).events.map((e) => [e.event, e.date?.value ?? null]);

describe('event dates: where the date sits', () => {
  it('does not date an event by its dateline', () => {
    const out = datesOf('MOSCOW, August 25, 2025 — Putin and Zelenskyy met in Istanbul on Sunday to discuss a truce.', '2025-08-25');
    expect(out).toContainEqual(['CONSULT', '2025-08-24']);
  });

  it('dates by a date that modifies a noun only the events inside that noun phrase', () => {
    const out = datesOf('On Friday Putin reaffirmed the March 4 communique and agreed to meet Zelenskyy.', '2025-10-25');
    expect(out).not.toContainEqual(['AGREE', '2025-03-04']);
  });

  it('chains "a day after X" from the day X was given', () => {
    const text = 'Putin and Zelenskyy agreed a truce on May 7, 2025. A day after the truce, Putin met Zelenskyy in Istanbul.';
    expect(datesOf(text, '2025-05-10')).toContainEqual(['CONSULT', '2025-05-08']);
  });

  it('"announced on Thursday" in a report of that Thursday is that day', () => {
    expect(datesOf('Putin announced on Thursday that he had agreed to a ceasefire with Zelenskyy.', '2025-11-20'))
      .toContainEqual(['AGREE', '2025-11-20']);
  });

  it('a bare "on 6 November" takes the year the tense and the publication date fit', () => {
    expect(datesOf('Putin met Zelenskyy on 6 November.', '2025-11-20')).toContainEqual(['CONSULT', '2025-11-06']);
    expect(datesOf('Putin met Zelenskyy on 6 November.', '2025-01-20')).toContainEqual(['CONSULT', '2024-11-06']);
    expect(datesOf('Putin will meet Zelenskyy on 6 November.', '2025-11-20')).toContainEqual(['CONSULT', '2026-11-06']);
  });
});

describe('event dates: tense and carried dates', () => {
  it('reads a planned act\'s weekday as past when nothing in the sentence speaks of the future', () => {
    const out = datesOf('Putin pledged to give Zelenskyy access to the port during talks in Istanbul on Friday.', '2025-08-09');
    expect(out).not.toContainEqual(['CONSULT', '2025-08-15']);
  });

  it('a time of day alone is on the report\'s day', () => {
    expect(datesOf('Putin is set to meet Zelenskyy at 1:00 PM ET in Istanbul.', '2025-12-28')).toContainEqual(['CONSULT', '2025-12-28']);
  });

  it('a year from the event before does not carry to the next sentence', () => {
    const text = 'Putin ordered the invasion of Ukraine in 2022. Zelenskyy welcomed the new security guarantees.';
    expect(datesOf(text, '2025-12-16')).not.toContainEqual(['SUPPORT', '2022']);
  });
});
