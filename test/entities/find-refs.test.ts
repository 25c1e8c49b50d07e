import { describe, expect, it } from 'vitest';
import { byName, persons, run, texts } from './helpers.js';

describe('references and pronouns', () => {
  it('resolves "he" to the subject of the previous sentence, outside the entity mention list', () => {
    const text = 'Putin received Witkoff at the Kremlin. He said the talks were useful.';
    const idx = run(text);
    const he = idx.mentions.find((m) => m.via === 'pronoun');
    expect(he && text.slice(he.span[0], he.span[1])).toBe('He');
    expect(idx.byId(he!.entity)?.name).toBe('Vladimir Putin');
    expect(byName(idx, 'Vladimir Putin')!.mentions).toHaveLength(1);
  });

  it('"the Head of State" points back to the president named before', () => {
    const text = 'President Jacob Tembo met the rebels on Monday. "We took a firm step," the Head of State said.';
    const idx = run(text);
    const ref = idx.mentions.find((m) => text.slice(m.span[0], m.span[1]) === 'the Head of State');
    expect(ref && idx.byId(ref.entity)?.name).toBe('Jacob Tembo');
  });

  it('"the President of X" is the office of X, not the president named before', () => {
    const text = 'President William Ruto flew home. Later the President of Togo said the talks had helped.';
    const idx = run(text);
    const ref = idx.mentions.find((m) => text.slice(m.span[0], m.span[1]).startsWith('the President'));
    expect(ref === undefined || idx.byId(ref.entity)?.name !== 'William Ruto').toBe(true);
    const again = 'President William Ruto flew home. Later the President of Kenya said the talks had helped.';
    const idx2 = run(again);
    expect(idx2.mentions.filter((m) => idx2.byId(m.entity)?.name === 'William Ruto')).toHaveLength(2);
  });

  it('resolves a pronoun after a quote to the speaker named in the same sentence', () => {
    const text = '“We are close,” Trump told reporters, adding that he would call Putin.';
    const idx = run(text);
    const he = idx.mentions.find((m) => m.via === 'pronoun')!;
    expect(idx.byId(he.entity)?.name).toBe('Donald Trump');
  });

  it('resolves "he" after a reporting verb to that verb’s subject, not the sentence’s first name', () => {
    const text = 'Ushakov said Putin told Trump he was still willing to work toward peace.';
    const idx = run(text);
    const he = idx.mentions.find((m) => m.via === 'pronoun')!;
    expect(idx.byId(he.entity)?.name).toBe('Vladimir Putin');
  });

  it('matches "she" only to a woman when the lexicon knows', () => {
    const text = 'Meloni spoke with Macron. Later she flew home.';
    const idx = run(text);
    const she = idx.mentions.find((m) => m.via === 'pronoun')!;
    expect(idx.byId(she.entity)?.name).toBe('Giorgia Meloni');
  });

  it('ignores pronouns inside quotations', () => {
    const idx = run('Trump said: “He knows what he must do.”');
    expect(idx.mentions.filter((m) => m.via === 'pronoun')).toEqual([]);
  });

  it('reads "the government" of a report that has named one state only as that state', () => {
    const text = 'Clashes broke out in Sweida between Syrian troops and Druze fighters. The government said its forces withdrew.';
    const idx = run(text);
    expect(texts(text, byName(idx, 'Syria'))).toContain('The government');
  });

  it('reads "the US envoy" with no such person named before as the state the office speaks for', () => {
    const text = 'Fighting went on near the border. The US envoy urged both sides to hold their fire.';
    const idx = run(text);
    expect(texts(text, byName(idx, 'United States'))).toEqual(['US']);
    expect(persons(idx)).toEqual([]);
  });

  it('resolves "the Ukrainian president" by country and office', () => {
    const text = 'Trump met Zelenskyy and Putin. Afterwards the Ukrainian president left.';
    const idx = run(text);
    const ref = idx.mentions.find((m) => m.via === 'title')!;
    expect(text.slice(ref.span[0], ref.span[1])).toBe('the Ukrainian president');
    expect(idx.byId(ref.entity)?.name).toBe('Volodymyr Zelenskyy');
    expect(idx.entities.some((e) => e.kind === 'state')).toBe(false);
  });

  it('leaves "the president" alone when two presidents have been named', () => {
    const idx = run('Trump met Zelenskyy. The president then left.');
    expect(idx.mentions.filter((m) => m.via === 'title')).toEqual([]);
  });

  it('resolves "the president" when only one president has been named', () => {
    const text = 'Macron met Starmer in Paris. The president then left.';
    const idx = run(text);
    const ref = idx.mentions.find((m) => m.via === 'title')!;
    expect(idx.byId(ref.entity)?.name).toBe('Emmanuel Macron');
  });

  it('resolves "the mission", "the agency" to the body named last whose name holds that noun', () => {
    const text = 'The UN Support Mission in Libya welcomed the truce. The mission also asked both sides to pull back. '
      + 'The International Atomic Energy Agency said the agency would send inspectors.';
    const idx = run(text);
    const refs = idx.mentions.filter((m) => m.via === 'title').map((m) => [text.slice(m.span[0], m.span[1]), idx.byId(m.entity)?.name]);
    expect(refs).toContainEqual(['The mission', 'UN Support Mission in Libya']);
    expect(refs).toContainEqual(['the agency', 'International Atomic Energy Agency']);
  });

  it('does not read "the council of elders" or a body noun no name holds as a reference', () => {
    const text = 'The UN Security Council met on Monday. The council of elders rejected the plan. The committee will meet again.';
    const idx = run(text);
    expect(idx.mentions.filter((m) => m.via === 'title').map((m) => text.slice(m.span[0], m.span[1]))).toEqual([]);
  });

  it('"praised X for his ..." gives the possessive to the one praised or blamed, not to the subject', () => {
    const pronounOwner = (text: string) => {
      const idx = run(text);
      return idx.mentions.filter((m) => m.via === 'pronoun').map((m) => idx.byId(m.entity)?.name);
    };
    expect(pronounOwner('Kenyan President William Ruto thanked Abiy Ahmed for his mediation.')).toEqual(['Abiy Ahmed']);
    expect(pronounOwner('Kenyan President William Ruto blamed Abiy Ahmed for his remarks.')).toEqual(['Abiy Ahmed']);
    expect(pronounOwner('Kenyan President William Ruto met Abiy Ahmed for his first visit.')).toEqual(['William Ruto']);
  });
});

