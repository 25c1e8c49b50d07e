import { describe, expect, it } from 'vitest';
import { compileIssues, findIssues } from '../../src/issues/index.js';
import { contextFor } from '../quotes/helpers.js';

const issuesOf = (text: string, clutter: [number, number][] = []) => findIssues(contextFor(text, [], clutter));

describe('findIssues', () => {
  it('returns the sorted unique issues a report touches', () => {
    const text = 'Kyiv wants security guarantees before any truce. The fate of the Donbas and of the Zaporizhzhia nuclear plant is open. Security guarantees came up again.';
    expect(issuesOf(text)).toEqual(['ceasefire', 'nuclear-plant', 'security-guarantees', 'territory']);
  });

  it('reads prisoner swaps, hostages, sanctions relief and frozen assets', () => {
    expect(issuesOf('A prisoner swap freed 84 POWs while hostages stayed in Gaza.')).toEqual(['hostages', 'prisoners']);
    expect(issuesOf('Moscow seeks sanctions relief and the return of frozen assets.')).toEqual(['frozen-assets', 'sanctions']);
  });

  it('reads patterns a word list cannot say: ceding land, withdrawing troops', () => {
    expect(issuesOf('Ukraine refuses to cede any more land.')).toEqual(['territory']);
    expect(issuesOf('Israel would withdraw its remaining troops in stages.')).toEqual(['troop-withdrawal']);
  });

  it('does not fire inside other words or on a lowercase acronym look-alike', () => {
    expect(issuesOf('Leaders landed in Finland and Poland; the landmark powwow at Mar-a-Lago went on.')).toEqual([]);
  });

  it('ignores terms inside page clutter', () => {
    const text = 'Leaders met on Friday.\nRelated: Ceasefire talks stall';
    const at = text.indexOf('Related');
    expect(issuesOf(text, [[at, text.length]])).toEqual([]);
    expect(issuesOf(text)).toEqual(['ceasefire']);
  });

  it('takes its vocabulary as a parameter', () => {
    const ctx = contextFor('The canal tolls were discussed.');
    expect(findIssues(ctx, compileIssues([{ id: 'canal', note: 'test', terms: ['canal tolls'] }]))).toEqual(['canal']);
  });
});
