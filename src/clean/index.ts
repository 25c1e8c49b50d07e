// Step 1 of the pipeline: turn a report as read (plain text or HTML, with its feed header, stray tags, clutter and
// encoding damage) into the cleaned text every later span indexes, plus what the text says about itself
// (publication date, dateline, title).
import { decodeHTMLStrict } from 'entities';
import type { Report, Span } from '../record.js';
import { removeClutter } from './clutter.js';
import { isRealDate, takeDateHeader } from './date-header.js';
import { findDateline } from './dateline.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { findHtmlDate } from './html-date.js';
import { choosePublished } from './published.js';
import { repairMojibake } from './mojibake.js';
import { normalizeChars } from './normalize.js';
import { dropBrokenTags, dropCompleteTags } from './tags.js';

export interface Cleaned {
  text: string;
  published: string | null;
  published_from: 'input' | 'text' | null;
  dateline: string | null;
  title: string | null;
  /** Spans of page clutter in `text` that must not yield facts (clutter lines are removed, so this stays empty). */
  clutter: Span[];
  warnings: string[];
  /** What cleaning did, rule by rule, for `--explain`. */
  changes: CleanChange[];
}

export interface CleanChange { rule: string; message: string }

const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
/** Removed clutter lines named one by one in `changes`; the rest are counted. */
export const MAX_NAMED_REMOVALS = 200;

export function cleanReport(report: Report): Cleaned {
  const changes: CleanChange[] = [];
  const warnings: string[] = [];
  let text = normalizeChars(report.text);
  let title = report.title ?? null;
  let htmlDate: string | null = null;

  if (report.format === 'html' || looksLikeHtml(text)) {
    const found = findHtmlDate(text);
    if (found) { htmlDate = found.published; changes.push({ rule: found.rule, message: `page date ${found.published}` }); }
    const html = htmlToText(text);
    text = html.text;
    title ??= html.title;
    changes.push({ rule: 'clean.html', message: 'HTML converted to text' });
  } else {
    const before = text;
    text = dropCompleteTags(dropBrokenTags(text));
    if (text !== before) changes.push({ rule: 'clean.stray-tags', message: 'stray markup removed, text kept' });
    if (ENTITY.test(text)) {
      text = decodeHTMLStrict(text);
      changes.push({ rule: 'clean.entities', message: 'HTML entities decoded' });
    }
  }

  const repaired = repairMojibake(text);
  if (repaired !== text) changes.push({ rule: 'clean.mojibake', message: 'mis-decoded characters repaired' });
  text = repaired;

  const header = takeDateHeader(text);
  text = header.text;
  if (header.published) changes.push({ rule: 'clean.date-header', message: `date header ${header.published}` });

  const clutter = removeClutter(text);
  text = clutter.text.trim();
  // Each line is named for --explain up to a bound: a page of a million menu lines would otherwise log a million.
  for (const r of clutter.removed.slice(0, MAX_NAMED_REMOVALS)) changes.push({ rule: r.rule, message: `removed line "${r.line}"` });
  const unnamed = clutter.removed.length - MAX_NAMED_REMOVALS;
  if (unnamed > 0) changes.push({ rule: 'clean.clutter', message: `removed ${unnamed} more clutter lines` });

  const dateline = findDateline(text);
  if (dateline) {
    changes.push({ rule: dateline.rule, message: `dateline place=${dateline.place ?? '-'} date=${dateline.published ?? '-'}` });
  }

  let published: string | null = null;
  let published_from: Cleaned['published_from'] = null;
  // A timestamp ("2025-12-29T05:30:00Z") is as good as its date.
  const given = report.published?.trim().replace(/^(\d{4}-\d{2}-\d{2})[T ].*$/, '$1') || null;
  if (given && isRealDate(given)) {
    published = given;
    published_from = 'input';
  } else {
    if (given) warnings.push(`ignored published date "${given}": not a YYYY-MM-DD date`);
    const chosen = choosePublished({
      header: header.published, html: htmlDate, dateline: dateline?.published ?? null, datelineMonthDay: dateline?.monthDay ?? null,
    }, text);
    published = chosen.published;
    published_from = published ? 'text' : null;
    if (chosen.rule && chosen.rule !== 'published.date-header') changes.push({ rule: chosen.rule, message: `published ${published}` });
    // Never today's date: with none in the report, relative dates ("on Monday", "last week") stay unresolved.
    if (!published) warnings.push('no publication date in the report or its metadata: relative dates left unresolved (pass --published)');
  }

  return { text, published, published_from, dateline: dateline?.place ?? null, title, clutter: [], warnings, changes };
}
