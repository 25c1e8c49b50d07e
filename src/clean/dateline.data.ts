// Pieces of a news dateline, as data. A dateline opens the first paragraph: PLACE[, REGION][, DATE][ (AGENCY)] SEP.
const WORD = String.raw`(?:[A-Z][\p{L}'’.]*(?:-[\p{L}'’.]+)*|[a-z]{1,3}-[A-Z][\p{L}'’]*)`;
export const PLACE = String.raw`${WORD}(?: ${WORD}){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?`;
export const DATE = String.raw`(?:${MONTH} \d{1,2}(?: ?, ?\d{4})?|\d{1,2} ${MONTH}(?:,? \d{4})?)`;
/** Agency credit: "(Reuters)", "(AP)", "/TASS/". */
export const AGENCY = String.raw`(?:\([A-Z][\p{L}.&]*(?: [A-Z][\p{L}.&]*){0,3}\)|/[A-Z][A-Za-z]+/)`;
/** What ends a dateline: a dash (any width), a colon, or (after an agency: "/TASS/.") a full stop. */
// A hyphen-minus counts only with spaces round it, so "High-Level Talks" is not "High" + dash.
export const SEPARATOR = String.raw`(?:\s*[—–―]+\s*|\s+-{1,2}\s+|:\s+|\.\s+)`;
export const SEPARATOR_NO_STOP = String.raw`(?:\s*[—–―]+\s*|\s+-{1,2}\s+|:\s+)`;

/** Lines looked at for a dateline: the headline and byline may come first. */
export const DATELINE_MAX_LINE = 4;
/** The rest of a line after a lead-in dateline must be at least this long (a body paragraph, not a headline). */
export const DATELINE_MIN_BODY = 40;
/** A date-only line ("Mon Dec 29 05:30:00 UTC 2025: News Article:") may carry at most this many other words. */
export const DATE_LINE_MAX_OTHER_WORDS = 3;
export const DATE_LINE_MAX_CHARS = 60;
