import { describe, expect, it } from 'vitest';
import { entityKey, loadNameVariants, surnameFold } from '../../src/merge/names.js';
import { outletOf } from '../../src/merge/outlet.js';

const v = loadNameVariants();
describe('canonical entity keys', () => {
  it('folds spellings of one surname together', () => {
    for (const n of ['Volodymyr Zelenskyy', 'Zelensky', 'Zelenskiy', 'Wolodymyr Selenskyj']) expect(surnameFold(n, v)).toBe('zelenski');
    expect(surnameFold('Yury Ushakov', v)).toBe(surnameFold('Yuri Ushakov', v));
    expect(surnameFold('Recep Tayyip Erdoğan', v)).toBe('erdogan');
    expect(surnameFold('Donald Trump Jr.', v)).toBe('trump');
  });
  it('keeps different people apart', () => {
    expect(surnameFold('Vladimir Putin', v)).not.toBe(surnameFold('Yury Ushakov', v));
    expect(entityKey({ name: 'A. Smith', kind: 'person', country: 'USA' }, v)).not.toBe(entityKey({ name: 'B. Smith', kind: 'person', country: 'GBR' }, v));
  });
  it('keys states by ISO3, IGOs by code, other organisations by name', () => {
    expect(entityKey({ name: 'the United States', kind: 'state', country: 'USA' }, v)).toBe('state:USA');
    expect(entityKey({ name: 'U.S.', kind: 'state', country: 'USA' }, v)).toBe('state:USA');
    expect(entityKey({ name: 'NATO', kind: 'organization', country: 'NATO' }, v)).toBe('organization:NATO');
    expect(entityKey({ name: 'Kremlin', kind: 'organization', country: 'RUS' }, v)).toBe('organization:kremlin');
    expect(entityKey({ name: 'Trump', kind: 'person', country: null }, v)).toBeNull();
  });
  it('names the outlet by host without www, or by source name', () => {
    expect(outletOf('https://www.Example.com/a/b?c=1')).toBe('example.com');
    expect(outletOf('http://news.example.org:443/x')).toBe('example.org');
    expect(outletOf('Reuters')).toBe('Reuters');
    expect(outletOf(null)).toBe('unknown');
  });
});
