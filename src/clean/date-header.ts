// A leading `date YYYY-MM-DD` token (how some feeds prefix a report) is the publication date; it is metadata, not
// article text, so it leaves the text.
const DATE_HEADER = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?![\d-])[ \t]*\n?[ \t]*/i;

export interface DateHeader { published: string | null; text: string }

export function takeDateHeader(text: string): DateHeader {
  const m = DATE_HEADER.exec(text);
  if (!m) return { published: null, text };
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isRealDate(iso)) return { published: null, text };
  return { published: iso, text: text.slice(m[0].length) };
}

export function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
