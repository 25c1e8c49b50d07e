// Headers every response carries, the bearer-token check for writes, and the request-size limit. The policy is strict
// because the dashboard shows text written by strangers: nothing may run that the server did not ship itself.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from './errors.js';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

const SECURE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export const secureHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(SECURE_HEADERS)) c.res.headers.set(k, v);
};

/**
 * True when `given` equals `expected`. Both are hashed first so the compared buffers always have the same length and
 * the comparison time says nothing about how much of the token matched.
 */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Write access: 403 when the server runs without a token (read-only), 401 when the request's token is missing or wrong. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return apiError(c, 403, 'this server is read-only: start it with --token T to accept reports');
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S.*)$/i.exec(header);
    if (!m) return apiError(c, 401, 'missing bearer token (send Authorization: Bearer <token>)', { 'WWW-Authenticate': 'Bearer' });
    if (!tokenMatches(m[1].trim(), token)) return apiError(c, 401, 'wrong bearer token', { 'WWW-Authenticate': 'Bearer' });
    await next();
  };
}

export const limitBody: MiddlewareHandler = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => apiError(c, 413, `request body is larger than ${MAX_BODY_BYTES} bytes (2 MB)`),
});
