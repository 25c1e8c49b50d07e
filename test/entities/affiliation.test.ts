// A person's side from a title or an apposition naming an armed group or organisation (invented sentences).
import { describe, expect, it } from 'vitest';
import { byName, run } from './helpers.js';

/** The name of the entity a person's affiliation points to, or null. */
function sideOf(text: string, person: string): string | null {
  const idx = run(text);
  const p = byName(idx, person);
  expect(p?.kind).toBe('person');
  return p?.affiliation ? idx.byId(p.affiliation)!.name : null;
}

describe('affiliation', () => {
  it('reads a group in the title before the name, and mentions the group there', () => {
    const text = 'M23 spokesman Oscar Balinda rejected the timetable.';
    expect(sideOf(text, 'Oscar Balinda')).toBe('M23');
    const idx = run(text);
    expect(idx.mentions.map((m) => text.slice(m.span[0], m.span[1]))).toEqual(['M23', 'Oscar Balinda']);
  });
  it('reads ", a/an [modifier] <group> <office>" and ", a <office> for|of <group>" after the name', () => {
    expect(sideOf('Omar Haddadi, an M23 negotiator, left the room.', 'Omar Haddadi')).toBe('M23');
    expect(sideOf('Karim Nassar, a senior official of Hamas, denied the report.', 'Karim Nassar')).toBe('Hamas');
  });
  it('reads "the <group> (<acronym>) <office>, <name>," before the name', () => {
    expect(sideOf('The Movement for Justice (MJ) negotiator, Omar Haddadi, left the room.', 'Omar Haddadi')).toBe('Movement for Justice');
    expect(sideOf('The Hamas spokesman, Hazem Qassem, said the group was ready.', 'Hazem Qassem')).toBe('Hamas');
    expect(sideOf('The M23 statement, Donald Trump said, was final.', 'Donald Trump')).toBeNull();
  });
  it('gives no side for a state title, a group that is not in an apposition, or a list', () => {
    expect(sideOf('Egyptian negotiator Samir Fahmy arrived late.', 'Samir Fahmy')).toBeNull();
    expect(sideOf('Mediator Omar Haddadi met M23 leaders on Monday.', 'Omar Haddadi')).toBeNull();
    expect(sideOf('Omar Haddadi, the M23 and the army signed.', 'Omar Haddadi')).toBeNull();
  });

  it('gives a person with no country the state whose office the apposition before the name names', () => {
    const text = "Chad's chief negotiator for the border talks, Deputy Foreign Minister Idriss Mahamat, met the envoys.";
    expect(byName(run(text), 'Idriss Mahamat')).toMatchObject({ country: 'TCD' });
    const bare = "Chad's envoy to the African Union, Idriss Mahamat, met the delegation from Sudan in the capital.";
    expect(byName(run(bare), 'Idriss Mahamat')).toMatchObject({ country: 'TCD' });
    const other = "Chad's chief negotiator met the envoys, and Idriss Mahamat said the talks went well.";
    expect(byName(run(other), 'Idriss Mahamat')?.country ?? null).toBeNull();
  });
  it('gives a person with no country the state of ", a [modifier] <demonym> <office>" after the name', () => {
    expect(byName(run('Omar Haddadi, a former Tunisian ambassador to Rome, chaired the talks.'), 'Omar Haddadi')).toMatchObject({ country: 'TUN' });
    expect(byName(run('Omar Haddadi, who met Tunisian officials, chaired the talks.'), 'Omar Haddadi')?.country ?? null).toBeNull();
  });
});
