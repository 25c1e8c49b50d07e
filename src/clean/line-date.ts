// The few date shapes a dateline or a date-only line uses, parsed without a general date parser (chrono costs ~50 µs
// a call, more than the rest of cleaning): "Aug 16, 2025", "Mon Dec 29 05:30:00 UTC 2025", "05 December 2025",
// "26.11.2025", "2025-12-29".
import { MONTHS } from './line-date.data.js';

const MONTH = String.raw`(?:${Object.keys(MONTHS).join('|')})[a-z]*\.?`;
const TIME = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)`;
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)`;
const SHAPES: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: new RegExp(String.raw`${WEEKDAY}?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?${TIME}?\s*,?\s*(\d{4})${TIME}?`, 'i'), parts: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(String.raw`${WEEKDAY}?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}),?\s+(\d{4})${TIME}?`, 'i'), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(String.raw`(?:\d{1,2}:\d{2}\s+)?\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b${TIME}?`), parts: (m) => [m[3], m[2], m[1]] },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1], m[2], m[3]] },
];

export interface LineDate { index: number; length: number; iso: string }

/** The first full date (day, month and year) in `s`, or null. */
export function findLineDate(s: string): LineDate | null {
  for (const shape of SHAPES) {
    const m = shape.re.exec(s);
    if (!m) continue;
    const [y, mo, d] = shape.parts(m);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.slice(0, 3).toLowerCase()];
    const iso = toIso(Number(y), month, Number(d));
    if (iso) return { index: m.index, length: m[0].length, iso };
  }
  return null;
}

function toIso(y: number, m: number | undefined, d: number): string | null {
  if (!m || m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2199) return null;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return check.getUTCDate() === d ? iso : null;
}
