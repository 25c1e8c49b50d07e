// Static checks on the UI: report text is never turned into HTML, and the built page has no inline script or style
// (the CSP would block them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segments } from '../../web/src/segments.js';

const WEB = join(import.meta.dirname, '..', '..', 'web');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

describe('UI sources', () => {
  it('never build HTML from strings', () => {
    const sources = files(join(WEB, 'src')).filter((f) => /\.(tsx?|css)$/.test(f));
    expect(sources.length).toBeGreaterThan(5);
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
    }
  });

  it.skipIf(!existsSync(join(WEB, '..', 'dist', 'web', 'index.html')))('the built page has no inline scripts, styles or handlers', () => {
    const html = readFileSync(join(WEB, '..', 'dist', 'web', 'index.html'), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\/assets\//);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son\w+=/i);
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\/assets\/[^"]+\.css"/);
  });
});

describe('segments', () => {
  it('cuts overlapping spans into runs covered by the same spans', () => {
    const s = segments(10, [{ start: 2, end: 6 }, { start: 4, end: 8 }]);
    expect(s.map((x) => [x.start, x.end, x.spans.length])).toEqual([[0, 2, 0], [2, 4, 1], [4, 6, 2], [6, 8, 1], [8, 10, 0]]);
  });

  it('ignores spans outside the text or empty', () => {
    expect(segments(5, [{ start: 3, end: 9 }, { start: 2, end: 2 }])).toEqual([{ start: 0, end: 5, spans: [] }]);
  });

  it('tiles the text exactly, and every run lies inside each of its spans', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(60)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.array(span, { maxLength: 8 }), (n, spans) => {
      const segs = segments(n, spans);
      expect(segs[0].start).toBe(0);
      expect(segs.at(-1)!.end).toBe(n);
      segs.forEach((s, i) => { if (i) expect(s.start).toBe(segs[i - 1].end); });
      for (const s of segs) for (const x of s.spans) expect(x.start <= s.start && s.end <= x.end).toBe(true);
    }));
  });
});
