// Headers, static files and the OpenAPI document.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi, createApp } from '../../src/server/index.js';
import { evidenceContext } from '../../src/server/document.js';
import { openStore } from '../../src/index.js';
import { extract } from './seed.js';

const root = mkdtempSync(join(tmpdir(), 'parley-web-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Parley</title>');
writeFileSync(join(root, 'assets', 'app-1234.js'), 'export {};');
writeFileSync(join(tmpdir(), 'parley-secret.txt'), 'CONTENT-OUTSIDE-ROOT');
const app = createApp({ store: (await openStore(':memory:')), extract, webRoot: root });

describe('secure headers', () => {
  it.each(['/', '/api/meta', '/api/nothing'])('%s carries the strict policy', async (path) => {
    const h = (await app.request(path)).headers;
    const csp = h.get('content-security-policy')!;
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
  });
});

describe('static files', () => {
  it('serves the page and hashed assets with their types', async () => {
    const page = await app.request('/');
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const js = await app.request('/assets/app-1234.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  it.each(['/../parley-secret.txt', '/%2e%2e/parley-secret.txt', '/assets/%2e%2e%2f%2e%2e%2fparley-secret.txt', '/nope.js'])('does not serve %s', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('CONTENT-OUTSIDE-ROOT');
  });
});

describe('OpenAPI', () => {
  it('is a 3.1 document listing every API route', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(doc).toEqual(buildOpenApi());
    expect(doc.openapi).toBe('3.1.0');
    for (const p of ['/api/processes', '/api/brief', '/api/events', '/api/events/{id}', '/api/contacts', '/api/quotes', '/api/claims', '/api/disputes', '/api/documents/{id}', '/api/search', '/api/reports']) {
      expect(doc.paths[p], p).toBeDefined();
    }
    const events = doc.paths['/api/events'].get.parameters.map((p: any) => p.name);
    expect(events).toEqual(expect.arrayContaining(['actor', 'event', 'since', 'until', 'modality']));
    expect(doc.paths['/api/reports'].post.responses['413']).toBeDefined();
    // Every $ref points at a defined component.
    const refs = JSON.stringify(doc).match(/#\/components\/(schemas|responses)\/\w+/g)!;
    for (const r of refs) { const [, , kind, name] = r.split('/'); expect(doc.components[kind][name], r).toBeDefined(); }
  });
});

describe('evidenceContext', () => {
  const text = 'Headline\nThe U.S. envoy arrived. Leaders met in Geneva on Monday. Talks ended late.\nNext paragraph.';
  it('widens the evidence to its sentence, past abbreviations, within its paragraph', async () => {
    const at = text.indexOf('met');
    const c = evidenceContext(text, at, at + 3);
    expect(c.lead + c.evidence + c.trail).toBe('Leaders met in Geneva on Monday.');
    expect(c.before + c.lead + c.evidence + c.trail + c.after).toBe(text.split('\n')[1]);
  });
  it('keeps every part a slice of the text', async () => {
    const at = text.indexOf('envoy');
    const c = evidenceContext(text, at, at + 5, 10);
    expect(c.lead + c.evidence + c.trail).toBe('The U.S. envoy arrived.');
    expect(text).toContain(c.lead + c.evidence + c.trail + c.after.replace(/…$/, ''));
  });
});
