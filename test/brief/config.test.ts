import { describe, expect, it } from 'vitest';
import { ConfigError, findProcess, listProcesses, parseConfig } from '../../src/brief/index.js';
import { DOCS, storeOf } from './fixtures.js';

describe('parley.yml', async () => {
  const store = await storeOf(DOCS);

  it('renames and adjusts a proposed process, drops one, adds one', async () => {
    const config = parseConfig(`
processes:
  - name: War in Ukraine
    parties: [UKR, Russian Federation]
    mediators: [United States, Turkey]
    aliases: [ukraine talks]
  - parties: [Israel, Hamas]
    drop: true
  - name: Armenia–Azerbaijan
    parties: [Armenia, Azerbaijan]
    mediators: [USA]
`);
    const ps = (await listProcesses(store, { config }));
    expect(ps.map((p) => [p.name, p.origin, p.parties.map((x) => x.key), p.mediators.map((x) => x.name)])).toEqual([
      ['War in Ukraine', 'adjusted', ['RUS', 'UKR'], ['United States', 'Turkey']],
      ['Armenia–Azerbaijan', 'configured', ['ARM', 'AZE'], ['United States']],
    ]);
    expect(findProcess(ps, 'Ukraine talks')?.name).toBe('War in Ukraine');
    expect(findProcess(ps, 'russia-ukraine')?.name).toBe('War in Ukraine');
  });

  it('can switch proposals off', async () => {
    expect((await listProcesses(store, { config: parseConfig('propose: false\nprocesses: []\n') }))).toEqual([]);
  });

  it('names the file and entry of a bad configuration', async () => {
    expect(() => parseConfig('processes: [ {', 'my.yml')).toThrow(/^my\.yml: not valid YAML/);
    expect(() => parseConfig('processes:\n  - parties: [Russia]\n')).toThrow(new ConfigError('parley.yml: processes[0].parties must name at least two parties'));
    expect(() => parseConfig('processes:\n  - parties: [A, B]\n    plan: { points: [ { id: x } ] }\n')).toThrow(/processes\[0\]\.plan\.points\[0\] needs keywords/);
  });
});
