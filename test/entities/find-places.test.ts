// Places are not parties: a state's name inside a place name or a locative phrase (invented sentences).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

function mentions(text: string) {
  const idx = run(text);
  return idx.mentions.map((m) => {
    const e = idx.byId(m.entity)!;
    return [text.slice(m.span[0], m.span[1]), e.kind, e.country, m.role ?? null];
  });
}

describe('places are not parties', () => {
  it('a town named after a state is a place', () => {
    expect(mentions('Shelling hit Nueva Colombia overnight.')).toEqual([['Nueva Colombia', 'place', 'COL', null]]);
    expect(mentions('Talks were held in a hotel near Panama City on Friday.')).toEqual([['Panama City', 'place', 'PAN', null]]);
    // An English adjective opening a headline is no part of a place name.
    expect(mentions('New Ukraine peace deal\nThe plan was published.')).toEqual([['Ukraine', 'state', 'UKR', null]]);
  });

  it('a possessed border ("its border with X") relates two states: X stays a state', () => {
    expect(mentions('Chile reopened its border with Bolivia on Monday.')).toEqual([['Chile', 'state', 'CHL', null], ['Bolivia', 'state', 'BOL', null]]);
  });

  it('"the border area with X" and "the X-Y border" say where', () => {
    expect(mentions('Troops moved into the border area with Laos.')).toEqual([['Laos', 'place', 'LAO', null]]);
    expect(mentions('Shots were fired along the Thai-Cambodian border.')).toEqual([['Thai', 'place', 'THA', null], ['Cambodian', 'place', 'KHM', null]]);
  });

  it('"X\'s rebels" are the rebels, not the state X', () => {
    expect(mentions("Chad's rebels attacked a depot.")).toEqual([]);
    const text = "The Chad Valley Defence Front (CVDF) is active. Chad's rebels attacked a depot.";
    expect(mentions(text).at(-1)).toEqual(["Chad's rebels", 'group', 'TCD', null]);
  });

  it('"X\'s opposition to ..." is the state\'s stance, not its opposition groups (straight or curly apostrophe)', () => {
    expect(mentions("Ankara's opposition to the pipeline hardened.")).toEqual([['Ankara', 'state', 'TUR', null]]);
    expect(mentions('Ankara’s opposition to the pipeline hardened.')).toEqual([['Ankara', 'state', 'TUR', null]]);
    expect(mentions('Chad’s rebels attacked a depot.')).toEqual([]);
  });

  it('"X-brokered" keeps X as broker, no party', () => {
    expect(mentions('The Qatar-brokered truce held.')).toEqual([['Qatar', 'state', 'QAT', 'broker']]);
    expect(mentions('Iran-backed fighters fired rockets.')).toEqual([['Iran', 'state', 'IRN', 'broker']]);
  });

  it('an ambiguous state name counts only beside its cues', () => {
    expect(mentions('ATLANTA, Georgia — The governor spoke.').some((m) => m[2] === 'GEO')).toBe(false);
    expect(mentions('Officials in Tbilisi said Georgia wants talks.').map((m) => m[0])).toContain('Georgia');
    expect(mentions('The governor of Georgia signed the bill.')).toEqual([]);
  });
});

describe('a state\'s men at its border act for it', () => {
  it('"X border guards / patrol agents" keep X a party; "the X border" alone stays a place', () => {
    expect(mentions('Iranian border guards seized two smugglers.')).toEqual([['Iranian', 'state', 'IRN', null]]);
    expect(mentions('U.S. border patrol agents turned back a convoy.')).toEqual([['U.S.', 'state', 'USA', null]]);
    expect(mentions('Clashes broke out near the Chad border.')).toEqual([['Chad', 'place', 'TCD', null]]);
  });
});
