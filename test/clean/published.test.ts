import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/clean/index.js';
import { findHtmlDate } from '../../src/clean/html-date.js';
import { completeMonthDay } from '../../src/clean/published.js';
import { extractReport } from '../../src/pipeline.js';
import { loadLexicon } from '../../src/entities/index.js';
import type { Report } from '../../src/record.js';

const report = (text: string, extra: Partial<Report> = {}): Report => ({ id: 't', source: null, text, ...extra });
const body = 'Negotiators from both sides met for a second round of talks on the disputed border crossings.';
const NO_DATE = 'no publication date in the report or its metadata: relative dates left unresolved (pass --published)';

describe('publication date: never the clock', () => {
  it('a report with no date anywhere has published null and a warning', () => {
    const c = cleanReport(report(`The envoys met on Monday and will meet again next week. ${body}`));
    expect(c.published).toBeNull();
    expect(c.published_from).toBeNull();
    expect(c.warnings).toEqual([NO_DATE]);
  });

  it('leaves relative event dates of an undated report unresolved, and resolves them against a given date', () => {
    const text = 'Putin and Zelenskyy met in Geneva on Monday. They agreed last week to exchange prisoners.';
    const undated = extractReport(report(text), { lexicon: loadLexicon() });
    expect(undated.doc.published).toBeNull();
    for (const e of undated.events) expect(e.date?.value ?? null).toBeNull();
    const dated = extractReport(report(text, { published: '2025-03-19' }), { lexicon: loadLexicon() });
    expect(dated.events.map((e) => e.date?.value)).toContain('2025-03-17');
  });
});

describe('publication date: HTML', () => {
  const page = (head: string, article = `<p>${body}</p>`) => `<!doctype html><html><head>${head}</head><body><article>${article}</article></body></html>`;

  it('reads article:published_time, then JSON-LD datePublished, then <time datetime>', () => {
    expect(findHtmlDate(page('<meta property="article:published_time" content="2025-06-02T08:15:00+00:00">'))).toEqual({ published: '2025-06-02', rule: 'published.html-meta' });
    expect(findHtmlDate(page('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-06-03T10:00:00Z"}]}</script>'))).toEqual({ published: '2025-06-03', rule: 'published.json-ld' });
    expect(findHtmlDate(page('', `<time datetime="2025-06-04">4 June</time><p>${body}</p>`))).toEqual({ published: '2025-06-04', rule: 'published.html-time' });
  });

  it('prefers the meta tag to a <time> in the page and ignores a date that does not exist', () => {
    const html = page('<meta property="article:published_time" content="2025-06-02">', `<time datetime="2025-05-30"></time><p>${body}</p>`);
    expect(cleanReport(report(html)).published).toBe('2025-06-02');
    expect(findHtmlDate(page('<meta property="article:published_time" content="2025-02-30">'))).toBeNull();
    expect(findHtmlDate(page('<script type="application/ld+json">{not json</script>'))).toBeNull();
  });

  it('metadata given by the caller beats the page date', () => {
    const html = page('<meta property="article:published_time" content="2025-06-02">');
    expect(cleanReport(report(html, { published: '2025-06-05' })).published).toBe('2025-06-05');
  });
});

describe('publication date: a dateline without a year', () => {
  it('takes the year nearest the full dates the report gives', () => {
    const c = cleanReport(report(`ROME, May 20 (Reuters) - ${body} The last round was held on May 6, 2025, in Oman.`));
    expect(c.dateline).toBe('Rome');
    expect(c.published).toBe('2025-05-20');
    expect(completeMonthDay({ month: 1, day: 4 }, 'The talks of December 30, 2025 ended late.')).toBe('2026-01-04');
  });

  it('reads an abbreviated month, several places and a wire credit', () => {
    const dated = `${body} The round before was held on 2 March 2025.`;
    expect(cleanReport(report(`BAKU, Azerbaijan, Mar. 4 (AP) — ${dated}`))).toMatchObject({ dateline: 'Baku, Azerbaijan', published: '2025-03-04' });
    expect(cleanReport(report(`YEREVAN/BAKU, March 4 (Reuters) - ${dated}`))).toMatchObject({ dateline: 'Yerevan/Baku', published: '2025-03-04' });
    expect(cleanReport(report(`DOHA, Qatar, March 4, 2025 /PRNewswire/ -- ${body}`))).toMatchObject({ dateline: 'Doha, Qatar', published: '2025-03-04' });
  });

  it('stays undated when the text gives no full date to take a year from', () => {
    const c = cleanReport(report(`ROME, May 20 (Reuters) - ${body}`));
    expect(c.published).toBeNull();
    expect(c.warnings).toEqual([NO_DATE]);
  });
});
