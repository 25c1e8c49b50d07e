// The built web UI (dist/web), served from memory-mapped files on disk with the right types. Only files inside the web
// root are reachable; anything else falls through to a 404.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** dist/web under the package root, found by walking up from this file (works from src/ under tsx and from dist/). */
export function defaultWebRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) {
      const web = join(dir, 'dist', 'web');
      return existsSync(join(web, 'index.html')) ? web : null;
    }
    dir = dirname(dir);
  }
  return null;
}

export function staticFiles(root: string) {
  const base = resolve(root);
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  return (c: Context): Response | null => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return null;
    }
    if (path === '/' || path === '') path = '/index.html';
    const file = resolve(base, '.' + path);
    if (!file.startsWith(base + sep) || path.includes('\0')) return null;
    let body = cache.get(file);
    if (!body) {
      if (!existsSync(file) || !statSync(file).isFile()) return null;
      body = new Uint8Array(readFileSync(file));
      cache.set(file, body);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Hashed asset names never change content; the page itself must always be fresh.
    const caching = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return new Response(body, { status: 200, headers: { 'Content-Type': type, 'Cache-Control': caching } });
  };
}
