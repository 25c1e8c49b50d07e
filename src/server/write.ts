// POST /api/reports: one report in, its extraction record out. Guarded by the bearer token and the 2 MB limit (both
// applied in app.ts before this handler runs).
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { ingestReports, type ExtractionRecord, type Report, type Store } from '../index.js';
import { isRealDate } from '../read/dates.js';
import { BadRequest } from './errors.js';
import { ExtractFailed } from '../read/extract-pool.js';

export interface WriteDeps { store: Store; extract: (r: Report) => ExtractionRecord | Promise<ExtractionRecord> }

/** The body as a report, or a 400 naming the field that is wrong. */
export function reportFromBody(body: unknown): Report {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('body must be a JSON object {text, source?, published?, title?}');
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !['text', 'source', 'published', 'title'].includes(k));
  if (unknown.length) throw new BadRequest(`unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (expected text, source, published, title)`);
  if (typeof b.text !== 'string' || !b.text.trim()) throw new BadRequest('field "text" must be a non-empty string');
  const optional = (k: string): string | null => {
    if (b[k] === undefined || b[k] === null) return null;
    if (typeof b[k] !== 'string') throw new BadRequest(`field "${k}" must be a string`);
    return (b[k] as string).trim() || null;
  };
  const source = optional('source');
  const published = optional('published');
  const title = optional('title');
  if (published && !isRealDate(published)) throw new BadRequest(`field "published" is "${published.slice(0, 40)}", not a date YYYY-MM-DD`);
  if (source && source.length > 2000) throw new BadRequest('field "source" is longer than 2000 characters');
  // The same text always gets the same id, so a repeated post names the report it already is.
  const id = `post-${createHash('sha256').update(b.text).digest('hex').slice(0, 12)}`;
  return { id, source, text: b.text, published, title };
}

export function writeRoutes(app: Hono, deps: WriteDeps): void {
  app.post('/api/reports', async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw new BadRequest('body is not valid JSON');
    }
    const report = reportFromBody(body);
    // Extraction first, off this thread when the server runs a worker pool; only the store write happens here.
    // A report already stored is extracted too: the caller still gets its record.
    let record: ExtractionRecord;
    try {
      record = await deps.extract(report);
    } catch (e) {
      if (e instanceof ExtractFailed) throw new BadRequest(`report could not be ingested: extraction failed (${e.message})`);
      throw e;
    }
    const sum = await ingestReports(deps.store, [report], { extract: () => record });
    if (sum.failed) throw new BadRequest(`report could not be ingested: ${sum.failures[0]?.reason ?? 'unknown reason'}`);
    const stored = sum.added === 1;
    return c.json({ stored, known: !stored, id: record.doc.id, record }, stored ? 201 : 200);
  });
}
