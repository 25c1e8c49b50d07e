import { describe, expect, it } from 'vitest';
import type { DocContext } from '../../src/context.js';
import type { Sentence } from '../../src/nlp/wink.js';
import type { EventDate } from '../../src/record.js';
import { attachDate, reportDay } from '../../src/events/date.js';

// attachDate reads only the text and publication date of the report; one sentence spans the whole text here.
function dateOf(text: string, trigger: string, opts: { future?: boolean; tied?: EventDate | null; published?: string } = {}) {
  const ctx = { text, published: opts.published ?? '2025-12-06' } as unknown as DocContext;
  const s: Sentence = { index: 0, start: 0, end: text.length, tokens: [] };
  return attachDate(ctx, s, text, text.indexOf(trigger), opts.future ?? false, opts.tied ?? null);
}

const TIED: EventDate = { value: '2025-12-04', granularity: 'day', type: 'exact', text: 'on Thursday' };

describe('attachDate', () => {
  it('takes the nearest date of the trigger’s clause', () => {
    expect(dateOf('Putin met Witkoff on Tuesday in Moscow.', 'met')?.value).toBe('2025-12-02');
  });
  it('never takes a date from a later clause', () => {
    expect(dateOf('Putin met Witkoff in Moscow, where the invasion began in 2022.', 'met')).toMatchObject({ value: '2025-12-06', inferred: true });
    expect(dateOf('Putin met Witkoff in Moscow, where the invasion began in 2022.', 'met', { tied: TIED })?.value).toBe('2025-12-04');
  });
  it('leaves the date before an "and" to the verb it ends, when the joined verb has its own', () => {
    const text = 'Wang met the minister on Monday and called on the president on Tuesday evening.';
    expect(dateOf(text, 'called')?.value).toBe('2025-12-02');
    expect(dateOf('Wang met the minister on Monday and later signed the accord.', 'signed')?.value).toBe('2025-12-01');
  });
  it('does not date a planned act by the day of the verb its infinitive hangs on ("agreed on Tuesday to reopen")', () => {
    const text = 'The two sides agreed on Tuesday to reopen the border crossing.';
    expect(dateOf(text, 'reopen', { future: true })).toBeNull();
    expect(dateOf(text, 'agreed')?.value).toBe('2025-12-02');
    expect(dateOf('The two sides agreed to reopen the crossing on Friday.', 'reopen', { future: true })?.value).toBe('2025-12-12');
    expect(dateOf('Kenya sent its envoy to Addis Ababa next week to meet the rebels.', 'meet', { future: true })?.value).toBe('2025-12');
  });
  it('does not date the main verb by a relative clause set off before it', () => {
    const text = 'Ruto, who met Abiy in Addis Ababa last month, has offered to host the talks.';
    expect(dateOf(text, 'offered')).toMatchObject({ value: '2025-12-06', inferred: true });
    expect(dateOf(text, 'met')?.value).toBe('2025-11');
    expect(dateOf('Ruto, who chairs the bloc, met Abiy on Tuesday.', 'met')?.value).toBe('2025-12-02');
  });
  it('takes a date of an earlier clause when its own clause has none', () => {
    expect(dateOf('On Tuesday, after long delays, the envoys met.', 'met')?.value).toBe('2025-12-02');
  });
  it('skips a date inside a participle phrase of another noun, unless the trigger is in it', () => {
    const text = 'Hamas freed on Monday the hostages taken on October 7 in exchange for prisoners.';
    expect(dateOf(text, 'exchange', { published: '2025-10-14' })?.value).toBe('2025-10-13');
    expect(dateOf(text, 'taken', { published: '2025-10-14' })?.value).toBe('2025-10-07');
    expect(dateOf('The talks held on Sunday in Geneva went well.', 'talks', { published: '2025-11-24' })?.value).toBe('2025-11-23');
  });
  it('takes the previous sentence’s date for "at the time"', () => {
    const text = 'Clashes broke out on May 28. Both armies agreed to calm at the time.';
    const ctx = { text, published: '2025-07-28', analysis: { sentences: [
      { index: 0, start: 0, end: 28, tokens: [] }, { index: 1, start: 29, end: text.length, tokens: [] }] } } as unknown as DocContext;
    const s = ctx.analysis.sentences[1];
    expect(attachDate(ctx, s, text.slice(s.start), text.indexOf('agreed') - s.start, false, null)?.value).toBe('2025-05-28');
  });
  it('does not date a planned event by the day it was announced', () => {
    expect(dateOf('Envoys will meet again, officials said on Friday.', 'meet', { future: true })).toBeNull();
    expect(dateOf('Envoys will meet on Friday.', 'meet', { future: true })?.value).toBe('2025-12-12');
  });
  it('lends a planned event only an upcoming tied day', () => {
    expect(dateOf('Envoys will meet again.', 'meet', { future: true, tied: TIED })).toBeNull();
    const upcoming: EventDate = { ...TIED, value: '2025-12-07' };
    expect(dateOf('Envoys will meet again.', 'meet', { future: true, tied: upcoming })?.value).toBe('2025-12-07');
  });
  it('ties "earlier in the day" to the remembered meeting', () => {
    expect(dateOf('He spoke with Putin earlier in the day.', 'spoke', { tied: TIED })?.value).toBe('2025-12-04');
  });
});

describe('reportDay', () => {
  it('is the weekday named most often, the latest on a tie', () => {
    expect(reportDay('Talks on Sunday. Sunday talks ended. A call on Friday.', '2025-12-06')?.value).toBe('2025-11-30');
    expect(reportDay('Talks on Sunday. A call on Friday.', '2025-12-06')?.value).toBe('2025-12-05');
  });
  it('ignores planned days, possessives and the day someone said something', () => {
    expect(reportDay('They meet next Monday. Monday’s summit. The minister said on Tuesday it was over.', '2025-12-06'))
      .toMatchObject({ value: '2025-12-06', inferred: true });
  });
  it('is null without a publication date', () => {
    expect(reportDay('Talks on Sunday.', null)).toBeNull();
  });

});

describe('attachDate: days a sentence points back to', () => {
  it('dates "the call" by the dated call named before ("their Nov. 3 call"), not by another date of that sentence', () => {
    const text = 'Both sides praised their Nov. 3 call. Aides said in a note on the call that the leaders agreed to meet.';
    const ctx = { text, published: '2025-11-05', analysis: { sentences: [
      { index: 0, start: 0, end: 37, tokens: [] }, { index: 1, start: 38, end: text.length, tokens: [] }] } } as unknown as DocContext;
    const s = ctx.analysis.sentences[1];
    expect(attachDate(ctx, s, text.slice(s.start), text.indexOf('agreed') - s.start, false, null)?.value).toBe('2025-11-03');
    const other = 'The envoys arrived on Nov. 3 for the call. Aides said in a note on the call that the leaders agreed to meet.';
    const ctx2 = { ...ctx, text: other, analysis: { sentences: [
      { index: 0, start: 0, end: 42, tokens: [] }, { index: 1, start: 43, end: other.length, tokens: [] }] } } as unknown as DocContext;
    const s2 = ctx2.analysis.sentences[1];
    expect(attachDate(ctx2, s2, other.slice(s2.start), other.indexOf('agreed') - s2.start, false, null)).toMatchObject({ inferred: true });
  });
  it('dates a sentence opening with "Earlier," by the day of the news, not as an inferred stand-in', () => {
    expect(dateOf('Earlier, soldiers fired tear gas at a crowd.', 'fired', { tied: TIED })).toMatchObject({ value: '2025-12-04', type: 'approximate', text: 'Earlier' });
    expect(dateOf('Earlier, soldiers fired tear gas at a crowd.', 'fired')).toMatchObject({ value: '2025-12-06', text: 'Earlier' });
    expect(dateOf('Earlier, the envoys said they would return.', 'return', { future: true })).toBeNull();
  });
});


describe('attachDate: days counted from the news', () => {
  it('dates fighting "hours earlier" by the day of the meeting the report is about, else the report day', () => {
    const text = 'The envoys met under the shadow of a drone raid on the port only hours earlier.';
    expect(dateOf(text, 'raid', { tied: TIED })).toMatchObject({ value: '2025-12-04', type: 'approximate', text: 'only hours earlier' });
    expect(dateOf(text, 'raid', { published: '2025-12-06' })?.value).toBe('2025-12-06');
    expect(dateOf(text, 'raid')?.inferred).toBeUndefined();
  });
  it('counts an act told as "N days after" it back from the date stated before', () => {
    const exact = 'The junta signed the accord on Friday, three days after the rebels shelled the airport.';
    expect(dateOf(exact, 'shelled', { published: '2025-12-06' })).toMatchObject({ value: '2025-12-02', granularity: 'day' });
    expect(dateOf(exact, 'signed', { published: '2025-12-06' })?.value).toBe('2025-12-05');
  });
  it('keeps only the month of a rough count ("over a week after")', () => {
    const rough = 'The truce on Monday came more than two weeks after the militia stormed the town.';
    expect(dateOf(rough, 'stormed', { published: '2025-11-04' })).toMatchObject({ value: '2025-10', granularity: 'month', type: 'approximate' });
  });
});

describe('attachDate: the noun a "first ... since X" comparison is about', () => {
  it('dates the compared noun by the baseline: the last such event was then', () => {
    const text = 'Monday’s session will be their first face-to-face meeting since March, when the ceasefire collapsed.';
    expect(dateOf(text, 'meeting since', { published: '2025-06-02' })).toMatchObject({ value: '2025-03', type: 'approximate' });
    expect(dateOf(text, 'collapsed', { published: '2025-06-02' })?.value).toBe('2025-03');
  });
  it('does not date by the baseline what the comparison is not about', () => {
    const text = 'The envoys met on Monday, the first time since March that both sides attended.';
    expect(dateOf(text, 'met', { published: '2025-06-04' })?.value).toBe('2025-06-02');
  });
});

// Issue 9 classes; a report of two sentences, dated against `published`.
function dateIn(text: string, trigger: string, published: string, future = false) {
  const cut = text.indexOf('. ') + 2;
  const sentences: Sentence[] = [{ index: 0, start: 0, end: cut - 1, tokens: [] }, { index: 1, start: cut, end: text.length, tokens: [] }];
  const ctx = { text, published, analysis: { sentences } } as unknown as DocContext;
  const at = text.indexOf(trigger), s = at < cut ? sentences[0] : sentences[1];
  return attachDate(ctx, s, text.slice(s.start, s.end), at - s.start, future, null);
}

describe('attachDate, issue 9 classes', () => {
  it('reads "later Monday" in a plan told in the past as the Monday of the telling', () => {
    expect(dateOf('The president announced he would speak later Monday with the envoys.', 'speak', { future: true, published: '2025-12-09' })?.value).toBe('2025-12-08');
    expect(dateOf('The president announced he would speak on Monday with the envoys.', 'speak', { future: true, published: '2025-12-09' })?.value).toBe('2025-12-15');
  });
  it('reads an infinitive after an implicative past verb ("got them to sign in June") as past', () => {
    expect(dateOf('Washington got the two ministers to sign a framework accord in June.', 'sign', { future: true })?.value).toBe('2025-06');
    expect(dateOf('The two ministers are expected to sign a framework accord in June.', 'sign', { future: true })?.value).toBe('2026-06');
  });
  it('lets a source’s day ("as reported by X today") yield to the act’s own day later in the sentence', () => {
    const text = 'As reported by State Radio today, the rebels, after capturing the army’s main base, took full control of the city on Sunday.';
    expect(dateOf(text, 'capturing', { published: '2025-12-08' })?.value).toBe('2025-12-07');
  });
  it('dates a planned weekday by the day of the telling when the report’s sources spoke on that weekday', () => {
    const told = 'The negotiator is scheduled to meet the envoys again, according to reports from state media on Friday. The delegation will convene on Friday evening in Geneva with the envoys.';
    expect(dateIn(told, 'convene', '2025-12-07', true)?.value).toBe('2025-12-05');
    const untold = 'The negotiator is scheduled to meet the envoys again, state media reported. The delegation will convene on Friday evening in Geneva with the envoys.';
    expect(dateIn(untold, 'convene', '2025-12-07', true)?.value).toBe('2025-12-12');
  });
  it('dates an undated act by the next sentence naming it by its noun ("X’s agreement on Thursday comes ...")', () => {
    const text = 'The rebel movement has agreed to a truce proposed by the mediators. The movement’s agreement to the plan on Thursday comes a week after its fighters seized the town.';
    expect(dateIn(text, 'agreed', '2025-12-06')?.value).toBe('2025-12-04');
    const same = 'The two leaders held a meeting in the capital. The meeting on Thursday marked a first step toward a settlement.';
    expect(dateIn(same, 'meeting', '2025-12-06')).toMatchObject({ inferred: true });
  });
});
