import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/index.js';
import { analyze } from '../../src/nlp/wink.js';
import { makeIndex } from '../../src/entities/index.js';
import type { DocContext, Mention } from '../../src/context.js';
import type { Entity, EntityKind, Span } from '../../src/record.js';
import { contextFor, PUTIN, RUSSIA, TRUMP, ZELENSKYY } from './helpers.js';

interface Placed { id: string; kind: EntityKind; country: string | null; names: string[] }

/** Like helpers.contextFor, with a country for each entity (a place speaks as its country's state). */
function contextWith(text: string, named: Placed[]): DocContext {
  const entities: Entity[] = [], mentions: Mention[] = [];
  for (const n of named) {
    const spans: Span[] = [];
    for (const name of [...n.names].sort((a, b) => b.length - a.length)) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const span: Span = [i, i + name.length];
        if (mentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1])) continue;
        spans.push(span);
        mentions.push({ entity: n.id, span, via: 'name' });
      }
    }
    entities.push({ id: n.id, name: n.names[0], kind: n.kind, country: n.country, office: null, mentions: spans, rule: 'test' });
  }
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  return { text, published: null, analysis: analyze(text), entities: makeIndex(entities, mentions), clutter: [], trace: () => {} };
}

const quotesOf = (text: string, named = [TRUMP, PUTIN, ZELENSKYY, RUSSIA]) => findQuotes(contextFor(text, named));
const span = (text: string, s: Span) => text.slice(s[0], s[1]);

describe('speakers: pronouns are never names', () => {
  it('leaves "he" with nobody to refer to as no speaker, keeping the words as evidence', () => {
    const text = '“We will not sign anything under pressure,” he said.';
    const [q] = quotesOf(text, []);
    expect(q).toMatchObject({ speaker: null, speaker_text: 'he', cue: 'said' });
    expect(span(text, q.span)).toBe('We will not sign anything under pressure,');
  });

  it('resolves "it said" to the organisation named before, not to a literal "it"', () => {
    const text = 'The Economic Community of West African States met in Abuja. “The borders will reopen next month,” it said.';
    const bloc: Placed = { id: 'o1', kind: 'organization', country: null, names: ['Economic Community of West African States'] };
    const [q] = findQuotes(contextWith(text, [bloc]));
    expect(q).toMatchObject({ speaker: 'o1', speaker_text: 'it' });
  });
});

describe('speakers: a definite role noun for the person named before', () => {
  it('"the former police officer said" is the person named last', () => {
    const text = 'Rebel chief Joseph Mbeki spoke on Monday. In a video, the former police officer said his men would hold fire "for as long as the talks last."';
    const mbeki: Placed = { id: 'p1', kind: 'person', country: null, names: ['Joseph Mbeki'] };
    const [q] = findQuotes(contextWith(text, [mbeki]));
    expect(q).toMatchObject({ speaker: 'p1' });
  });
});

describe('speakers: anonymous sources', () => {
  it('"a person close to the talks told <outlet>:" is anonymous', () => {
    const text = 'A person close to the talks told Reuters: “Both delegations have dropped their preconditions.”';
    const [q] = quotesOf(text);
    expect(q.speaker).toBe('anonymous');
    expect(span(text, q.span)).toBe('Both delegations have dropped their preconditions.');
  });

  it('"the diplomat said" after "a senior diplomat" was introduced unnamed stays anonymous, not the last name', () => {
    const text = 'Trump left Geneva on Monday. A senior Swiss diplomat said the mood had changed. “Nobody walked out this time,” the diplomat said.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ speaker: 'anonymous', speaker_text: 'the diplomat' });
  });

  it('an unnamed source a relative clause describes, a bare spokesman and a person described by what they are are anonymous', () => {
    expect(quotesOf('“No date has been set,” an official who asked not to be named said.')[0].speaker).toBe('anonymous');
    expect(quotesOf('“We will not allow attacks from our soil,” a spokesman said.')[0].speaker).toBe('anonymous');
    expect(quotesOf('“The water is gone,” said one mother in the camp.')[0].speaker).toBe('anonymous');
  });

  it('"officials familiar with the file said" after the quote is anonymous', () => {
    const [q] = quotesOf('“No date has been set for the next round,” two officials familiar with the file said.');
    expect(q.speaker).toBe('anonymous');
  });
});

describe('speakers: statements, documents and organisations speak', () => {
  const AU: Placed = { id: 'o1', kind: 'organization', country: null, names: ['African Union'] };
  const ELN: Placed = { id: 'g1', kind: 'group', country: 'COL', names: ['National Liberation Army', 'ELN'] };

  it('"the communiqué read" is the communiqué\'s author, named where it was first mentioned', () => {
    const text = 'The African Union issued a communiqué after the summit. “The parties commit to a full ceasefire,” the communiqué read.';
    const [q] = findQuotes(contextWith(text, [AU]));
    expect(q).toMatchObject({ speaker: 'o1', speaker_text: 'the communiqué', cue: 'read' });
  });

  it('a document with no author named anywhere has no speaker', () => {
    const [q] = findQuotes(contextWith('“The parties commit to a full ceasefire,” the communiqué read.', [AU]));
    expect(q.speaker).toBeNull();
  });

  it('"the group hailed the deal as “…”" is the group named before', () => {
    const text = 'The ELN signed the accord in Havana. The group hailed the deal as “a first step toward a just peace”.';
    const [q] = findQuotes(contextWith(text, [ELN]));
    expect(q).toMatchObject({ speaker: 'g1', cue: 'hailed' });
    expect(span(text, q.span)).toBe('a first step toward a just peace');
  });

  it('a joint statement opening the sentence speaks for its first author', () => {
    const text = 'A joint statement from Russia and Ukraine released on Sunday said the sides would “keep working in the coming days”.';
    const UKRAINE = { id: 'e9', kind: 'state' as const, names: ['Ukraine'] };
    expect(quotesOf(text, [RUSSIA, UKRAINE])[0].speaker).toBe('e4');
  });
  it('a fragment quoted in a sentence no speech verb frames is its named subject’s, unless it modifies a noun', () => {
    const FRONT = { id: 'e5', kind: 'group' as const, names: ['Valley Front'] };
    const text = 'The Valley Front on Monday froze the handover of its weapons until there is “real progress on the other tracks.”';
    expect(quotesOf(text, [FRONT])[0].speaker).toBe('e5');
    const noun = 'The Valley Front on Monday signed an “immediate and lasting” truce with the capital.';
    expect(quotesOf(noun, [FRONT])[0]?.speaker ?? null).toBeNull();
  });
  it('"In a statement ..., the X body thanked Y for “…”" is X’s, with no speech verb in the sentence', () => {
    const text = 'In a statement issued on Friday, the Highland Council presidency thanked the mediators for “their patience with both camps.”';
    const COUNCIL = { id: 'e7', kind: 'organization' as const, names: ['Highland Council'] };
    expect(quotesOf(text, [COUNCIL])[0].speaker).toBe('e7');
    expect(quotesOf('On Friday, the Highland Council presidency thanked the mediators for “their patience with both camps.”', [COUNCIL])[0].speaker).toBeNull();
  });
});

describe('speakers: places and metonyms', () => {
  const KENYA: Placed = { id: 's1', kind: 'state', country: 'KEN', names: ['Kenya'] };
  const NAIROBI: Placed = { id: 'p1', kind: 'place', country: 'KEN', names: ['Nairobi'] };

  it('a capital as speaker is its state', () => {
    const text = 'Kenya hosted the talks. “We are ready to host a second round,” Nairobi said.';
    expect(findQuotes(contextWith(text, [KENYA, NAIROBI]))[0]).toMatchObject({ speaker: 's1', speaker_text: 'Nairobi' });
  });

  it('a capital whose state the report does not name speaks for nobody', () => {
    const [q] = findQuotes(contextWith('“We are ready to host a second round,” Nairobi said.', [NAIROBI]));
    expect(q.speaker).toBeNull();
  });
});

describe('speakers: which attribution a quote belongs to', () => {
  it('"he added" continues the attribution before it, not the nearest name', () => {
    const text = '“We agreed on the map,” said Zelenskyy, who met Trump’s envoys. “The rest will follow,” he added.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.speaker)).toEqual(['e3', 'e3']);
  });

  it('a quote deep inside a reported clause belongs to whoever reports it', () => {
    const text = 'Zelenskyy said Putin had reaffirmed his commitment to “a settlement that lasts for generations”.';
    expect(quotesOf(text)[0].speaker).toBe('e3');
  });

  it('the quote\'s own cue wins over an outer one', () => {
    const text = 'Zelenskyy said that Putin told him: “There will be no ceasefire before the winter.”';
    expect(quotesOf(text)[0].speaker).toBe('e2');
  });

  it('an attribution that closes the sentence names the speaker of a quote early in it', () => {
    const text = 'A “significant degree of progress” has been made in the Geneva talks, said Zelenskyy.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'e3', cue: 'said' });
  });

  it('"according to X, Y noted" is Y\'s', () => {
    const text = 'Putin, according to Trump, noted that the draft left Kyiv “plenty of room for interpretation”.';
    expect(quotesOf(text)[0].speaker).toBe('e2');
  });
});

describe('speakers: a quotation standing as a heading', () => {
  it('takes the speaker of the first sentence under a short unpunctuated quoted line', () => {
    const text = 'Talks ended in Geneva.\n“The hardest part is still ahead”\nTrump said on Monday that peace was closer than ever.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ speaker: 'e1', speaker_text: 'Trump', rule: 'quote.double+speaker.heading-next.name' });
    expect(span(text, q.span)).toBe('The hardest part is still ahead');
  });

  it('does not give a whole quoted paragraph to the next sentence’s speaker', () => {
    const text = 'Talks ended in Geneva.\n“We will keep talking until the guns fall silent.”\nTrump said on Monday that peace was closer than ever.';
    const [q] = quotesOf(text);
    expect(q.speaker).toBeNull();
  });
});

describe('speakers: who signed or issued a document', () => {
  const BRAZIL: Placed = { id: 's1', kind: 'state', country: 'BRA', names: ['Brazil'] };
  const CHILE: Placed = { id: 's2', kind: 'state', country: 'CHL', names: ['Chile'] };
  const PERU: Placed = { id: 's3', kind: 'state', country: 'PER', names: ['Peru'] };

  it('gives a signed document to the signatory named first, also when the quote calls it by another document noun', () => {
    const text = 'Brazil and the leaders of Chile, and Peru signed a document in Lima on Monday. The talks ran late. ' +
      '“We stand behind every effort to keep the peace in the region,” the declaration says.';
    const [q] = findQuotes(contextWith(text, [BRAZIL, CHILE, PERU]));
    expect(q).toMatchObject({ speaker: 's1', speaker_text: 'the declaration' });
  });

  it('does not give an indefinite document ("a release") to the author of one named before', () => {
    const text = 'Brazil signed a document in Lima on Monday. According to a release, it welcomed “the end of all hostilities along the borders.”';
    const [q] = findQuotes(contextWith(text, [BRAZIL]));
    expect(q).toMatchObject({ speaker: null, speaker_text: 'a release' });
  });
});

describe('speakers: abbreviations after the verb', () => {
  it('reads past a title’s dot or dotted initials after “…,” said', () => {
    const bakary = { id: 'p9', kind: 'person' as const, names: ['Amadou Bakary'] };
    const text = '“We will not accept any deal that ignores the victims,” said Col. Amadou Bakary. Later he left.';
    expect(quotesOf(text, [bakary])[0]).toMatchObject({ speaker: 'p9', speaker_text: 'Amadou Bakary' });
    const envoy = { id: 'p8', kind: 'person' as const, names: ['Tom Barrack'] };
    const other = '“We will not accept any deal that ignores the victims,” said U.S. envoy Tom Barrack.';
    expect(quotesOf(other, [envoy])[0]).toMatchObject({ speaker: 'p8' });
  });
});


describe('speakers: "they" goes on in the voice of the group quoted before', () => {
  it('gives "they added" to the group that was the source, not to a body named in between', () => {
    const text = 'The rebel alliance said the council had broken its word. “We will not return to the table under fire,” the alliance said. '
      + 'It blamed the Security Council for the delay. “Our fighters will hold their positions until the shelling stops,” they added.';
    const named = [
      { id: 'g1', kind: 'group' as EntityKind, names: ['rebel alliance', 'alliance'] },
      { id: 'o1', kind: 'organization' as EntityKind, names: ['Security Council', 'council'] },
    ];
    const qs = findQuotes(contextFor(text, named));
    expect(qs.map((q) => q.speaker)).toEqual(['g1', 'g1']);
    expect(qs[1]).toMatchObject({ speaker_text: 'they', cue: 'added' });
  });
});

describe('speakers: "they" after a new subject', () => {
  it('does not carry the earlier source past a sentence that opens with another party', () => {
    const text = '“The offer stands until Friday,” the army said. The rebels rejected the offer on Thursday. '
      + '“We will not disarm while our villages burn,” they said.';
    const named = [
      { id: 'o1', kind: 'organization' as EntityKind, names: ['army'] },
      { id: 'g1', kind: 'group' as EntityKind, names: ['rebels'] },
    ];
    const qs = findQuotes(contextFor(text, named));
    expect(qs.map((q) => q.speaker)).toEqual(['o1', 'g1']);
  });
});

describe('speakers: "they" is a subject before it, not the object of a preposition', () => {
  it('passes over a state after "for" to the body that was the subject', () => {
    const text = 'Later the alliance pledged air defence for Moldova. According to them, a deal is near. '
      + '“We can deploy within a few weeks,” they said.';
    const named = [
      { id: 'o1', kind: 'organization' as EntityKind, names: ['alliance'] },
      { id: 's1', kind: 'state' as EntityKind, names: ['Moldova'] },
    ];
    const [q] = findQuotes(contextFor(text, named));
    expect(q).toMatchObject({ speaker: 'o1', speaker_text: 'they', cue: 'said' });
  });

  it('still takes the only party named when every mention follows a preposition', () => {
    const text = 'Talks with the alliance stalled on Monday. “We can deploy within a few weeks,” they said.';
    const [q] = findQuotes(contextFor(text, [{ id: 'o1', kind: 'organization' as EntityKind, names: ['alliance'] }]));
    expect(q).toMatchObject({ speaker: 'o1', speaker_text: 'they' });
  });
});
