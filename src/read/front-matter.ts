// A `key: value` header closed by `---` (how our corpus files and many scrapers store a page) is metadata, not text:
// `url`/`source` becomes the report's source, `published`/`date` its publication date.
const FRONT_MATTER = /^(?:[A-Za-z_][\w-]*:[^\n]*\n){1,12}---[ \t]*\n/;
const LINE = /^([A-Za-z_][\w-]*):\s*(.*)$/;

export interface FrontMatter { text: string; source: string | null; published: string | null; title: string | null }

export function takeFrontMatter(text: string): FrontMatter {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { text, source: null, published: null, title: null };
  const fields = new Map<string, string>();
  for (const line of m[0].split('\n')) {
    const kv = LINE.exec(line);
    if (kv) fields.set(kv[1].toLowerCase(), kv[2].trim());
  }
  const date = fields.get('published') ?? fields.get('date') ?? null;
  return {
    text: text.slice(m[0].length),
    source: fields.get('url') || fields.get('source') || null,
    published: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
    title: fields.get('title') || null,
  };
}
