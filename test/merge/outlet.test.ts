import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outletOf } from '../../src/merge/outlet.js';

describe('outletOf', () => {
  it('names a URL by its registrable domain, so one outlet is one source', () => {
    expect(outletOf('https://www.Example.com/a/b.html?c=1')).toBe('example.com');
    expect(outletOf('http://news.example.org:443/x')).toBe('example.org');
    expect(outletOf('https://fr.paper.example.co.uk/x')).toBe('example.co.uk');
    expect(outletOf('https://paper.example.co.uk/y')).toBe('example.co.uk');
    expect(outletOf('https://reut.rs/abc')).toBe('reuters.com');
    expect(outletOf('https://www-paper--one-com.cdn.ampproject.org/c/s/x')).toBe('paper-one.com');
    expect(outletOf('http://192.0.2.7/x')).toBe('192.0.2.7');
    expect(outletOf('Reuters')).toBe('Reuters');
    expect(outletOf('Agence France-Presse')).toBe('Agence France-Presse');
    expect(outletOf(null)).toBe('unknown');
  });

  it.each([
    ['/work/main/examples/03-cairo-round.txt', '03-cairo-round.txt'],
    ['./reports/day2.html', 'day2.html'],
    ['examples/03-cairo-round.txt', '03-cairo-round.txt'],
    ['C:\\Users\\me\\talks.htm', 'talks.htm'],
    ['/data/wire/batch.jsonl:17', 'batch.jsonl'],
    ['file:///home/me/My%20Report.txt', 'My Report.txt'],
  ])('names a local file %s by its file name only', (path, name) => {
    expect(outletOf(path)).toBe(name);
  });

  it('never shows a directory of an absolute path', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { minLength: 1, maxLength: 5 }), fc.stringMatching(/^[a-z0-9-]{1,10}\.txt$/),
      (dirs, file) => { expect(outletOf(`/${dirs.join('/')}/${file}`)).toBe(file); }));
  });
});
