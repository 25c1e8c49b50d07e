// Sentence structures whose roles came out wrong: a dash aside, a comma-set participle, a feeling's cause, an absolute
// "with X V-ing" phrase and an -ing verb after a subordinator. Each checks the exact link of the verb concerned.
import { describe, expect, it } from 'vitest';
import { chunkText, syntax, verb } from '../helpers/syntax.js';

describe('a dash aside keeps the subject', () => {
  it('lends the subject across "– and V"', () => {
    const x = syntax('The foreign minister spoke on Tuesday – and pressed Belgrade to reopen the crossing.');
    expect(chunkText(x, verb(x, 'pressed').subject)).toBe('The foreign minister');
    expect(chunkText(x, verb(x, 'pressed').object)).toBe('Belgrade');
  });
  it('lends the subject of a participle aside to the verb after the dash', () => {
    const x = syntax('The prime minister, addressing parliament – demanded that the army withdraw.');
    expect(chunkText(x, verb(x, 'demanded').subject)).toBe('The prime minister');
  });
  it('skips an aside between two dashes', () => {
    const x = syntax('The envoy said he would call both leaders and – without explaining how it might work – pressed Belgrade to sign.');
    expect(chunkText(x, verb(x, 'pressed').subject)).toBe('The envoy');
  });
});

describe('a participle set off by commas after a noun is a passive', () => {
  it('links the by-agent of "N, Ved by X,"', () => {
    const x = syntax('The ceasefire offer, dismissed by Serbia, was withdrawn on Sunday.', ['Serbia']);
    expect(chunkText(x, verb(x, 'dismissed').agent)).toBe('Serbia');
    expect(chunkText(x, verb(x, 'withdrawn').subject)).toBe('The ceasefire offer');
  });
  it('leaves a clause-opening verb after its subject active', () => {
    const x = syntax('Serbia dismissed the offer made by Croatia.', ['Serbia', 'Croatia']);
    expect(verb(x, 'dismissed').agent).toBeNull();
    expect(chunkText(x, verb(x, 'dismissed').subject)).toBe('Serbia');
  });
});

describe('a feeling told with "by" is no passive', () => {
  it('keeps the experiencer as the subject and sets no by-agent', () => {
    const x = syntax("The cabinet was shocked and angered by Serbia's shelling.", ['Serbia']);
    const v = verb(x, 'shocked');
    expect(v.passive).toBe(false);
    expect(v.agent).toBeNull();
    expect(chunkText(x, v.subject)).toBe('The cabinet');
    const y = syntax("The cabinet was angered by Serbia's shelling of the town.", ['Serbia']);
    expect(verb(y, 'angered').agent).toBeNull();
    expect(verb(y, 'angered').passive).toBe(false);
  });
  it('still reads a deed done by a party as a passive', () => {
    const x = syntax('The town was shelled by Serbia.', ['Serbia']);
    expect(chunkText(x, verb(x, 'shelled').agent)).toBe('Serbia');
  });
});

describe('an absolute "with X V-ing" phrase', () => {
  it('reads the -ing word as a verb whose subject is X', () => {
    const x = syntax('The summit closed without a deal, with Serbia threatening both neighbours with new tariffs.', ['Serbia']);
    const v = verb(x, 'threatening');
    expect(chunkText(x, v.subject)).toBe('Serbia');
    expect(chunkText(x, v.object)).toBe('both neighbours');
  });
});

describe('an -ing verb right after a subordinator', () => {
  it('takes the subject of the clause it hangs on', () => {
    const x = syntax('The prime minister met the envoy on Friday, while condemning the blockade.');
    expect(chunkText(x, verb(x, 'condemning').subject)).toBe('The prime minister');
    expect(chunkText(x, verb(x, 'condemning').object)).toBe('the blockade');
  });
  it('takes it after "after" too', () => {
    const x = syntax('The prime minister flew home after meeting the envoy.');
    expect(chunkText(x, verb(x, 'meeting').subject)).toBe('The prime minister');
  });
});

describe('an aside between dashes after the subject', () => {
  it('gives the verb after the aside the noun before it, and the relative its noun', () => {
    const x = syntax("Serbia's envoy – who had phoned the mediator – said the talks would resume.", ['Serbia']);
    expect(chunkText(x, verb(x, 'said').subject)).toBe('envoy');
    expect(chunkText(x, verb(x, 'phoned').subject)).toBe('envoy');
  });
});

describe('an -ing verb that opens the sentence', () => {
  it('takes the subject of the main clause after its comma', () => {
    const x = syntax('Speaking to reporters in Belgrade, the foreign minister urged the rebels to disarm.');
    expect(chunkText(x, verb(x, 'speaking').subject)).toBe('the foreign minister');
    const y = syntax('After meeting the envoy, the foreign minister said the truce would hold.');
    expect(chunkText(y, verb(y, 'meeting').subject)).toBe('the foreign minister');
  });
  it('opens the sentence after a sentence adverb and its comma', () => {
    const x = syntax('Meanwhile, speaking to the rebels over a video link, the foreign minister said the truce would hold.');
    expect(chunkText(x, verb(x, 'speaking').subject)).toBe('the foreign minister');
  });
});

describe('a participle set off by a comma before "by"', () => {
  it('reads "N, mediated by X," as a verb with the by-phrase hanging on it', () => {
    const x = syntax('A late-night session, mediated by Oman, produced the draft.', ['Oman']);
    const v = verb(x, 'mediated');
    expect(v).toBeDefined();
    const oman = x.chunks.find((c) => chunkText(x, c.index) === 'Oman')!;
    expect(oman.prep).toBe('by');
    expect(oman.attachedTo).toEqual({ kind: 'verb', index: v.index });
  });
});

describe('"as" before a subject and its verb', () => {
  it('opens a clause whose subject is the names after "as"', () => {
    const x = syntax('Hope grew in Lima as Peruvian, Chilean and Bolivian envoys prepared for talks.');
    const v = verb(x, 'prepared');
    expect(x.clauses[v.clause].kind).toBe('subordinate');
    expect(chunkText(x, v.subject)).not.toBe('Lima');
    const y = syntax('Peru spoke as a mediator on Monday.');
    expect(y.clauses).toHaveLength(1);
  });
});

describe('a time phrase inside a verb group', () => {
  it('keeps "will on Monday resume" one future group with its subject', () => {
    const x = syntax('The two delegations will on Monday resume their talks in Lima.');
    const v = verb(x, 'resume');
    expect(v.tense).toBe('future');
    expect(chunkText(x, v.subject)).toBe('The two delegations');
  });
});

describe('a reduced passive before the clause verb', () => {
  it('gives the verb after "N headed by X" the noun N as subject', () => {
    const x = syntax('According to officials, on Monday a Peruvian team led by Boluarte negotiated in Quito with Chile.', ['Boluarte', 'Chile']);
    expect(chunkText(x, verb(x, 'negotiated').subject)).toBe('a Peruvian team');
  });
});

describe('an -ed word between a preposition and a noun', () => {
  it('modifies the noun ("with further talks"), so the noun keeps its preposition', () => {
    const x = syntax('The round ended on Monday, with renewed talks set for June.');
    const talks = x.chunks.find((c) => chunkText(x, c.index) === 'renewed talks');
    expect(talks?.prep).toBe('with');
  });
});

describe('a bracketed list of names', () => {
  it('opens no clause, however many words its names take', () => {
    const names = ['Norway', 'Sweden', 'Finland', 'the Kingdom of Denmark'];
    const x = syntax('The Nordic states (Norway, Sweden, Finland and the Kingdom of Denmark) held talks in Oslo.', names);
    const open = x.tokens.findIndex((t) => t.lower === '(');
    expect(x.clauseOf[open]).toBe(x.clauseOf[verb(x, 'held').head]);
    expect(verb(x, 'held').subject).not.toBeNull();
  });
});

describe('an -ing adjective before a name', () => {
  it('reads "to neighbouring X" as a phrase that hangs on the noun before it, not as an infinitive', () => {
    const x = syntax('The minister flew home after a visit to neighbouring Chile.', ['Chile']);
    const chile = x.chunks.find((c) => chunkText(x, c.index) === 'neighbouring Chile')!;
    expect(chile.prep).toBe('to');
    expect(chunkText(x, chile.attachedTo?.kind === 'chunk' ? chile.attachedTo.index : null)).toBe('a visit');
  });
});

describe('a participle after an adverbial', () => {
  it('lends across an adverb after the subordinator', () => {
    const x = syntax('The foreign minister criticized the rebels, while also thanking the mediator for his patience.');
    expect(chunkText(x, verb(x, 'thanking').subject)).toBe('The foreign minister');
  });
  it('lends past a verbless adverbial ("after the talks, urging ...") instead of taking its noun', () => {
    const x = syntax('The ministers issued a statement after the talks, urging restraint on both sides.');
    expect(chunkText(x, verb(x, 'urging').subject)).toBe('The ministers');
  });
});

describe('what hangs on a speech act\'s object', () => {
  it('keeps the possessor of the object reachable ("denied Serbia\'s claims")', () => {
    const x = syntax("Croatia denied Serbia's claims about the shelling.", ['Croatia', 'Serbia']);
    const v = verb(x, 'denied');
    expect(chunkText(x, v.object)).toBe('Serbia');
    expect(x.chunks.find((c) => c.possessor === v.object) && chunkText(x, x.chunks.find((c) => c.possessor === v.object)!.index)).toBe('claims');
  });
  it('hangs "of X" on the object ("acknowledged the role of X")', () => {
    const x = syntax('Croatia acknowledged the role of Serbia in the talks.', ['Croatia', 'Serbia']);
    const v = verb(x, 'acknowledged');
    const of = x.chunks.find((c) => c.prep === 'of')!;
    expect(chunkText(x, v.object)).toBe('the role');
    expect(of.attachedTo).toEqual({ kind: 'chunk', index: v.object });
  });
});

describe('a word glued by a hyphen is part of a compound modifier', () => {
  it('"follow-up meetings" is one phrase with no verb "follow"', () => {
    const x = syntax('The accord provides for follow-up meetings of the defence chiefs.');
    expect(verb(x, 'follow')).toBeUndefined();
    const meetings = x.chunks.findIndex((c) => x.tokens[c.head].lower === 'meetings');
    expect(chunkText(x, meetings)).toBe('follow - up meetings');
  });
});

describe('a comma-set participle after an adverb', () => {
  it('lends the main subject to "..., repeatedly V-ing"', () => {
    const x = syntax('The envoy has grown impatient, repeatedly criticizing Serbia for the delay.', ['Serbia']);
    expect(x.clauses[x.verbs.find((v) => x.tokens[v.head].lower === 'criticizing')!.clause].kind).toBe('participle');
    expect(chunkText(x, verb(x, 'criticizing').subject)).toBe('The envoy');
  });
});

describe('nouns wink reads as verbs', () => {
  it('reads "heads of state" as a noun phrase, so "agreed" keeps it as subject', () => {
    const x = syntax('At the summit in Accra, heads of state agreed to lift the embargo.');
    expect(x.verbs.some((v) => x.tokens[v.head].lower === 'heads')).toBe(false);
    expect(chunkText(x, verb(x, 'agreed').subject)).toBe('heads');
  });
  it('reads "the immediate reopening of" as the object noun, not a verb of its own', () => {
    const x = syntax('Ghana ordered the immediate reopening of the eastern border.');
    expect(x.verbs.some((v) => x.tokens[v.head].lower === 'reopening')).toBe(false);
    expect(chunkText(x, verb(x, 'ordered').object)).toBe('the immediate reopening');
  });
});

describe('a "whose" relative clause', () => {
  it('makes the noun after "whose" belong to the noun the clause hangs on, past a bracketed acronym', () => {
    const x = syntax('The Chad Valley Front (CVF), whose fighters ambushed a convoy in May, left the talks.');
    const fighters = x.chunks.find((c) => chunkText(x, c.index) === 'fighters')!;
    expect(chunkText(x, fighters.possessor)).toBe('CVF');
    expect(chunkText(x, verb(x, 'ambushed').subject)).toBe('fighters');
  });
});
