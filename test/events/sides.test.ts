// The one reading of a party's side (src/events/sides.ts), on a report of our own through the whole entity stage.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';
import { partySide } from '../../src/events/sides.js';
import type { EntityIndex } from '../../src/context.js';

describe('partySide', () => {
  const text = 'Yemen and the Houthis met in Muscat. Houthi negotiator Abdulqader al-Murtada said the UN envoy Hans Grundberg helped.';
  const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
  const index = { byId: (id: string) => r.entities.find((e) => e.id === id) } as unknown as EntityIndex;
  const side = (name: string) => partySide(index, r.entities.find((e) => e.name === name)!);
  it('gives a state its country and an armed group a side of its own', () => {
    expect(side('Yemen')).toBe('YEM');
    expect(side('Houthis')).toMatch(/^group:/);
  });
  it('puts a person who speaks for an armed group on the group\'s side, not on his country\'s', () => {
    expect(side('Abdulqader al-Murtada')).toBe(side('Houthis'));
    expect(side('Hans Grundberg')).toBe('UN');
  });
});

describe('partySide of a region\'s own administration', () => {
  const text = 'Iraq and the Kurdistan Regional Government resumed talks in Baghdad. KRG Prime Minister Masrour Barzani urged Baghdad to pay the salaries.';
  const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
  const index = { byId: (id: string) => r.entities.find((e) => e.id === id) } as unknown as EntityIndex;
  const side = (name: string) => partySide(index, r.entities.find((e) => e.name === name)!);
  it('is a side of its own against the state it is in, and its leader stands on it', () => {
    expect(side('Kurdistan Regional Government')).toMatch(/^group:/);
    expect(side('Iraq')).toBe('IRQ');
    expect(side('Masrour Barzani')).toBe(side('Kurdistan Regional Government'));
  });
  it('lets its leader\'s demand of the state name the state', () => {
    const urged = r.events.find((e) => e.event === 'REQUEST')!;
    expect(urged.recipient.map((id) => r.entities.find((e) => e.id === id)!.name)).toEqual(['Iraq']);
  });
});
