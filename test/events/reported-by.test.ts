// Who a report attributes an event to (src/events/reported-by.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function attributed(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  const name = (id: string | null) => (id ? r.entities.find((e) => e.id === id)?.name ?? id : null);
  return r.events.map((e) => ({ event: e.event, by: name(e.reported_by), actor: e.actor.map(name) }));
}

describe('an attribution that closes the sentence', () => {
  it('names the speaker before or after the reporting verb, and a speaker for his own state acts with it', () => {
    const es = attributed('Armenia is ready to pull back its troops from the border if Azerbaijan does the same, Prime Minister Nikol Pashinyan said on Monday.');
    expect(es.map((e) => e.by)).toEqual(['Nikol Pashinyan', 'Nikol Pashinyan']);
    expect(es.find((e) => e.event === 'CONCEDE')?.actor).toEqual(['Armenia', 'Nikol Pashinyan']);
    expect(attributed('Armenia is ready to pull back its troops from the border, said Nikol Pashinyan.')[0].by).toBe('Nikol Pashinyan');
  });
  it('names no one when no party is named by the closing attribution', () => {
    expect(attributed('Armenia is ready to pull back its troops from the border, officials in the capital said.')[0].by).not.toBe('Nikol Pashinyan');
  });
});

describe('the source of the sentence', () => {
  it('names the party "according to" opens, even past a participle, and no party after its comma', () => {
    const es = attributed('According to a statement released by Norway, Armenia agreed to pull back its troops from the border.');
    expect(es.map((e) => e.by)).toEqual(['Norway', 'Norway']);
    expect(attributed('According to the document, Armenia agreed to pull back its troops from the border.').map((e) => e.by)).toEqual([null, null]);
  });
  it('reads unnamed sources as anonymous', () => {
    expect(attributed('Two diplomats said Armenia had agreed to pull back its troops from the border.')[0].by).toBe('anonymous');
  });
  it('names the one a possessed subject belongs to, not a party named in the reported clause', () => {
    const es = attributed("Qatar's foreign ministry said Armenia had agreed to pull back its troops from the border.");
    expect(es[0].by).toBe('Qatar');
  });
});
