import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/clean/index.js';
import type { Report } from '../../src/record.js';

const report = (text: string, extra: Partial<Report> = {}): Report => ({ id: 't', source: null, text, ...extra });

describe('cleanReport: date header', () => {
  it('takes a leading `date YYYY-MM-DD` as the published date and drops it from the text', () => {
    const c = cleanReport(report(' date 2026-01-03 GENEVA — Envoys met for a second day of talks on the ceasefire text.'));
    expect(c.published).toBe('2026-01-03');
    expect(c.published_from).toBe('text');
    expect(c.text).toBe('GENEVA — Envoys met for a second day of talks on the ceasefire text.');
  });

  it('prefers the input metadata date and says so', () => {
    const c = cleanReport(report('date 2026-01-03 Envoys met again.', { published: '2026-01-05' }));
    expect(c.published).toBe('2026-01-05');
    expect(c.published_from).toBe('input');
    expect(c.text).toBe('Envoys met again.');
  });

  it('ignores an impossible header date and a bad metadata date (with a warning)', () => {
    const c = cleanReport(report('date 2026-02-30 Envoys met again.', { published: 'yesterday' }));
    expect(c.published).toBeNull();
    expect(c.published_from).toBeNull();
    expect(c.warnings).toEqual([
      'ignored published date "yesterday": not a YYYY-MM-DD date',
      'no publication date in the report or its metadata: relative dates left unresolved (pass --published)',
    ]);
  });

  it('does not take "date" in the middle of prose', () => {
    expect(cleanReport(report('No date 2026-01-03 was set for the talks.')).published).toBeNull();
  });
});

describe('cleanReport: dateline', () => {
  const body = 'Negotiators from both sides resumed talks on the prisoner exchange on Monday.';
  const cases: [string, string | null, string | null][] = [
    [`PALM BEACH, Florida — ${body}`, 'Palm Beach, Florida', null],
    [`Anchorage, Alaska, August 16, 2025\n${body}`, 'Anchorage, Alaska', '2025-08-16'],
    [`Mon Dec 29 05:30:00 UTC 2025: News Article:\n${body}`, null, '2025-12-29'],
    [`KYIV (Reuters) - ${body}`, 'Kyiv', null],
    [`WASHINGTON, Dec 28 (AP) — ${body}`, 'Washington', null],
    [`PARIS, January 7, 2026 – ${body}`, 'Paris', '2026-01-07'],
    [`VIENNA, November 25. /TASS/. ${body}`, 'Vienna', null],
    [`Washington, D.C.: ${body}`, 'Washington, D.C.', null],
    [`DOHA, Qatar—${body}`, 'Doha, Qatar', null],
  ];
  for (const [text, place, published] of cases) {
    it(`reads ${JSON.stringify(text.slice(0, 32))}`, () => {
      const c = cleanReport(report(text));
      expect(c.dateline).toBe(place);
      expect(c.published).toBe(published);
      expect(c.text).toBe(text); // the dateline is read, not removed
    });
  }

  it('a header date wins over a dateline date', () => {
    const c = cleanReport(report(`date 2026-01-08 PARIS, January 7, 2026 – ${body}`));
    expect(c.published).toBe('2026-01-08');
    expect(c.dateline).toBe('Paris');
  });

  it('does not read a headline as a dateline', () => {
    for (const t of [
      `High-Level Talks Conclude in Abu Dhabi Between the Delegations\n${body}`,
      `IAEA: the plant will need a special status if a peace agreement is reached, the agency says\n${body}`,
      `Zelensky: We are closer to a deal than at any point this year, he tells reporters\n${body}`,
    ]) expect(cleanReport(report(t)).dateline).toBeNull();
  });
});

describe('cleanReport: stray tags', () => {
  it('removes a broken `<p` glued to a quote without losing any text', () => {
    const text = 'The envoy arrived on Monday.\n\n<p“The difficulty is the sequencing,” the official said.\n\nTalks resume today.';
    expect(cleanReport(report(text)).text)
      .toBe('The envoy arrived on Monday.\n\n“The difficulty is the sequencing,” the official said.\n\nTalks resume today.');
  });

  it('removes complete tags in plain text, a block tag leaving a paragraph break', () => {
    expect(cleanReport(report('First point.<p>Second <b>point</b>.</p>')).text).toBe('First point.\n\nSecond point.');
  });

  it('leaves a less-than sign in prose alone', () => {
    const text = 'Turnout was <5% in some districts and x <y in others.';
    expect(cleanReport(report(text)).text).toBe(text);
  });
});

describe('cleanReport: HTML', () => {
  it('turns a fragment into paragraphs with entities decoded, dropping scripts and nav', () => {
    const html = '<div><nav>Home World</nav><h1>Talks resume</h1><script>var x = 1;</script>' +
      '<p>The envoys&rsquo; meeting in Doha lasted &asymp;3&nbsp;hours.</p><p>Both sides said &ldquo;progress&rdquo; was made.<br>More talks are due.</p></div>';
    const c = cleanReport(report(html, { format: 'html' }));
    expect(c.text).toBe('Talks resume\n\nThe envoys’ meeting in Doha lasted ≈3 hours.\n\nBoth sides said “progress” was made.\nMore talks are due.');
    expect(c.title).toBe('Talks resume');
  });

  it('detects an unlabelled page and uses its <title>', () => {
    const c = cleanReport(report('<!doctype html><html><head><title>Ceasefire holds</title></head><body><p>The ceasefire held overnight.</p></body></html>'));
    expect(c.text).toBe('The ceasefire held overnight.');
    expect(c.title).toBe('Ceasefire holds');
  });

  it('decodes entities in plain text only when they are complete', () => {
    expect(cleanReport(report('AT&T said &quot;no comment&quot; &amp; left.')).text).toBe('AT&T said "no comment" & left.');
  });
});

describe('cleanReport: clutter lines', () => {
  it('removes page chrome but keeps the reporting', () => {
    const text = [
      'Skip to main content', 'Share and Follow', '', 'The two ministers met in Ankara on Tuesday.', '',
      'Story continues below advertisement', 'AD', 'Advertisement',
      'The ministers at the signing. (Photo by Jane Doe/Getty Images)', 'Getty Images',
      'Read more: Ceasefire talks stall again', 'Sign up for our free morning newsletter',
      'We use cookies to improve your experience. Accept all cookies',
      'They agreed to meet again next month.',
    ].join('\n');
    const c = cleanReport(report(text));
    expect(c.text).toBe('The two ministers met in Ankara on Tuesday.\n\nThey agreed to meet again next month.');
    expect(c.changes.map((x) => x.rule)).toContain('clutter.skip-link');
  });

  it('removes a menu run of short Title-Case lines, not a single headline', () => {
    const text = 'Home\nWorld News\nMiddle East\nOpinion\nGaza Truce Holds\n\nThe truce held for a third day.';
    expect(cleanReport(report(text)).text).toBe('The truce held for a third day.');
    const headline = 'Gaza Truce Holds\n\nThe truce held for a third day.';
    expect(cleanReport(report(headline)).text).toBe(headline);
  });

  it('keeps a sentence that merely mentions an advertisement or photos', () => {
    const text = 'The advertisement campaign was paid for by the ministry, and photos of the talks were released later.';
    expect(cleanReport(report(text)).text).toBe(text);
  });
});

describe('cleanReport: characters', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(cleanReport(report('Kyivâ€™s envoy said â€œnoâ€\u009d to the plan at the Ã‰lysÃ©e.')).text)
      .toBe('Kyiv’s envoy said “no” to the plan at the Élysée.');
  });

  it('repairs punctuation read as Thai between Latin letters, leaving Thai text alone', () => {
    expect(cleanReport(report('Itโs done: FLORIDAโStanding there. ภาษาไทยโดย')).text).toBe('It’s done: FLORIDA—Standing there. ภาษาไทยโดย');
  });

  it('strips a BOM, normalises CRLF and no-break spaces, keeps paragraphs as written', () => {
    expect(cleanReport(report('\uFEFFLine one\r\nline two\u00A0here.\r\n\r\nNext.')).text).toBe('Line one\nline two here.\n\nNext.');
  });
});

describe('clutter on a line of megabytes', () => {
  it('does not overflow the regex stack and keeps the line', async () => {
    const { removeClutter } = await import('../../src/clean/clutter.js');
    const line = 'cookies' + 'a'.repeat(5_000_000) + ' accept';
    expect(removeClutter(`Talks began.\n${line}`).text).toBe(`Talks began.\n${line}`);
    expect(removeClutter('Home\nWorld\nPolitics\n' + 'A'.repeat(5_000_000)).removed.length).toBe(3);
  });
});
